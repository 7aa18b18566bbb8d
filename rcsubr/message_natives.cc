// checkyesno, warn, err, info, debug, reverse_list, check_startmsgs and
// startmsg of rc.subr(8).
#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_natives.h"
#include "rcsubr/rc_shell_calls.h"
#include "rcsubr/yes_no.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {
namespace {

// checkyesno VAR: the variable's value (not the argument) decides.
int CheckYesNo(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::string name = argv.size() > 1 ? argv[1] : "";
  std::string value = name.empty() ? "" : Var(shell, name);
  RcMessage(shell, RcMessageLevel::kDebug, "checkyesno: " + name + " is set to " + value + ".");
  switch (ParseYesNo(value)) {
    case YesNo::kYes: return 0;
    case YesNo::kNo: return 1;
    case YesNo::kInvalid: break;
  }
  RcMessage(shell, RcMessageLevel::kWarning, "$" + name + " is not set properly - see rc.conf(5).");
  return 1;
}

int Warn(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  RcMessage(shell, RcMessageLevel::kWarning, JoinArgs(argv, 1));
  return 0;
}

int Info(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  RcMessage(shell, RcMessageLevel::kInfo, JoinArgs(argv, 1));
  return 0;
}

int Debug(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  RcMessage(shell, RcMessageLevel::kDebug, JoinArgs(argv, 1));
  return 0;
}

// err STATUS MSG: ends the script's shell with STATUS.
int Err(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  long status = 1;
  if (argv.size() > 1) {
    try {
      status = std::stol(argv[1]);
    } catch (...) {
      status = 1;
    }
  }
  RcMessage(shell, RcMessageLevel::kError, JoinArgs(argv, 2));
  shell.Exit(static_cast<int>(status & 255));
  return static_cast<int>(status & 255);
}

int ReverseList(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::string out;
  for (size_t i = argv.size(); i > 1; --i) {
    if (!out.empty()) out += ' ';
    out += argv[i - 1];
  }
  shell.Out(out + "\n");
  return 0;
}

// True unless rc_quiet is set, then rc_startmsgs decides.
int CheckStartmsgs(RcSubrContext& context, Shell& shell, std::vector<std::string>&) {
  if (Var(shell, "rc_quiet").empty()) return 0;
  std::vector<std::string> args = {"checkyesno", "rc_startmsgs"};
  return CheckYesNo(context, shell, args);
}

// startmsg ARGS: `echo ARGS` (so `startmsg -n ...` works) when messages are on.
int Startmsg(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv) {
  std::vector<std::string> none;
  if (CheckStartmsgs(context, shell, none) != 0) return 0;
  std::vector<std::string> echo = argv;
  echo[0] = "echo";
  shell.RunCommandArgv(echo, false);
  return 0;
}

constexpr RcNative kNatives[] = {
    {"checkyesno", CheckYesNo},          {"warn", Warn},         {"info", Info},
    {"debug", Debug},                    {"err", Err},           {"reverse_list", ReverseList},
    {"check_startmsgs", CheckStartmsgs}, {"startmsg", Startmsg},
};

}  // namespace

std::span<const RcNative> MessageNatives() { return kNatives; }

}  // namespace rcsh::rcsubr
