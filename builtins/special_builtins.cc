// The special builtins (XCU 2.14). Errors here end a non-interactive shell.
#include <fcntl.h>
#include <sys/times.h>
#include <unistd.h>

#include <cstring>

#include "builtins/builtins.h"
#include "shell/signals.h"

namespace rcsh::builtins {

bool IsValidName(const std::string& name) {
  if (name.empty() || !(std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_')) return false;
  for (char c : name) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  }
  return true;
}

bool ParseNumber(const std::string& text, long* value) {
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) return false;
  *value = std::stol(text);
  return true;
}

std::string ShellQuote(const std::string& value) {
  bool plain = !value.empty();
  for (char c : value) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || std::strchr("_-./:=+,@%^", c))) plain = false;
  }
  if (plain) return value;
  std::string out = "'";
  for (char c : value) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

int Colon(Shell&, std::vector<std::string>&) { return 0; }

int Dot(Shell& shell, std::vector<std::string>& argv) {
  if (argv.size() < 2) {
    shell.FatalError(".: filename argument required");
    return 2;
  }
  std::string path = argv[1];
  int native_status = 0;
  if (shell.services().source_hook && shell.services().source_hook(shell, path, &native_status)) {
    return native_status;
  }
  if (path.find('/') == std::string::npos) {
    // Only PATH is searched (POSIX; dash and FreeBSD sh do not fall back
    // to the current directory).
    std::string found = shell.FindReadableInPath(path);
    if (found.empty()) {
      shell.FatalError(".: cannot open " + argv[1] + ": No such file or directory");
      return 2;
    }
    path = found;
  }
  int fd = shell.OpenAt(path, O_RDONLY);
  if (fd < 0) {
    shell.FatalError(".: cannot open " + argv[1] + ": " + std::strerror(errno));
    return 2;
  }
  close(fd);
  int status = shell.RunFile(path);
  if (shell.flow() == Flow::kReturn) {
    shell.ClearFlow();
    status = shell.state().last_status;
  }
  return status;
}

static int LoopControl(Shell& shell, std::vector<std::string>& argv, Flow flow) {
  long levels = 1;
  if (argv.size() > 1 && (!ParseNumber(argv[1], &levels) || levels < 1)) {
    shell.FatalError(argv[0] + ": Illegal number: " + argv[1]);
    return 2;
  }
  // FreeBSD sh: break/continue outside a loop is not an error.
  if (shell.loop_depth() == 0) return 0;
  if (levels > shell.loop_depth()) levels = shell.loop_depth();
  shell.SetFlow(flow, static_cast<int>(levels));
  return 0;
}

int Break(Shell& shell, std::vector<std::string>& argv) { return LoopControl(shell, argv, Flow::kBreak); }
int Continue(Shell& shell, std::vector<std::string>& argv) { return LoopControl(shell, argv, Flow::kContinue); }

int Eval(Shell& shell, std::vector<std::string>& argv) {
  std::string text;
  for (size_t i = 1; i < argv.size(); ++i) {
    if (i > 1) text += ' ';
    text += argv[i];
  }
  if (text.empty()) return 0;
  std::string name = shell.Location();
  name = name.substr(0, name.rfind(':'));
  int status = shell.RunSource(name, std::move(text));
  return status;
}

int Exec(Shell& shell, std::vector<std::string>& argv) {
  if (argv.size() == 1) return 0;  // redirections are kept by the caller
  std::vector<std::string> command(argv.begin() + 1, argv.end());
  std::string path = command[0].find('/') != std::string::npos ? command[0] : shell.FindInPath(command[0], false);
  if (path.empty()) {
    shell.FatalError("exec: " + command[0] + ": not found", 127);
    return 127;
  }
  return shell.ExecReplacing(path, command, {});
}

int Exit(Shell& shell, std::vector<std::string>& argv) {
  long status = shell.state().last_status;
  if (argv.size() > 1 && !ParseNumber(argv[1], &status)) {
    shell.FatalError("exit: Illegal number: " + argv[1]);
    return 2;
  }
  shell.Exit(static_cast<int>(status & 255));
  return static_cast<int>(status & 255);
}

static int ExportOrReadonly(Shell& shell, std::vector<std::string>& argv, bool exporting) {
  const char* verb = exporting ? "export" : "readonly";
  size_t i = 1;
  bool print = argv.size() == 1;
  while (i < argv.size() && argv[i].size() > 1 && argv[i][0] == '-') {
    if (argv[i] == "--") {
      ++i;
      break;
    }
    if (argv[i] == "-p") {
      print = true;
      ++i;
      continue;
    }
    shell.FatalError(std::string(verb) + ": Illegal option " + argv[i]);
    return 2;
  }
  if (print && i >= argv.size()) {
    for (const auto& [name, variable] : shell.state().vars.Sorted()) {
      if (exporting ? !variable->exported : !variable->readonly) continue;
      std::string line = std::string(verb) + " " + name;
      if (variable->set) line += "=" + ShellQuote(variable->value);
      shell.Out(line + "\n");
    }
    return 0;
  }
  for (; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    size_t eq = arg.find('=');
    std::string name = arg.substr(0, eq);
    if (!IsValidName(name)) {
      shell.FatalError(std::string(verb) + ": " + name + ": bad variable name");
      return 2;
    }
    if (eq != std::string::npos && !shell.SetVar(name, arg.substr(eq + 1))) {
      if (shell.special_errors_nonfatal == 0) shell.Exit(2);
      return 2;
    }
    if (exporting) {
      shell.state().vars.SetExported(name, true);
    } else {
      shell.state().vars.SetReadonly(name);
    }
  }
  return 0;
}

int Export(Shell& shell, std::vector<std::string>& argv) { return ExportOrReadonly(shell, argv, true); }
int Readonly(Shell& shell, std::vector<std::string>& argv) { return ExportOrReadonly(shell, argv, false); }

int Return(Shell& shell, std::vector<std::string>& argv) {
  long status = shell.state().last_status;
  if (argv.size() > 1 && !ParseNumber(argv[1], &status)) {
    shell.FatalError("return: Illegal number: " + argv[1]);
    return 2;
  }
  shell.state().last_status = static_cast<int>(status & 255);
  // Outside a function and a sourced file this ends the (sub)shell, which is
  // what FreeBSD sh does for `return` in a command substitution.
  shell.SetFlow(Flow::kReturn);
  return static_cast<int>(status & 255);
}

int Set(Shell& shell, std::vector<std::string>& argv) {
  ShellState& state = shell.state();
  if (argv.size() == 1) {
    for (const auto& [name, variable] : state.vars.Sorted()) {
      if (variable->set) shell.Out(name + "=" + ShellQuote(variable->value) + "\n");
    }
    return 0;
  }
  size_t i = 1;
  bool positional_given = false;
  for (; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (arg == "--") {
      positional_given = true;
      ++i;
      break;
    }
    if (arg == "-") {
      state.options.xtrace = state.options.verbose = false;
      positional_given = true;
      ++i;
      break;
    }
    if (arg.size() < 2 || (arg[0] != '-' && arg[0] != '+')) break;
    bool on = arg[0] == '-';
    for (size_t k = 1; k < arg.size(); ++k) {
      char letter = arg[k];
      if (letter == 'o') {
        if (i + 1 >= argv.size()) {
          for (const auto& [name, value] : state.options.List()) {
            if (on) {
              shell.Out(std::string(name) + std::string(16 - std::min<size_t>(15, std::strlen(name)), ' ') +
                        (value ? "on" : "off") + "\n");
            } else {
              shell.Out(std::string("set ") + (value ? "-o " : "+o ") + name + "\n");
            }
          }
          continue;
        }
        const std::string& name = argv[++i];
        if (!state.options.SetByName(name, on)) {
          shell.FatalError("set: Illegal option " + std::string(on ? "-o " : "+o ") + name);
          return 2;
        }
        continue;
      }
      if (!state.options.SetByLetter(letter, on)) {
        shell.FatalError(std::string("set: Illegal option ") + arg[0] + letter);
        return 2;
      }
    }
  }
  if (positional_given || i < argv.size()) state.positional.assign(argv.begin() + static_cast<long>(i), argv.end());
  return 0;
}

int Shift(Shell& shell, std::vector<std::string>& argv) {
  long count = 1;
  if (argv.size() > 1 && !ParseNumber(argv[1], &count)) {
    shell.FatalError("shift: Illegal number: " + argv[1]);
    return 2;
  }
  std::vector<std::string>& positional = shell.state().positional;
  // FreeBSD sh: shifting past the end fails with status 1, not fatally.
  if (static_cast<size_t>(count) > positional.size()) return 1;
  positional.erase(positional.begin(), positional.begin() + count);
  return 0;
}

int Times(Shell& shell, std::vector<std::string>&) {
  struct tms t;
  times(&t);
  long ticks = sysconf(_SC_CLK_TCK);
  auto format = [&](clock_t c) {
    double seconds = static_cast<double>(c) / static_cast<double>(ticks);
    int minutes = static_cast<int>(seconds / 60);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%dm%.3fs", minutes, seconds - minutes * 60);
    return std::string(buffer);
  };
  shell.Out(format(t.tms_utime) + " " + format(t.tms_stime) + "\n" + format(t.tms_cutime) + " " +
            format(t.tms_cstime) + "\n");
  return 0;
}

int Trap(Shell& shell, std::vector<std::string>& argv) {
  auto& traps = shell.state().traps;
  if (argv.size() == 1) {
    for (int sig = 0; sig < kSignalCount; ++sig) {
      if (traps[sig]) shell.Out("trap -- " + ShellQuote(*traps[sig]) + " " + SignalName(sig) + "\n");
    }
    return 0;
  }
  size_t i = 1;
  if (argv[i] == "--") ++i;
  if (i >= argv.size()) return 0;
  std::string action = argv[i];
  bool reset = action == "-";
  // A first operand that is a number means every operand is a condition.
  if (SignalNumber(action) >= 0 && action.find_first_not_of("0123456789") == std::string::npos) {
    reset = true;
  } else {
    ++i;
  }
  int status = 0;
  for (; i < argv.size(); ++i) {
    int sig = SignalNumber(argv[i]);
    if (sig < 0 || sig >= kSignalCount) {
      shell.Error("trap: " + argv[i] + ": bad trap");
      status = 1;
      continue;
    }
    if (reset) {
      traps[sig].reset();
      if (sig > 0) DefaultSignal(sig);
    } else {
      traps[sig] = action;
      if (sig > 0) {
        if (action.empty()) IgnoreSignal(sig);
        else CatchSignal(sig);
      }
    }
  }
  return status;
}

int Unset(Shell& shell, std::vector<std::string>& argv) {
  bool functions = false;
  size_t i = 1;
  for (; i < argv.size() && argv[i].size() > 1 && argv[i][0] == '-'; ++i) {
    if (argv[i] == "--") {
      ++i;
      break;
    }
    if (argv[i] == "-f") functions = true;
    else if (argv[i] == "-v") functions = false;
    else {
      shell.FatalError("unset: Illegal option " + argv[i]);
      return 2;
    }
  }
  int status = 0;
  for (; i < argv.size(); ++i) {
    if (functions) {
      shell.state().functions.erase(argv[i]);
      continue;
    }
    // FreeBSD sh: unsetting a read-only variable fails quietly.
    if (!shell.state().vars.Unset(argv[i])) status = 1;
  }
  return status;
}

}  // namespace rcsh::builtins
