#include "rcsubr/rc_command_steps.h"

#include <span>

#include "rcsubr/rc_shell_calls.h"

namespace rcsh::rcsubr {
namespace {

void SetReturn(Shell& shell, int status) { shell.SetVar("_return", std::to_string(status)); }

// A hook: trace it, debug-log it, eval it with the extra arguments.
int RunHook(Shell& shell, const std::string& kind, const std::string& hook, bool with_args) {
  CallByName(shell, {"rc_trace", "1", hook});
  if (FlowInterrupted(shell)) return 1;
  std::string text = with_args ? hook + " " + Var(shell, "rc_extra_args") : hook;
  CallByName(shell, {"debug", "run_rc_command: " + Var(shell, "rc_arg") + "_" + kind + ": " + text});
  if (FlowInterrupted(shell)) return 1;
  int status = EvalText(shell, text);
  SetReturn(shell, status);
  return status;
}

}  // namespace

int ReturnValue(const Shell& shell) {
  try {
    return std::stoi(Var(shell, "_return"));
  } catch (...) {
    return 0;
  }
}

int RunUsage(Shell& shell, const std::string& keywords) {
  std::vector<std::string> argv = {"rc_usage"};
  for (std::string& word : SplitFields(shell, keywords)) argv.push_back(std::move(word));
  return CallByName(shell, argv);
}

int RunOffcmd(Shell& shell) {
  std::string offcmd = Var(shell, Var(shell, "name") + "_offcmd");
  if (!offcmd.empty()) {
    std::string env = Var(shell, "_env");
    if (!env.empty()) EvalText(shell, "export -- " + env);
    if (FlowInterrupted(shell)) return 1;
    std::string text = offcmd + " " + Var(shell, "rc_extra_args");
    CallByName(shell, {"debug", "run_rc_command: " + Var(shell, "rc_arg") + "_offcmd: " + text});
    if (FlowInterrupted(shell)) return 1;
    SetReturn(shell, EvalText(shell, text));
  }
  return ReturnValue(shell);
}

int RunPrecmd(Shell& shell) {
  std::string rc_arg = Var(shell, "rc_arg");
  if (CallByName(shell, {"check_required_before", rc_arg}) != 0 || FlowInterrupted(shell)) return 1;
  std::string precmd = Var(shell, "_precmd");
  if (!precmd.empty()) {
    int status = RunHook(shell, "precmd", precmd, true);
    if (FlowInterrupted(shell)) return 1;
    if (status != 0 && Var(shell, "rc_force").empty()) return 1;
  }
  // rc_arg again: a precmd that runs run_rc_command itself (sshd's keygen,
  // configtest) leaves its own command there, as with rc.subr's global.
  if (CallByName(shell, {"check_required_after", Var(shell, "rc_arg")}) != 0 || FlowInterrupted(shell)) {
    return 1;
  }
  return 0;
}

int RunPostcmd(Shell& shell) {
  std::string postcmd = Var(shell, "_postcmd");
  if (!postcmd.empty()) RunHook(shell, "postcmd", postcmd, true);
  return 0;
}

int RunSetup(Shell& shell) {
  if (!Var(shell, "_rc_restart_done").empty()) return 0;
  std::string setup = Var(shell, "_setup");
  if (!setup.empty() && RunHook(shell, "setup", setup, false) != 0) return 1;
  return 0;
}

int RunDoit(Shell& shell, const std::string& text) {
  CallByName(shell, {"rc_trace", "1", text});
  if (FlowInterrupted(shell)) return 1;
  CallByName(shell, {"debug", "run_rc_command: doit: " + text});
  if (FlowInterrupted(shell)) return 1;
  std::string umask = Var(shell, "_umask");
  mode_t saved_umask = shell.state().umask;
  if (!umask.empty()) CallByName(shell, {"umask", umask});
  int status = EvalText(shell, text);
  SetReturn(shell, status);
  if (!umask.empty()) shell.state().umask = saved_umask;
  if (status != 0 && Var(shell, "rc_force").empty()) return 1;
  return 0;
}

void PrintNotRunning(Shell& shell) {
  std::string message = Var(shell, "name") + " not running?";
  std::string pidfile = Var(shell, "pidfile");
  if (!pidfile.empty()) message += " (check " + pidfile + ").";
  shell.Err(message + "\n");
}

std::string KillCommand(const Shell& shell, const std::string& signal) {
  std::string kill = "kill -" + signal + " " + Var(shell, "rc_pid");
  std::string user = Var(shell, "_user");
  if (!user.empty()) kill = "su -m " + user + " -c 'sh -c \"" + kill + "\"'";
  return kill;
}

namespace {

int OffcmdNative(RcSubrContext&, Shell& shell, std::vector<std::string>&) { return RunOffcmd(shell); }
int PrecmdNative(RcSubrContext&, Shell& shell, std::vector<std::string>&) { return RunPrecmd(shell); }
int PostcmdNative(RcSubrContext&, Shell& shell, std::vector<std::string>&) { return RunPostcmd(shell); }
int SetupNative(RcSubrContext&, Shell& shell, std::vector<std::string>&) { return RunSetup(shell); }
int DoitNative(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  return RunDoit(shell, JoinArgs(argv, 1));
}
int NotRunningNative(RcSubrContext&, Shell& shell, std::vector<std::string>&) {
  PrintNotRunning(shell);
  return 0;
}
int KillcmdNative(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  shell.Out(KillCommand(shell, argv.size() > 1 ? argv[1] : "") + "\n");
  return 0;
}

constexpr RcNative kNatives[] = {
    {"_run_rc_offcmd", OffcmdNative},   {"_run_rc_precmd", PrecmdNative},
    {"_run_rc_postcmd", PostcmdNative}, {"_run_rc_setup", SetupNative},
    {"_run_rc_doit", DoitNative},       {"_run_rc_notrunning", NotRunningNative},
    {"_run_rc_killcmd", KillcmdNative},
};

}  // namespace

std::span<const RcNative> CommandStepNatives() { return kNatives; }

}  // namespace rcsh::rcsubr
