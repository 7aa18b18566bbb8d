// The script-running part of rc.subr(8) and its small helpers: run_rc_script,
// run_rc_scripts, boottrace_fn, force_depend (rc_script_run.cc), stop_boot,
// rc_log, rc_trace, sort_lite (ordering in rc_script_sort.cc), ltr,
// _echoonce, check_namevarlist, check_required_before and
// mount_critical_filesystems.
#include <unistd.h>

#include <cerrno>

#include "builtins/builtins.h"
#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_natives.h"
#include "rcsubr/rc_script_run.h"
#include "rcsubr/rc_script_sort.h"
#include "rcsubr/rc_shell_calls.h"
#include "rcsubr/yes_no.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {
namespace {

std::string Arg(const std::vector<std::string>& argv, size_t i) { return i < argv.size() ? argv[i] : ""; }

// `$(COMMAND ARGS...)` with the command run by name, so date(1) and mount(8)
// are still spawned with the shell version's arguments.
std::string CaptureCall(Shell& shell, std::vector<std::string> argv) {
  return CaptureStdout(shell, [&](Shell& sub) { return CallByName(sub, argv); });
}

// `echo TEXT...` through the echo builtin, so its option and escape rules
// are the ones the shell version's echo follows.
int Echo(Shell& shell, std::vector<std::string> words) {
  words.insert(words.begin(), "echo");
  return shell.RunCommandArgv(words, false);
}

std::vector<std::string> Command(std::string name, const std::vector<std::string>& argv, size_t first) {
  std::vector<std::string> command = {std::move(name)};
  if (first < argv.size()) command.insert(command.end(), argv.begin() + static_cast<long>(first), argv.end());
  return command;
}

// stop_boot [ALWAYS]: at boot (autoboot=yes) or when told, SIGTERM to the rc
// shell ($RC_PID); then this shell exits 1 either way.
int StopBoot(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  bool always = ParseYesNo(Arg(argv, 1)) == YesNo::kYes;
  if (Var(shell, "autoboot") == "yes" || always) {
    shell.Out("ERROR: ABORTING BOOT (sending SIGTERM to parent)!\n");
    CallByName(shell, {"kill", "-TERM", Var(shell, "RC_PID")});
    shell.RunPendingTraps();  // the rc shell may be this one: its trap runs before the exit
    if (FlowInterrupted(shell)) return shell.state().last_status;
  }
  shell.Exit(1);
  return 1;
}

// rc_log MSG: "@ SECONDS [DATE] MSG", both times from date(1).
int RcLog(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::string seconds = CaptureCall(shell, {"date", "+%s"});
  std::string stamp = CaptureCall(shell, {"date", "+%Y-%m-%d %H:%M:%S %Z"});
  return Echo(shell, {"@ " + seconds + " [" + stamp + "] " + JoinArgs(argv, 1)});
}

// rc_trace LEVEL MSG: only when /etc/rc.conf.d/rc_trace exists; that file
// is read (sdot) once per shell and may set RC_LEVEL.
int RcTrace(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  const std::string trace_file = "/etc/rc.conf.d/rc_trace";
  if (!TestPath(shell, "-f", UnderRoot(shell, trace_file))) return 0;
  if (Var(shell, "_rc_trace_loaded").empty()) {
    shell.SetVar("_rc_trace_loaded", "yes");
    int status = CallByName(shell, {"sdot", trace_file});
    if (FlowInterrupted(shell)) return status;
  }
  std::string level = Var(shell, "RC_LEVEL");
  bool wanted;
  {
    ScopedDiscard quiet(shell, {2});  // a level that is not a number is just "no"
    std::vector<std::string> test = {"test", level.empty() ? "0" : level, "-ge", Arg(argv, 1)};
    wanted = shell.RunCommandArgv(test, false) == 0;
  }
  if (wanted) {
    int status = CallByName(shell, Command("rc_log", argv, 2));
    if (FlowInterrupted(shell)) return status;
  }
  return 0;
}

// sort_lite [-b] [-n] [-k POS] [-t SEP]: options through the getopts builtin
// (a local OPTIND, the same messages), then stdin's lines in key order.
int SortLite(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  // The shell version leaves its newline variable behind.
  shell.SetVar("_sl_nl", "\n");
  return WithFunctionFrame(shell, {argv.begin() + 1, argv.end()}, {"OPTIND", "IFS", "_sl_opt"}, [&] {
    shell.SetVar("OPTIND", "1");
    bool blanks = false, numeric = false;
    std::string field = "0", separator;
    for (;;) {
      std::vector<std::string> getopts = {"getopts", "bnk:t:", "_sl_opt"};
      if (shell.RunCommandArgv(getopts, false) != 0) break;
      std::string option = Var(shell, "_sl_opt");
      if (option == "b") blanks = true;
      else if (option == "n") numeric = true;
      else if (option == "k") field = Var(shell, "OPTARG");
      else if (option == "t") separator = Var(shell, "OPTARG");
      else return 1;
    }
    long key_field = 0;
    {
      ScopedDiscard quiet(shell, {2});
      std::vector<std::string> test = {"test", field, "-gt", "0"};
      if (shell.RunCommandArgv(test, false) == 0) key_field = std::stol(field);
    }
    if (!separator.empty()) shell.SetVar("IFS", separator);
    std::shared_ptr<OpenFile> input = shell.state().fds.Get(0);
    if (!input || input->is_memory()) {
      shell.Error("read: standard input is not readable");  // the shell version's read says so
      return 0;
    }
    std::string text;
    char buffer[65536];
    for (ssize_t n; (n = read(input->os_fd(), buffer, sizeof buffer)) != 0;) {
      if (n < 0) {
        if (errno == EINTR) continue;
        break;
      }
      text.append(buffer, static_cast<size_t>(n));
    }
    auto key = [&](const std::string& line) {
      std::string value = line;
      if (key_field > 0) {
        std::vector<std::string> fields = SplitFields(shell, line);
        value = static_cast<size_t>(key_field) <= fields.size() ? fields[key_field - 1] : "";
      }
      return blanks ? StripLeadingBlanks(value) : value;
    };
    shell.Out(SortLiteLines(text, key, numeric ? SortLiteNumericLess : SortLiteByteLess));
    return 0;
  });
}

// ltr STR SRC DST [VAR]: STR split on the SRC characters (IFS rules: a
// leading empty field vanishes) and joined with DST; echoed or stored.
int Ltr(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::string result;
  WithFunctionFrame(shell, {}, {"IFS"}, [&] {
    shell.SetVar("IFS", Arg(argv, 2));
    for (const std::string& word : SplitFields(shell, Arg(argv, 1))) {
      result = result.empty() ? word : result + Arg(argv, 3) + word;
    }
    return 0;
  });
  // The shell version brackets its loop with set -f / set +f.
  shell.state().options.noglob = false;
  std::string target = Arg(argv, 4);
  if (target.empty()) return Echo(shell, {result});
  if (builtins::IsValidName(target)) return shell.SetVar(target, result) ? 0 : 1;
  std::string quoted = "'";
  for (char c : result) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return EvalText(shell, target + "=" + quoted + "'");
}

// _echoonce VAR MSG MODE: mode 1 echoes MSG when VAR is set; otherwise MSG
// is printed (no newline) the first time only and VAR becomes "finished".
int EchoOnce(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::string name = Arg(argv, 1);
  std::string value = Var(shell, name);
  if (Arg(argv, 3) == "1") {
    if (!value.empty()) Echo(shell, {Arg(argv, 2)});
  } else if (value.empty()) {
    Echo(shell, {"-n", Arg(argv, 2)});
    shell.SetVar(name, "finished");
  }
  return 0;
}

// check_namevarlist WORD: the reserved ${name}_* suffixes.
int CheckNamevarlist(RcSubrContext&, Shell&, std::vector<std::string>& argv) {
  for (const char* word :
       {"program", "chroot", "chdir", "env", "flags", "fib", "nice", "user", "group", "groups", "prepend", "setup"}) {
    if (Arg(argv, 1) == word) return 0;
  }
  return 1;
}

// check_required_before ARG: for start, every required_vars knob enabled,
// required_dirs directories and required_files readable; a failure warns
// and, unless rc_force, fails.
int CheckRequiredBefore(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  if (Arg(argv, 1) != "start") return 0;
  bool forced = !Var(shell, "rc_force").empty();
  auto fail = [&](const std::string& message) {
    CallByName(shell, {"warn", message});
    return FlowInterrupted(shell) || !forced;
  };
  for (const std::string& knob : SplitFields(shell, Var(shell, "required_vars"))) {
    int enabled = CallByName(shell, {"checkyesno", knob});
    if (FlowInterrupted(shell)) return enabled;
    if (enabled != 0 && fail("$" + knob + " is not enabled.")) return 1;
  }
  for (const std::string& dir : SplitFields(shell, Var(shell, "required_dirs"))) {
    if (!TestPath(shell, "-d", UnderRoot(shell, dir) + "/.") && fail(dir + " is not a directory.")) return 1;
  }
  for (const std::string& file : SplitFields(shell, Var(shell, "required_files"))) {
    if (!TestPath(shell, "-r", UnderRoot(shell, file)) && fail(file + " is not readable.")) return 1;
  }
  return 0;
}

// The mount points `mount` lists (third field of each line).
bool IsMounted(Shell& shell, const std::string& mount_point) {
  std::string table = CaptureCall(shell, {"mount"});
  size_t start = 0;
  while (start <= table.size()) {
    size_t end = table.find('\n', start);
    if (end == std::string::npos) end = table.size();
    std::vector<std::string> fields = SplitFields(shell, table.substr(start, end - start));
    if (fields.size() >= 3 && fields[2] == mount_point) return true;
    start = end + 1;
  }
  return false;
}

// mount_critical_filesystems TYPE: `mount POINT` (silently) for each point
// of critical_filesystems_TYPE that `mount` does not list yet.
int MountCriticalFilesystems(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  for (const std::string& point : SplitFields(shell, Var(shell, "critical_filesystems_" + Arg(argv, 1)))) {
    if (IsMounted(shell, point)) continue;
    ScopedDiscard quiet(shell, {1, 2});
    CallByName(shell, {"mount", point});
    if (FlowInterrupted(shell)) return shell.state().last_status;
  }
  return 0;
}

constexpr RcNative kNatives[] = {
    {"run_rc_script", RunRcScript},
    {"run_rc_scripts", RunRcScripts},
    {"boottrace_fn", BoottraceFn},
    {"force_depend", ForceDepend},
    {"stop_boot", StopBoot},
    {"rc_log", RcLog},
    {"rc_trace", RcTrace},
    {"sort_lite", SortLite},
    {"ltr", Ltr},
    {"_echoonce", EchoOnce},
    {"check_namevarlist", CheckNamevarlist},
    {"check_required_before", CheckRequiredBefore},
    {"mount_critical_filesystems", MountCriticalFilesystems},
};

}  // namespace

std::span<const RcNative> ScriptNatives() { return kNatives; }

}  // namespace rcsh::rcsubr
