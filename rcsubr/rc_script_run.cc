#include "rcsubr/rc_script_run.h"

#include <signal.h>
#include <unistd.h>

#include <array>

#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_shell_calls.h"
#include "shell/shell.h"
#include "shell/signals.h"

namespace rcsh::rcsubr {
namespace {

// What a script leaves behind that must not leak into the next one (c.4
// step 2; required_modules, desc, sig_* and other commands' _cmd stay).
constexpr const char* kScriptVariables[] = {
    "name",    "command",  "command_args",    "command_interpreter", "extra_commands", "pidfile",       "procname",
    "rcvar",   "rcvars",   "rcvars_obsolete", "required_dirs",       "required_files", "required_vars",
};

// The signals run_rc_script traps in the script's subshell: SIGINT, SIGQUIT
// and 29 (SIGINFO on FreeBSD).
constexpr std::array<int, 3> kScriptSignals = {SIGINT, SIGQUIT, 29};

// Set by the script's SIGQUIT trap. The shell version's trap sends SIGQUIT on
// to the rc shell ($$); here $$ is this very process, whose trap would catch
// it again, so the trap only notes it and RunScriptSubshell re-raises it once
// the subshell is gone.
constexpr const char* kQuitMarker = "_rc_script_sigquit";

// /etc/rc.d/*.sh
bool IsOldStyleScript(const std::string& file) {
  const std::string dir = "/etc/rc.d/";
  return file.size() >= dir.size() + 3 && file.starts_with(dir) && file.ends_with(".sh");
}

// *[~#] *.OLD *.bak *.orig *,v
bool IsScratchFile(const std::string& file) {
  for (const char* suffix : {"~", "#", ".OLD", ".bak", ".orig", ",v"}) {
    if (file.ends_with(suffix)) return true;
  }
  return false;
}

// The subshell's traps are process-wide handlers; afterwards the caller's
// own dispositions come back.
void RestoreSignalDispositions(Shell& shell) {
  for (int sig : kScriptSignals) {
    const std::optional<std::string>& trap = shell.state().traps[sig];
    if (!trap) DefaultSignal(sig);
    else if (trap->empty()) IgnoreSignal(sig);
    else CatchSignal(sig);
  }
}

// `( traps; set $ARG; . FILE )` of run_rc_script.
int RunScriptSubshell(Shell& shell, const std::string& file, const std::string& arg) {
  bool quit_received = false;
  const std::string interrupted = "echo Script " + file + " interrupted >&2";
  int status = shell.RunSubshell([&](Shell& sub) {
    CallByName(sub, {"trap", interrupted + " ; " + kQuitMarker + "=yes", "3"});
    CallByName(sub, {"trap", interrupted + " ; exit 1", "2"});
    CallByName(sub, {"trap", "echo Script " + file + " running >&2", "29"});
    std::vector<std::string> set = {"set"};
    for (std::string& field : SplitFields(sub, arg)) set.push_back(std::move(field));
    int result = CallByName(sub, set);
    if (!FlowInterrupted(sub)) result = CallByName(sub, {".", file});
    sub.RunPendingTraps();
    quit_received = !Var(sub, kQuitMarker).empty();
    return result;
  });
  RestoreSignalDispositions(shell);
  if (quit_received) kill(getpid(), SIGQUIT);
  return status;
}

// The `local` names of the shell version's DebugOn/DebugOff tags: the path
// and the basename, each alone and with the argument.
std::vector<std::string> DebugTags(const std::string& file, const std::string& arg) {
  std::string base = file.substr(file.rfind('/') + 1);
  return {file, file + ":" + arg, "rc:" + base, "rc:" + base + ":" + arg, base, base + ":" + arg};
}

// A script started as a program of its own (what service(8) does and the
// shell version's _rc_run_script does for force_depend), but in-process: a
// subshell reset to what a fresh `sh SCRIPT ARGS` would see -- only the
// exported variables, no functions, aliases or options, $0 the script.
void ResetToFreshShell(Shell& sub, const std::string& script, std::vector<std::string> args) {
  ShellState& state = sub.state();
  VariableStore fresh;
  for (const auto& [name, variable] : state.vars.Sorted()) {
    if (!variable->exported || !variable->set) continue;
    fresh.Set(name, variable->value);
    fresh.SetExported(name, true);
  }
  for (const auto& [name, value] :
       {std::pair<const char*, std::string>{"IFS", " \t\n"}, {"PS1", "$ "}, {"PS2", "> "}, {"PS4", "+ "},
        {"OPTIND", "1"}, {"PPID", std::to_string(getpid())}}) {
    fresh.Set(name, value);
  }
  if (state.cwd) fresh.Set("PWD", state.cwd->logical);
  state.vars = std::move(fresh);
  state.functions.clear();
  state.aliases.clear();
  state.options = ShellOptions{};
  state.command_paths.clear();
  state.getopts_offset = 0;
  state.last_status = 0;
  state.last_background_pid = 0;
  state.arg0 = script;
  state.positional = std::move(args);
}

// `/etc/rc.d/SCRIPT ARGS` as its own shell: the dependency sees none of the
// caller's variables and its exit ends only itself.
int RunScriptAsProgram(Shell& shell, const std::string& script, std::vector<std::string> args) {
  if (!TestPath(shell, "-x", UnderRoot(shell, script))) {
    shell.Err(shell.state().arg0 + ": " + script + ": not executable\n");
    return 126;
  }
  return shell.RunSubshell([&](Shell& sub) {
    ResetToFreshShell(sub, script, std::move(args));
    return CallByName(sub, {".", script});
  });
}

}  // namespace

int RunRcScript(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::string file = argv.size() > 1 ? argv[1] : "";
  std::string arg = argv.size() > 2 ? argv[2] : "";
  if (file.empty() || arg.empty()) {
    int status = CallByName(shell, {"err", "3", "USAGE: run_rc_script file arg"});
    if (FlowInterrupted(shell)) return status;
  }
  std::vector<std::string> unset = {"unset"};
  unset.insert(unset.end(), std::begin(kScriptVariables), std::end(kScriptVariables));
  CallByName(shell, unset);
  if (FlowInterrupted(shell)) return shell.state().last_status;
  // ARG's words, as the shell version's eval splits them.
  EvalText(shell, "unset " + arg + "_cmd " + arg + "_precmd " + arg + "_postcmd");
  if (FlowInterrupted(shell)) return shell.state().last_status;

  CallByName(shell, {"rc_trace", "0", file + " " + arg});
  if (FlowInterrupted(shell)) return shell.state().last_status;
  std::string rooted = UnderRoot(shell, file);
  int verified = CallByName(shell, {"is_verified", rooted});
  if (FlowInterrupted(shell)) return verified;
  if (verified != 0) return 0;

  shell.SetVar("rc_service", file);
  if (IsOldStyleScript(file)) return CallByName(shell, {"warn", "Ignoring old-style startup script " + file});
  if (IsScratchFile(file)) return CallByName(shell, {"warn", "Ignoring scratch file " + file});
  if (!TestPath(shell, "-x", rooted)) return 0;  // non-executables are skipped silently

  std::vector<std::string> tags = DebugTags(file, arg);
  std::vector<std::string> debug_on = {"DebugOn"};
  debug_on.insert(debug_on.end(), tags.begin(), tags.end());
  CallByName(shell, debug_on);
  if (FlowInterrupted(shell)) return shell.state().last_status;
  int status = Var(shell, "rc_boottrace").empty() ? RunScriptSubshell(shell, file, arg)
                                                   : CallByName(shell, {"boottrace_fn", file, arg});
  if (FlowInterrupted(shell)) return status;
  std::vector<std::string> debug_off = {"DebugOff", "rc=" + std::to_string(status)};
  debug_off.insert(debug_off.end(), tags.begin(), tags.end());
  return CallByName(shell, debug_off);
}

int RunRcScripts(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::string arg = Var(shell, "_boot");
  std::string breaks;
  size_t i = 1;
  while (i < argv.size()) {
    if (argv[i] == "--arg" || argv[i] == "--break") {
      // The shell version's `shift 2` fails without a value, and the loop
      // would spin on the option forever: the option just ends the list.
      if (i + 1 >= argv.size()) return 0;
      if (argv[i] == "--arg") arg = argv[i + 1];
      else breaks += " " + argv[i + 1];
      i += 2;
    } else {
      if (argv[i] == "--") ++i;
      break;
    }
  }
  std::vector<std::string> break_names = SplitFields(shell, breaks);
  for (; i < argv.size(); ++i) {
    const std::string& file = argv[i];
    std::string done = Var(shell, "_rc_elem_done");
    if ((" " + done + " ").find(" " + file + " ") != std::string::npos) continue;
    CallByName(shell, {"run_rc_script", file, arg});
    if (FlowInterrupted(shell)) return shell.state().last_status;
    done = Var(shell, "_rc_elem_done");
    shell.SetVar("_rc_elem_done", done.empty() ? file : done + " " + file);
    std::string base = file.substr(file.rfind('/') + 1);
    for (const std::string& name : break_names) {
      if (name == base) return 0;
    }
  }
  return 0;
}

int BoottraceFn(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  // `$boottrace_cmd "$@"`: with no boottrace command, FILE itself is the
  // command, and with no words at all only the assignments remain.
  std::vector<std::string> command = SplitFields(shell, Var(shell, "boottrace_cmd"));
  command.insert(command.end(), argv.begin() + 1, argv.end());
  if (command.empty()) {
    for (const char* name : {"_boot", "rc_fast", "autoboot"}) shell.SetVar(name, Var(shell, name));
    return 0;
  }
  if (command[0].find('/') == std::string::npos) {
    // A function, builtin or PATH name: the shell's own rules for prefix
    // assignments apply, so let the shell run the line.
    return WithFunctionFrame(shell, std::vector<std::string>(argv.begin() + 1, argv.end()), {}, [&] {
      return EvalText(shell, "_boot=\"$_boot\" rc_fast=\"$rc_fast\" autoboot=\"$autoboot\" $boottrace_cmd \"$@\"");
    });
  }
  std::vector<std::string> environment = {"_boot=" + Var(shell, "_boot"), "rc_fast=" + Var(shell, "rc_fast"),
                                          "autoboot=" + Var(shell, "autoboot")};
  int status = shell.RunExternal(command[0], command, environment, false);
  shell.state().last_status = status;
  return status;
}

int ForceDepend(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::string dependency = argv.size() > 1 ? argv[1] : "";
  std::string rcvar_base = argv.size() > 2 && !argv[2].empty() ? argv[2] : dependency;
  if (!Var(shell, "rc_fast").empty()) {
    int forced = CallByName(shell, {"checkyesno", "always_force_depends"});
    if (FlowInterrupted(shell)) return forced;
    if (forced != 0) {
      int enabled = CallByName(shell, {"checkyesno", rcvar_base + "_enable"});
      if (FlowInterrupted(shell)) return enabled;
      if (enabled == 0) return 0;
    }
  }
  std::string script = "/etc/rc.d/" + dependency;
  int running;
  {
    ScopedDiscard quiet(shell, {1, 2});
    running = RunScriptAsProgram(shell, script, {"forcestatus"});
  }
  if (running == 0) return 0;
  CallByName(shell, {"info", Var(shell, "name") + " depends on " + dependency + ", which will be forced to start."});
  if (FlowInterrupted(shell)) return shell.state().last_status;
  if (RunScriptAsProgram(shell, script, {"forcestart"}) != 0) {
    CallByName(shell, {"warn", "Unable to force " + dependency + ". It may already be running."});
    if (FlowInterrupted(shell)) return shell.state().last_status;
    return 1;
  }
  return 0;
}

}  // namespace rcsh::rcsubr
