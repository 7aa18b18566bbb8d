#include "rcsubr/rc_default_methods.h"

#include <set>

#include "rcsubr/rc_command_steps.h"
#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_service_knob.h"
#include "rcsubr/rc_shell_calls.h"
#include "rcsubr/rc_start_command.h"

namespace rcsh::rcsubr {
namespace {

void Warn(Shell& shell, const std::string& message) { CallByName(shell, {"warn", message}); }

int StartMethod(Shell& shell) {
  std::string name = Var(shell, "name");
  std::string command = Var(shell, "command");
  std::string chroot = Var(shell, "_chroot");
  std::string runnable = UnderRoot(shell, chroot + (chroot.empty() ? "" : "/") + command);
  if (command.empty() || !TestPath(shell, "-x", runnable)) {
    Warn(shell, "run_rc_command: cannot run " + command);
    return 1;
  }
  if (RunSetup(shell) != 0) Warn(shell, "failed to setup " + name);
  if (FlowInterrupted(shell)) return 1;
  if (RunPrecmd(shell) != 0) {
    if (FlowInterrupted(shell)) return 1;
    Warn(shell, "failed precmd routine for " + name);
    return 1;
  }
  CallByName(shell, {"startmsg", "Starting " + name + "."});
  if (FlowInterrupted(shell)) return 1;

  StartCommandSettings settings;
  settings.command = command;
  settings.command_path = UnderRoot(shell, command);
  settings.rc_flags = Var(shell, "rc_flags");
  settings.command_args = Var(shell, "command_args");
  settings.chroot = chroot;
  std::string chdir = Var(shell, "_chdir");
  if (!chdir.empty()) settings.chdir_path = UnderRoot(shell, chdir);
  settings.nice = Var(shell, "_nice");
  settings.cpuset_command = Var(shell, "_cpusetcmd");
  settings.fib = Var(shell, "_fib");
  settings.env = Var(shell, "_env");
  settings.prepend = Var(shell, "_prepend");
  settings.user = Var(shell, "_user");
  settings.group = Var(shell, "_group");
  settings.groups = Var(shell, "_groups");
  settings.login_class = Var(shell, "_login_class");
  settings.limits = Var(shell, "_limits");
  std::string doit = BuildStartCommand(settings);
  shell.SetVar("_doit", doit);
  if (RunDoit(shell, doit) != 0) {
    if (FlowInterrupted(shell)) return 1;
    Warn(shell, "failed to start " + name);
    return 1;
  }
  RunPostcmd(shell);
  return kMethodDone;
}

int WaitForPids(Shell& shell) {
  std::vector<std::string> argv = {"wait_for_pids"};
  for (std::string& pid : SplitFields(shell, Var(shell, "rc_pid"))) argv.push_back(std::move(pid));
  return CallByName(shell, argv);
}

int KillMethod(Shell& shell, const char* signal_var, const char* default_signal, bool reload) {
  if (Var(shell, "rc_pid").empty()) {
    if (!reload && !Var(shell, "rc_fast").empty()) return 0;
    PrintNotRunning(shell);
    return 1;
  }
  if (reload && RunSetup(shell) != 0) Warn(shell, "failed to setup " + Var(shell, "name"));
  if (FlowInterrupted(shell)) return 1;
  if (RunPrecmd(shell) != 0) return 1;
  if (!reload) shell.Out("Stopping " + Var(shell, "name") + ".\n");
  std::string signal = Var(shell, signal_var);
  std::string doit = KillCommand(shell, signal.empty() ? default_signal : signal);
  shell.SetVar("_doit", doit);
  if (RunDoit(shell, doit) != 0) return 1;
  if (!reload) WaitForPids(shell);
  if (FlowInterrupted(shell)) return 1;
  RunPostcmd(shell);
  return kMethodDone;
}

// restart: stop and start in subshells, as `( run_rc_command ... )`.
int RestartMethod(Shell& shell) {
  if (RunSetup(shell) != 0) Warn(shell, "failed to setup " + Var(shell, "name"));
  if (FlowInterrupted(shell)) return 1;
  if (!Var(shell, "_rc_restart_done").empty()) return 0;
  shell.SetVar("_rc_restart_done", "true");
  if (RunPrecmd(shell) != 0) return 1;
  std::string prefix = Var(shell, "_rc_prefix");
  std::vector<std::string> extra = SplitFields(shell, Var(shell, "rc_extra_args"));
  auto run = [&](const std::string& command) {
    return shell.RunSubshell([&](Shell& sub) {
      std::vector<std::string> argv = {"run_rc_command", prefix + command};
      argv.insert(argv.end(), extra.begin(), extra.end());
      return CallByName(sub, argv);
    });
  };
  run("stop");
  if (run("start") != 0 && Var(shell, "rc_force").empty()) return 1;
  RunPostcmd(shell);
  return kMethodDone;
}

int StatusMethod(Shell& shell) {
  if (RunPrecmd(shell) != 0) return 1;
  std::string pid = Var(shell, "rc_pid");
  if (pid.empty()) {
    shell.Out(Var(shell, "name") + " is not running.\n");
    return 1;
  }
  shell.Out(Var(shell, "name") + " is running as pid " + pid + ".\n");
  RunPostcmd(shell);
  return kMethodDone;
}

int PollMethod(Shell& shell) {
  if (RunPrecmd(shell) != 0) return 1;
  if (!Var(shell, "rc_pid").empty()) WaitForPids(shell);
  if (FlowInterrupted(shell)) return 1;
  RunPostcmd(shell);
  return kMethodDone;
}

// rcvar: the knobs with their values, descriptions and defaults.
int RcvarMethod(Shell& shell) {
  std::string name = Var(shell, "name");
  std::string desc = Var(shell, "desc");
  std::string out = desc.empty() ? "# " + name + "\n" : "# " + name + " : " + desc + "\n";
  out += "#\n";
  std::vector<std::string> vars;
  std::set<std::string> seen;
  for (const std::string& list : {Var(shell, "rcvar"), Var(shell, "rcvars")}) {
    for (std::string& var : SplitFields(shell, list)) {
      if (seen.insert(var).second) vars.push_back(std::move(var));
    }
  }
  for (const std::string& var : vars) {
    out += var + "=\"" + Var(shell, var) + "\"\n";
    std::string text = Var(shell, var + "_desc");
    const char* lead = "-";
    while (!text.empty()) {
      size_t cut = text.find("^^");
      out += std::string("# ") + lead + " " + text.substr(0, cut) + "\n";
      text = cut == std::string::npos ? "" : text.substr(cut + 2);
      lead = " ";
    }
    out += "#   (default: \"" + Var(shell, var + "_defval") + "\")\n";
  }
  shell.Out(out + "\n");
  return kMethodDone;
}

}  // namespace

int RunDefaultMethod(RcSubrContext& context, Shell& shell, const std::string& rc_arg,
                     const std::string& keywords) {
  if (rc_arg == "start") return StartMethod(shell);
  if (rc_arg == "stop") return KillMethod(shell, "sig_stop", "TERM", false);
  if (rc_arg == "reload") return KillMethod(shell, "sig_reload", "HUP", true);
  if (rc_arg == "restart") return RestartMethod(shell);
  if (rc_arg == "status") return StatusMethod(shell);
  if (rc_arg == "poll") return PollMethod(shell);
  if (rc_arg == "rcvar") return RcvarMethod(shell);
  if (rc_arg == "describe") {
    std::string desc = Var(shell, "desc");
    if (!desc.empty()) shell.Out(desc + "\n");
    return kMethodDone;
  }
  if (rc_arg == "extracommands") {
    shell.Out(Var(shell, "extra_commands") + "\n");
    return kMethodDone;
  }
  if (rc_arg == "enable" || rc_arg == "disable") return EnableOrDisableService(context, shell, rc_arg == "enable");
  if (rc_arg == "delete") return DeleteServiceKnob(context, shell);
  RunUsage(shell, keywords);
  return 1;
}

}  // namespace rcsh::rcsubr
