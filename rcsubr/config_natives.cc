// The configuration part of rc.subr(8): load_rc_config and
// load_rc_config_var (rc_config_load.cc), the readers dot/vdot/sdot, Exists
// and o_verify* (rc_config_readers.cc), and here set_rcvar,
// set_rcvar_obsolete, list_vars, get_pidfile_from_conf, rc_usage and have.
#include <fcntl.h>
#include <unistd.h>

#include <optional>
#include <string_view>

#include "builtins/builtins.h"
#include "rcsubr/rc_config_load.h"
#include "rcsubr/rc_config_readers.h"
#include "rcsubr/rc_config_vars.h"
#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_natives.h"
#include "rcsubr/rc_shell_calls.h"
#include "shell/pattern.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {
namespace {

// VAR=value appended to a space-separated list variable.
void AppendToList(Shell& shell, const std::string& list, const std::string& word) {
  std::string value = Var(shell, list);
  shell.SetVar(list, value.empty() ? word : value + " " + word);
}

std::string Arg(const std::vector<std::string>& argv, size_t i) { return i < argv.size() ? argv[i] : ""; }

// set_rcvar [VAR [DEFVAL [DESC...]]]
int SetRcvar(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  if (argv.size() <= 2) {
    shell.Out((argv.size() == 1 ? Var(shell, "name") : argv[1]) + "_enable\n");
    return 0;
  }
  const std::string& var = argv[1];
  CallByName(shell, {"debug", "set_rcvar: $" + var + "=" + argv[2] + " is added as a rc.conf(5) variable."});
  AppendToList(shell, "rcvars", var);
  AssignByName(shell, var + "_defval", argv[2]);
  return AssignByName(shell, var + "_desc", JoinLikeStar(shell, argv, 3));
}

// set_rcvar_obsolete OLD [NEW [MSG...]]
int SetRcvarObsolete(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  if (argv.size() < 2) return 0;
  const std::string& var = argv[1];
  CallByName(shell, {"debug", "set_rcvar_obsolete: $" + var + "(old) -> $" + Arg(argv, 2) + "(new) is defined"});
  AppendToList(shell, "rcvars_obsolete", var);
  AssignByName(shell, var + "_newvar", Arg(argv, 2));
  return AssignByName(shell, var + "_obsolete_msg", JoinLikeStar(shell, argv, 3));
}

// list_vars PATTERN: the names of the set variables matching the glob, in
// the sorted order of `set`.
int ListVars(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  Pattern pattern = Pattern::Compile(Arg(argv, 1));
  std::string out;
  for (const auto& [name, variable] : shell.state().vars.Sorted()) {
    if (variable->set && builtins::IsValidName(name) && pattern.Matches(name)) out += name + "\n";
  }
  shell.Out(out);
  return 0;
}

// The pidfile of the first line of `text` that mentions `key` with no # or
// ; before it: "/" + what follows the line's first '/', up to a " or ;.
// Only complete lines count (`while read` drops an unterminated last line).
std::optional<std::string> PidfileInConfig(const std::string& text, const std::string& key) {
  size_t start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    std::string_view line(text.data() + start, end - start);
    size_t last = line.rfind(key);
    if (last == std::string_view::npos) continue;
    if (line.substr(0, last).find_first_of("#;") != std::string_view::npos) continue;
    size_t slash = line.find('/');
    std::string_view path = slash == std::string_view::npos ? line : line.substr(slash + 1);
    return "/" + std::string(path.substr(0, path.find_first_of("\";")));
  }
  return std::nullopt;
}

// get_pidfile_from_conf STRING FILE: sets _pidfile_from_conf.
int GetPidfileFromConf(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::string key = Arg(argv, 1), file = Arg(argv, 2);
  if (key.empty() || file.empty()) {
    CallByName(shell, {"err", "3", "USAGE: get_pidfile_from_conf string file (" + Var(shell, "name") + ")"});
    if (shell.flow() != Flow::kNone) return shell.state().last_status;
  }
  std::string rooted = UnderRoot(shell, file);
  if (!TestPath(shell, "-r", rooted)) return 1;
  int fd = shell.OpenAt(rooted, O_RDONLY);
  if (fd < 0) return 1;
  std::string text;
  char buffer[8192];
  for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<size_t>(n));
  close(fd);
  std::optional<std::string> pidfile = PidfileInConfig(text, key);
  if (!pidfile) return 1;
  shell.SetVar("_pidfile_from_conf", *pidfile);
  return 0;
}

// rc_usage WORD...: the usage line on stderr, then the script exits 1.
int RcUsage(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::string words;
  for (size_t i = 1; i < argv.size(); ++i) words += (i > 1 ? "|" : "") + argv[i];
  shell.Err("Usage: " + shell.state().arg0 + " [fast|force|one|quiet](" + words + ")\n");
  shell.Exit(1);
  return 1;
}

// have NAME: `type NAME >/dev/null 2>&1`
int Have(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  ScopedDiscard quiet(shell, {1, 2});
  return CallByName(shell, {"type", Arg(argv, 1)});
}

constexpr RcNative kNatives[] = {
    {"load_rc_config", LoadRcConfig},
    {"load_rc_config_var", LoadRcConfigVar},
    {"set_rcvar", SetRcvar},
    {"set_rcvar_obsolete", SetRcvarObsolete},
    {"o_verify", OVerify},
    {"o_verify_set", OVerifySet},
    {"dot", Dot},
    {"vdot", Vdot},
    {"sdot", Sdot},
    {"Exists", Exists},
    {"list_vars", ListVars},
    {"get_pidfile_from_conf", GetPidfileFromConf},
    {"rc_usage", RcUsage},
    {"have", Have},
};

}  // namespace

std::span<const RcNative> ConfigNatives() { return kNatives; }

}  // namespace rcsh::rcsubr
