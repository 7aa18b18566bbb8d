// run_rc_command ARG [EXTRA...] of rc.subr(8) (spec c.3): the service
// dispatcher every rc.d script ends with. This file is the order of
// operations: prefixes, the keyword list, the per-service settings, the
// PID probe, the rcvar gate, a custom method or the default one
// (rc_default_methods), and the after-start step. The variables it sets
// are the ones rc.subr sets, with the same scope (globals that methods may
// read, and locals of the call), because scripts' methods use them.
#include <cctype>
#include <span>

#include "rcsubr/rc_command_steps.h"
#include "rcsubr/rc_default_methods.h"
#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_natives.h"
#include "rcsubr/rc_shell_calls.h"

namespace rcsh::rcsubr {
namespace {

// rc.subr's `local` list for run_rc_command: visible to methods, gone after.
const std::vector<std::string> kLocals = {
    "_elem", "_keywords", "_procname", "_pidcmd", "_cmd", "_precmd", "_postcmd", "_doit", "_cd",
    "_override_command", "_cpuset", "_cpusetcmd", "_rc_svcj_on", "_v", "_vals", "_desc",
    "_defval", "_h", "_out", "_files", "_f", "_cmdpath", "_sj_opt"};

// The per-service settings copied into _chdir, _user, ... from ${name}_*.
constexpr const char* kServiceSettings[] = {"chdir", "chroot", "nice", "user", "group", "groups",
                                            "fib", "env", "prepend", "limits", "oomprotect",
                                            "setup", "env_file", "umask"};

const char* const kServiceJailOptions[] = {"mlock", "netv4", "netv6", "net_basic", "net_raw",
                                           "net_all", "nfsd", "sysvipc", "sysvipcnew", "vmm"};

bool EqualsIgnoringCase(const std::string& text, const std::string& lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != lower[i]) return false;
  }
  return true;
}

// Step 3: one prefix, tested in this order; returns the bare command.
std::string StripPrefix(Shell& shell, std::string rc_arg) {
  auto force_rcvar = [&] {
    std::string rcvar = Var(shell, "rcvar");
    if (!rcvar.empty()) EvalText(shell, rcvar + "=YES");
  };
  if (rc_arg.starts_with("fast")) {
    rc_arg.erase(0, 4);
    shell.SetVar("rc_fast", "yes");
    shell.SetVar("rc_quiet", "yes");
  } else if (rc_arg.starts_with("force")) {
    rc_arg.erase(0, 5);
    shell.SetVar("rc_force", "yes");
    shell.SetVar("_rc_prefix", "force");
    force_rcvar();
  } else if (rc_arg.starts_with("one")) {
    rc_arg.erase(0, 3);
    shell.SetVar("_rc_prefix", "one");
    force_rcvar();
  } else if (rc_arg.starts_with("quiet")) {
    rc_arg.erase(0, 5);
    shell.SetVar("_rc_prefix", "quiet");
    shell.SetVar("rc_quiet", "yes");
  }
  shell.SetVar("rc_arg", rc_arg);
  return rc_arg;
}

// Step 9: rc_flags and the ${name}_* copies; the env file; the user check.
void LoadServiceSettings(RcSubrContext& context, Shell& shell, const std::string& name) {
  std::string flags = Var(shell, "flags");
  shell.SetVar("rc_flags", flags.empty() ? Var(shell, name + "_flags") : flags);
  for (const char* setting : kServiceSettings) {
    shell.SetVar(std::string("_") + setting, Var(shell, name + "_" + setting));
  }
  std::string login_class = Var(shell, name + "_login_class");
  shell.SetVar("_login_class", login_class.empty() ? "daemon" : login_class);

  std::string env_file = Var(shell, "_env_file");
  if (!env_file.empty() && TestPath(shell, "-r", UnderRoot(shell, env_file))) {
    shell.state().options.allexport = true;
    CallByName(shell, {".", UnderRoot(shell, env_file)});
    shell.state().options.allexport = false;
    if (FlowInterrupted(shell)) return;
  }
  std::string user = Var(shell, "_user");
  if (!user.empty()) {
    if (user == context.system->CurrentUserName(shell)) shell.SetVar("_user", "");
  }
}

// Step 9, service jails: the baseline runs services unjailed.
void CheckServiceJail(Shell& shell, const std::string& name) {
  if (CallByName(shell, {"checkyesno", name + "_svcj"}) != 0 || FlowInterrupted(shell)) return;
  shell.SetVar("_rc_svcj_on", "yes");
  for (const std::string& option : SplitFields(shell, Var(shell, name + "_svcj_options"))) {
    bool known = false;
    for (const char* valid : kServiceJailOptions) known = known || option == valid;
    if (!known) shell.Out(name + ": unknown service jail option: " + option + "\n");
  }
  CallByName(shell, {"warn", name + ": service jails are not supported by the baseline rc.subr; running unjailed."});
}

// 11a: the rcvar gate. True when the command is refused (status 0).
bool RefusedByRcvar(Shell& shell, const std::string& rc_arg, const std::string& name) {
  std::string rcvar = Var(shell, "rcvar");
  if (rcvar.empty()) return false;
  bool gated = (rc_arg != "rcvar" && rc_arg != "stop" && rc_arg != "delete" && rc_arg != "enable" &&
                rc_arg != "describe" && rc_arg != "status") ||
               (rc_arg == "stop" && Var(shell, "rc_pid").empty());
  if (!gated) return false;
  if (CallByName(shell, {"checkyesno", rcvar}) == 0) return false;
  if (FlowInterrupted(shell)) return true;
  if (rc_arg == "start") RunOffcmd(shell);
  if (FlowInterrupted(shell)) return true;
  if (Var(shell, "rc_quiet").empty()) {
    shell.Out("Cannot '" + rc_arg + "' " + name + ". Set " + rcvar +
              " to YES in /etc/rc.conf or use 'one" + rc_arg + "' instead of '" + rc_arg + "'.\n");
  }
  return true;
}

// 11c: ARG_cmd set by the script.
int RunCustomMethod(Shell& shell, const std::string& rc_arg, const std::string& method) {
  CallByName(shell, {"rc_trace", "1", method});
  if (FlowInterrupted(shell)) return 1;
  std::string env = Var(shell, "_env");
  if (!env.empty()) EvalText(shell, "export -- " + env);
  if (FlowInterrupted(shell)) return 1;
  if (Var(shell, "_rc_svcj") != "jailing") {
    if (rc_arg == "start" || rc_arg == "restart" || rc_arg == "reload") {
      if (RunSetup(shell) != 0) CallByName(shell, {"warn", "failed to setup " + Var(shell, "name")});
      if (FlowInterrupted(shell)) return 1;
    }
    if (RunPrecmd(shell) != 0) return 1;
  }
  std::string cpuset = Var(shell, "_cpusetcmd");
  if (RunDoit(shell, (cpuset.empty() ? "" : cpuset + " ") + method + " " + Var(shell, "rc_extra_args")) != 0) {
    return 1;
  }
  RunPostcmd(shell);
  return ReturnValue(shell);
}

// 11e: protect(1) a freshly started daemon from the OOM killer.
void ProtectStartedDaemon(Shell& shell, const std::string& pidcmd) {
  std::string oomprotect = Var(shell, "_oomprotect");
  std::string protect = Var(shell, "PROTECT");
  if (oomprotect.empty() || !TestPath(shell, "-x", protect)) return;
  if (CallByName(shell, {"check_jail", "jailed"}) == 0 || FlowInterrupted(shell)) return;
  if (Var(shell, "rc_pid").empty() && !pidcmd.empty()) EvalText(shell, pidcmd);
  std::string pid = Var(shell, "rc_pid");
  if (pid.empty()) return;
  std::vector<std::string> argv = SplitFields(shell, protect);
  if (EqualsIgnoringCase(oomprotect, "all")) {
    argv.insert(argv.end(), {"-d", "-i", "-p", pid});
  } else if (EqualsIgnoringCase(oomprotect, "yes")) {
    argv.insert(argv.end(), {"-p", pid});
  } else {
    return;
  }
  CallByName(shell, argv);
}

int Dispatch(RcSubrContext& context, Shell& shell, const std::vector<std::string>& argv) {
  shell.SetVar("_return", "0");
  std::string rc_arg = argv.size() > 1 ? argv[1] : "";
  shell.SetVar("rc_arg", rc_arg);
  std::string name = Var(shell, "name");
  if (name.empty()) return CallByName(shell, {"err", "3", "run_rc_command: $name is not set."});
  CallByName(shell, {"DebugOn", "rc:all", "rc:all:" + rc_arg, "rc:" + name, "rc:" + name + ":" + rc_arg,
                     name + ":" + rc_arg});
  if (FlowInterrupted(shell)) return 1;
  shell.SetVar("rc_extra_args", JoinArgs(argv, 2));
  shell.SetVar("_rc_prefix", "");
  rc_arg = StripPrefix(shell, rc_arg);
  if (FlowInterrupted(shell)) return 1;

  std::string program = Var(shell, name + "_program");
  shell.SetVar("command", program.empty() ? Var(shell, "command") : program);
  std::string keywords = "start stop restart rcvar enable disable delete enabled describe extracommands " +
                         Var(shell, "extra_commands");
  std::string cpuset = Var(shell, name + "_cpuset");
  if (!cpuset.empty() && cpuset[0] >= '0' && cpuset[0] <= '9') {
    shell.SetVar("_cpuset", cpuset);
    shell.SetVar("_cpusetcmd", Var(shell, "CPUSET") + " -l " + cpuset);
  }
  if (Var(shell, name + "_svcj").empty()) {
    std::string all = Var(shell, "svcj_all_enable");
    shell.SetVar(name + "_svcj", all.empty() ? "NO" : all);
  }

  shell.SetVar("rc_pid", "");
  std::string procname = Var(shell, "procname");
  if (procname.empty()) procname = Var(shell, "command");
  shell.SetVar("_procname", procname);
  std::string pidcmd;
  if (!procname.empty()) {
    pidcmd = Var(shell, "pidfile").empty()
                 ? "rc_pid=$(check_process \"$_procname\" $command_interpreter)"
                 : "rc_pid=$(check_pidfile \"$pidfile\" \"$_procname\" $command_interpreter)";
    keywords += " status poll";
  } else if (!Var(shell, "status_cmd").empty()) {
    keywords += " status";
  }
  shell.SetVar("_pidcmd", pidcmd);
  shell.SetVar("_keywords", keywords);

  if (rc_arg.empty()) return RunUsage(shell, keywords);
  if (rc_arg == "enabled") return CallByName(shell, {"checkyesno", Var(shell, "rcvar")});

  LoadServiceSettings(context, shell, name);
  if (FlowInterrupted(shell)) return 1;
  CheckServiceJail(shell, name);
  if (FlowInterrupted(shell)) return 1;
  if (Var(shell, "autoboot").empty() && !pidcmd.empty()) EvalText(shell, pidcmd);
  if (FlowInterrupted(shell)) return 1;

  for (const std::string& keyword : SplitFields(shell, keywords)) {
    if (keyword != rc_arg) continue;
    shell.SetVar("_elem", keyword);
    if (RefusedByRcvar(shell, rc_arg, name)) return FlowInterrupted(shell) ? 1 : 0;
    std::string pid = Var(shell, "rc_pid");
    if (rc_arg == "start" && Var(shell, "rc_fast").empty() && !pid.empty()) {
      if (Var(shell, "rc_quiet").empty()) shell.Err(name + " already running? (pid=" + pid + ").\n");
      return 1;
    }
    std::string method = Var(shell, rc_arg + "_cmd");
    shell.SetVar("_cmd", method);
    shell.SetVar("_precmd", Var(shell, rc_arg + "_precmd"));
    shell.SetVar("_postcmd", Var(shell, rc_arg + "_postcmd"));
    if (!method.empty()) return RunCustomMethod(shell, rc_arg, method);

    int status = RunDefaultMethod(context, shell, rc_arg, keywords);
    if (status != kMethodDone || FlowInterrupted(shell)) return status;
    // $rc_arg, not rc_arg: a nested run_rc_command in a hook changes it.
    if (Var(shell, "rc_arg") == "start") ProtectStartedDaemon(shell, pidcmd);
    return ReturnValue(shell);
  }
  shell.Err(shell.state().arg0 + ": unknown directive '" + rc_arg + "'.\n");
  return RunUsage(shell, keywords);
}

int RunRcCommand(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv) {
  std::vector<std::string> extra;
  if (argv.size() > 2) extra.assign(argv.begin() + 2, argv.end());
  return WithFunctionFrame(shell, std::move(extra), kLocals, [&] { return Dispatch(context, shell, argv); });
}

std::vector<RcNative> MakeTable() {
  std::vector<RcNative> table = {{"run_rc_command", RunRcCommand}};
  for (const RcNative& step : CommandStepNatives()) table.push_back(step);
  return table;
}

}  // namespace

std::span<const RcNative> RunRcCommandNatives() {
  static const std::vector<RcNative> table = MakeTable();
  return table;
}

}  // namespace rcsh::rcsubr
