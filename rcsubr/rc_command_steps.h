// The steps run_rc_command is made of (rc.subr's _run_rc_* helpers): the
// offcmd, precmd, postcmd and setup hooks, running a method under
// ${name}_umask, the "not running" message and the kill command line. Like
// rc.subr's, they read their inputs from shell variables (rc_arg, _precmd,
// _postcmd, _setup, _umask, _env, rc_force, rc_extra_args, ...) that
// run_rc_command has set, and store a hook's status in $_return.
#pragma once

#include <span>
#include <string>

#include "rcsubr/rc_context.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {

/// _run_rc_offcmd: ${name}_offcmd when start is refused for a disabled service.
int RunOffcmd(Shell& shell);
/// _run_rc_precmd: check_required_before, ${rc_arg}_precmd, check_required_after.
/// 1 when one of them fails (a failing precmd only without rc_force).
int RunPrecmd(Shell& shell);
/// _run_rc_postcmd: ${rc_arg}_postcmd; its status becomes $_return. Always 0.
int RunPostcmd(Shell& shell);
/// _run_rc_setup: ${name}_setup, not again inside restart's sub-invocations.
int RunSetup(Shell& shell);
/// _run_rc_doit: evals `text` under ${name}_umask; 1 on failure unless rc_force.
int RunDoit(Shell& shell, const std::string& text);
/// _run_rc_notrunning: "NAME not running? (check PIDFILE)." on stderr.
void PrintNotRunning(Shell& shell);
/// _run_rc_killcmd: `kill -SIG $rc_pid`, wrapped in su when $_user is set.
std::string KillCommand(const Shell& shell, const std::string& signal);

/// rc_usage with the words of `keywords` (exits the shell).
int RunUsage(Shell& shell, const std::string& keywords);
/// $_return as a number (0 when not one).
int ReturnValue(const Shell& shell);

/// The _run_rc_* functions as natives, for scripts that call them.
std::span<const RcNative> CommandStepNatives();

}  // namespace rcsh::rcsubr
