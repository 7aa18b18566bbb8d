#include "rcsubr/rc_subr.h"

#include "rcsubr/rc_messages.h"
#include "rcsubr/yes_no.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {
namespace {

std::string JoinFrom(const std::vector<std::string>& argv, size_t first) {
  std::string out;
  for (size_t i = first; i < argv.size(); ++i) {
    if (i > first) out += ' ';
    out += argv[i];
  }
  return out;
}

// checkyesno VAR: the variable's value (not the argument) decides.
int CheckYesNo(Shell& shell, std::vector<std::string>& argv) {
  std::string name = argv.size() > 1 ? argv[1] : "";
  std::string value = name.empty() ? "" : shell.GetVarOr(name, "");
  RcMessage(shell, RcMessageLevel::kDebug, "checkyesno: " + name + " is set to " + value + ".");
  switch (ParseYesNo(value)) {
    case YesNo::kYes: return 0;
    case YesNo::kNo: return 1;
    case YesNo::kInvalid: break;
  }
  RcMessage(shell, RcMessageLevel::kWarning, "$" + name + " is not set properly - see rc.conf(5).");
  return 1;
}

int Warn(Shell& shell, std::vector<std::string>& argv) {
  RcMessage(shell, RcMessageLevel::kWarning, JoinFrom(argv, 1));
  return 0;
}

int Info(Shell& shell, std::vector<std::string>& argv) {
  RcMessage(shell, RcMessageLevel::kInfo, JoinFrom(argv, 1));
  return 0;
}

int Debug(Shell& shell, std::vector<std::string>& argv) {
  RcMessage(shell, RcMessageLevel::kDebug, JoinFrom(argv, 1));
  return 0;
}

// err STATUS MSG: ends the script's shell with STATUS.
int Err(Shell& shell, std::vector<std::string>& argv) {
  long status = 1;
  if (argv.size() > 1) {
    try {
      status = std::stol(argv[1]);
    } catch (...) {
      status = 1;
    }
  }
  RcMessage(shell, RcMessageLevel::kError, JoinFrom(argv, 2));
  shell.Exit(static_cast<int>(status & 255));
  return static_cast<int>(status & 255);
}

int ReverseList(Shell& shell, std::vector<std::string>& argv) {
  std::string out;
  for (size_t i = argv.size(); i > 1; --i) {
    if (!out.empty()) out += ' ';
    out += argv[i - 1];
  }
  shell.Out(out + "\n");
  return 0;
}

// True unless rc_quiet is set, then rc_startmsgs decides.
int CheckStartmsgs(Shell& shell, std::vector<std::string>&) {
  if (shell.GetVarOr("rc_quiet", "").empty()) return 0;
  std::vector<std::string> args = {"checkyesno", "rc_startmsgs"};
  return CheckYesNo(shell, args);
}

// startmsg ARGS: `echo ARGS` (so `startmsg -n ...` works) when messages are on.
int Startmsg(Shell& shell, std::vector<std::string>& argv) {
  std::vector<std::string> none;
  if (CheckStartmsgs(shell, none) != 0) return 0;
  std::vector<std::string> echo = argv;
  echo[0] = "echo";
  shell.RunCommandArgv(echo, false);
  return 0;
}

struct NativeFunction {
  const char* name;
  int (*function)(Shell&, std::vector<std::string>&);
};

constexpr NativeFunction kNatives[] = {
    {"checkyesno", CheckYesNo}, {"warn", Warn},       {"info", Info},
    {"debug", Debug},           {"err", Err},         {"reverse_list", ReverseList},
    {"check_startmsgs", CheckStartmsgs}, {"startmsg", Startmsg},
};

}  // namespace

const std::vector<std::string>& NativeRcSubrFunctions() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> list;
    for (const NativeFunction& native : kNatives) list.push_back(native.name);
    return list;
  }();
  return names;
}

void InstallRcSubr(Interpreter& interpreter, const RcSubrOptions& options) {
  for (const NativeFunction& native : kNatives) interpreter.RegisterBuiltin(native.name, native.function);
  std::string rc_subr = options.rc_subr_path;
  interpreter.SetSourceHook([rc_subr](Shell& shell, const std::string& path, int* status) {
    std::string rooted = UnderRoot(shell, rc_subr);
    if (path != rc_subr && path != rooted) return false;
    // The shell code of rc.subr defines everything; natives then take over
    // the names they implement.
    *status = shell.RunFile(rooted);
    if (shell.flow() == Flow::kReturn) {  // rc.subr's load guard
      shell.ClearFlow();
      *status = shell.state().last_status;
    }
    for (const NativeFunction& native : kNatives) shell.state().functions.erase(native.name);
    return true;
  });
}

}  // namespace rcsh::rcsubr
