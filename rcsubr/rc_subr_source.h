// What `. /etc/rc.subr` does (rc.subr(8), spec c.1) without reading any
// shell code: the load guard, RC_PID, the constants (SYSCTL, PS, IDCMD, ...
// under $RC_ROOT like the corpus's shell rc.subr), is_verified's veriexec
// probe, and the tail (rc.debug from kenv, boottrace, SED, local.rc.subr,
// safe_eval.sh and debug.sh, the DebugOn/DebugOff/safe_dot/basename/tty
// fallbacks). The functions themselves are already builtins.
#pragma once

#include <span>

#include "rcsubr/rc_context.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {

/// Returns the status of the `.` command.
int SourceRcSubrNatively(RcSubrContext& context, Shell& shell);

/// is_verified, whose behaviour the sourcing step decides.
std::span<const RcNative> SourceNatives();

}  // namespace rcsh::rcsubr
