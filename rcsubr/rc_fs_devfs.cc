// devfs_rulesets_from_file, devfs_init_rulesets, devfs_set_ruleset,
// devfs_apply_ruleset and devfs_domount of rc.subr(8). devfs(8) and mount(8)
// are still run by name with the baseline's arguments; the rules file is
// read natively instead of by a `while read` loop.
#include "builtins/builtins.h"
#include "rcsubr/rc_fs_expansion.h"
#include "rcsubr/rc_fs_lines.h"
#include "rcsubr/rc_fs_natives.h"
#include "rcsubr/rc_messages.h"

namespace rcsh::rcsubr {
namespace {

// A `[name=N]` header: '[' first, then an '=' and after it a ']' (the
// shell's case pattern \[*=*\]*). Sets *name and *number (the text between
// the first '=' and the next ']').
bool ParseRulesetHeader(const std::string& line, std::string* name, std::string* number) {
  if (line.empty() || line[0] != '[') return false;
  size_t equals = line.find('=', 1);
  if (equals == std::string::npos) return false;
  size_t close = line.find(']', equals + 1);
  if (close == std::string::npos) return false;
  *name = line.substr(1, equals - 1);
  *number = line.substr(equals + 1, close - equals - 1);
  return true;
}

bool IsDecimal(const std::string& text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

// `eval "_num=\${$NAME:-\$NAME}"` of the shell version: the named variable's
// value, or NAME itself when that is empty.
std::string RulesetNumber(Shell& shell, const std::vector<std::string>& argv) {
  const std::string name = argv[1];
  if (builtins::IsValidName(name)) {
    std::string value = Var(shell, name);
    return value.empty() ? name : value;
  }
  // "2", "#", "a-b": positional and special parameters and odd words mean
  // what they meant inside the shell function, so the same text is
  // evaluated in a function frame with the function's arguments.
  std::string number;
  WithFunctionFrame(shell, std::vector<std::string>(argv.begin() + 1, argv.end()), {"_rs_name", "_rs_num"}, [&] {
    shell.SetVar("_rs_name", name);
    int status = EvalText(shell, "_rs_num=${" + name + ":-$_rs_name}");
    number = Var(shell, "_rs_num");
    return status;
  });
  return number;
}

// `devfs ${2:+-m $2} WORDS...`: the -m option and the directory are one
// unquoted expansion (split and globbed, like the shell's).
int RunDevfsOnMountPoint(Shell& shell, const std::string& dir, const std::vector<std::string>& words) {
  std::vector<std::string> command = {"devfs"};
  if (!dir.empty()) {
    for (std::string& word : ExpandUnquoted(shell, "-m " + dir)) command.push_back(std::move(word));
  }
  command.insert(command.end(), words.begin(), words.end());
  return CallByName(shell, command);
}

}  // namespace

// devfs_rulesets_from_file FILE: `[name=N]` starts ruleset N (and sets $name
// to N), every other line is a rule of the current ruleset.
int DevfsRulesetsFromFile(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv) {
  const std::string file = Arg(argv, 1);
  const std::string rooted = UnderRoot(shell, file);
  if (!TestPath(shell, "-r", rooted)) {
    CallByName(shell, {"debug", "devfs_rulesets_from_file: " + file + " is not readable."});
    return 1;
  }
  std::string text;
  // Unreadable after all (a race): no lines, as after the shell's failed `<`.
  ReadShellFile(context, shell, rooted, &text);
  std::string current;
  for (const std::string& raw : ReadLoopLines(text)) {
    std::string line = TrimIfsWhitespace(shell, raw);
    if (line.empty() || line[0] == '#') continue;
    std::string name, number;
    if (ParseRulesetHeader(line, &name, &number)) {
      if (!IsDecimal(number)) {
        WarnByName(shell, "devfs_rulesets_from_file: bad ruleset number in " + file);
        return 1;
      }
      EvalText(shell, name + "=" + number);  // the name is not checked, as in the shell version
      if (Stopped(shell)) return shell.state().last_status;
      current = number;
      CallByName(shell, {"devfs", "rule", "-s", current, "delset"});
    } else {
      if (current.empty()) {
        WarnByName(shell, "devfs_rulesets_from_file: rule before a ruleset header in " + file);
        return 1;
      }
      std::vector<std::string> command = {"devfs", "rule", "-s", current};
      for (std::string& word : ExpandUnquoted(shell, line.substr(0, line.find('#'))))
        command.push_back(std::move(word));
      CallByName(shell, command);
    }
    if (Stopped(shell)) return shell.state().last_status;
  }
  return 0;
}

// devfs_init_rulesets: every file of $devfs_rulesets, once per shell.
int DevfsInitRulesets(RcSubrContext&, Shell& shell, std::vector<std::string>&) {
  if (!Var(shell, "_devfs_rulesets_done").empty()) return 0;
  for (const std::string& file : ExpandUnquoted(shell, Var(shell, "devfs_rulesets"))) {
    CallByName(shell, {"devfs_rulesets_from_file", file});
    if (Stopped(shell)) return shell.state().last_status;
  }
  shell.SetVar("_devfs_rulesets_done", "yes");
  return 0;
}

// devfs_set_ruleset NAME [DIR]
int DevfsSetRuleset(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  if (Arg(argv, 1).empty()) {
    WarnByName(shell, "devfs_set_ruleset: you must specify a ruleset number");
    return 1;
  }
  std::string number = RulesetNumber(shell, argv);
  if (Stopped(shell)) return shell.state().last_status;
  return RunDevfsOnMountPoint(shell, Arg(argv, 2), {"ruleset", number});
}

// devfs_apply_ruleset NAME [DIR]
int DevfsApplyRuleset(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  if (Arg(argv, 1).empty()) {
    WarnByName(shell, "devfs_apply_ruleset: you must specify a ruleset");
    return 1;
  }
  std::string number = RulesetNumber(shell, argv);
  if (Stopped(shell)) return shell.state().last_status;
  return RunDevfsOnMountPoint(shell, Arg(argv, 2), {"rule", "-s", number, "applyset"});
}

// devfs_domount DIR [RULESET]: mounts devfs on DIR (no already-mounted
// check) and, given a ruleset, loads the rulesets and applies that one.
int DevfsDomount(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  const std::string dir = Arg(argv, 1);
  const std::string ruleset = Arg(argv, 2);
  if (dir.empty()) {
    WarnByName(shell, "devfs_domount: you must specify a mount-point");
    return 1;
  }
  int mounted = CallByName(shell, {"mount", "-t", "devfs", "dev", dir});
  if (Stopped(shell)) return shell.state().last_status;
  if (mounted != 0) {
    WarnByName(shell, "Unable to mount devfs on " + dir);
    return 1;
  }
  if (ruleset.empty()) return 0;
  for (std::vector<std::string> call : {std::vector<std::string>{"devfs_init_rulesets"},
                                        std::vector<std::string>{"devfs_set_ruleset", ruleset, dir},
                                        std::vector<std::string>{"devfs", "-m", dir, "rule", "applyset"}}) {
    CallByName(shell, std::move(call));
    if (Stopped(shell)) return shell.state().last_status;
  }
  return 0;
}

}  // namespace rcsh::rcsubr
