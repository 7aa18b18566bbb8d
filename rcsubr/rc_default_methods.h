// run_rc_command's default methods (rc.subr(8), spec c.3 step 11d): what
// `start`, `stop`, `reload`, `restart`, `status`, `poll`, `rcvar`,
// `describe` and `extracommands` do for a service that sets no ARG_cmd.
// They run inside run_rc_command's frame and read its variables (name,
// rc_pid, rc_flags, _chroot, _user, ...). enable/disable/delete are in
// rc_service_knob.h.
#pragma once

#include <string>

#include "rcsubr/rc_context.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {

inline constexpr int kMethodDone = -1;

/// Runs the default method for $rc_arg. Returns the status run_rc_command
/// returns at once, or kMethodDone when the method completed and
/// run_rc_command goes on (after-start step, then `return $_return`).
/// `keywords` is the usage list, for an extra command with no method.
int RunDefaultMethod(RcSubrContext& context, Shell& shell, const std::string& rc_arg,
                     const std::string& keywords);

}  // namespace rcsh::rcsubr
