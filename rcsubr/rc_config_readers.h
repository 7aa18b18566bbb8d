// The file readers of rc.subr(8) and what they lean on: o_verify and
// o_verify_set (the shell's `verify` option), dot, vdot and sdot (source
// existing non-empty files, with verify off / on / on with a safe_dot
// fallback) and Exists. load_rc_config reads every configuration file
// through one of the three readers, called by name.
#pragma once

#include <string>
#include <vector>

#include "rcsubr/rc_context.h"

namespace rcsh::rcsubr {

/// o_verify: prints `on`/`off` for the verify option (nothing when
/// rc.subr found the shell has none: `_rc_verify_opt` empty).
int OVerify(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
/// o_verify_set WANT [SAVEVAR]
int OVerifySet(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
/// dot FILE...: always 0.
int Dot(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
/// vdot FILE...: 80 (EAUTH) when is_verified refused a file.
int Vdot(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
/// sdot FILE...: vdot each file, else safe_dot it.
int Sdot(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
/// Exists [-T] FILE...: prints the first FILE passing `test -T` (-s).
int Exists(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);

}  // namespace rcsh::rcsubr
