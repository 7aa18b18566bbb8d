// Running rc.d scripts from rc.subr(8) (spec c.4): run_rc_script,
// run_rc_scripts, boottrace_fn and force_depend. Every script runs in an
// in-process subshell (a copy of the shell state, no fork), so whatever the
// script does -- exit, err, a syntax error, a failing command -- ends only
// that subshell and never the caller.
#pragma once

#include <string>
#include <vector>

#include "rcsubr/rc_context.h"

namespace rcsh::rcsubr {

/// run_rc_script FILE ARG: name filters, DebugOn/DebugOff, then the script
/// sourced in a subshell with $1... from ARG and the three traps.
int RunRcScript(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
/// run_rc_scripts [--arg A] [--break NAME]... FILE...: each file once per
/// boot (the `_rc_elem_done` list), stopping after a break name.
int RunRcScripts(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
/// boottrace_fn FILE ARG: `$boottrace_cmd FILE ARG` with _boot, rc_fast and
/// autoboot in its environment.
int BoottraceFn(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
/// force_depend SCRIPT [RCVARBASE]: `forcestatus`, then `forcestart` when
/// the dependency is not running.
int ForceDepend(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);

}  // namespace rcsh::rcsubr
