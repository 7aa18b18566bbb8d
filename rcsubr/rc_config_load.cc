#include "rcsubr/rc_config_load.h"

#include <fcntl.h>

#include <optional>

#include "builtins/builtins.h"
#include "rcsubr/rc_config_vars.h"
#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_shell_calls.h"
#include "shell/pathname_expansion.h"
#include "shell/posix_directory_reader.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {
namespace {

// The reader: load_rc_config_reader, overridden by -s / -v. Removes the
// option from `args`.
std::string SelectReader(Shell& shell, std::vector<std::string>& args) {
  std::string reader = Var(shell, "load_rc_config_reader");
  if (reader.empty()) reader = "dot";
  if (reader != "dot" && reader != "sdot" && reader != "vdot") {
    CallByName(shell, {"warn", "Ignoring invalid load_rc_config_reader"});
    reader = "dot";
  }
  if (!args.empty() && (args[0] == "-s" || args[0] == "--safe")) {
    reader = "sdot";
    args.erase(args.begin());
  } else if (!args.empty() && (args[0] == "-v" || args[0] == "--verify")) {
    reader = "vdot";
    args.erase(args.begin());
  }
  return reader;
}

// `${_rc_conf_loaded:-false}` used as a command: its words are run (true
// and false are builtins), and an empty command succeeds.
bool GlobalFilesLoaded(Shell& shell) {
  std::string flag = Var(shell, "_rc_conf_loaded");
  std::vector<std::string> words = SplitFields(shell, flag.empty() ? "false" : flag);
  return words.empty() || CallByName(shell, words) == 0;
}

// `type NAME >/dev/null 2>&1`
bool IsCommand(Shell& shell, const std::string& name) {
  ScopedDiscard quiet(shell, {1, 2});
  return CallByName(shell, {"type", name}) == 0;
}

bool Stopped(const Shell& shell) { return shell.flow() != Flow::kNone; }

// The defaults file and source_rc_confs, or else /etc/rc.conf alone.
void ReadGlobalFiles(Shell& shell, const std::string& reader) {
  if (TestPath(shell, "-r", UnderRoot(shell, "/etc/defaults/rc.conf"))) {
    CallByName(shell, {reader, "/etc/defaults/rc.conf"});
    if (Stopped(shell)) return;
    if (IsCommand(shell, "source_rc_confs")) CallByName(shell, {"source_rc_confs"});
  } else if (TestPath(shell, "-r", UnderRoot(shell, "/etc/rc.conf"))) {
    CallByName(shell, {reader, "/etc/rc.conf"});
  }
  if (Stopped(shell)) return;
  shell.SetVar("_rc_conf_loaded", "true");
}

// `"$dir"/*` in glob order; the pattern itself when nothing matches (or
// under set -f), as the shell loop would see it.
std::vector<std::string> DirectoryEntries(Shell& shell, const std::string& dir) {
  std::string pattern = dir + "/*";
  if (shell.state().options.noglob) return {pattern};
  std::vector<bool> quoted(pattern.size(), true);
  quoted.back() = false;
  PosixDirectoryReader reader(shell.state().cwd ? shell.state().cwd->fd : AT_FDCWD);
  std::vector<std::string> matches = ExpandPathname(pattern, quoted, reader);
  if (matches.empty()) matches.push_back(pattern);
  return matches;
}

// D/rc.conf.d/NAME for /etc and each local_startup directory (minus a
// trailing /rc.d): the file, or every regular file of the directory.
void ReadServiceFiles(Shell& shell, const std::string& reader, const std::string& name) {
  std::vector<std::string> dirs = {"/etc"};
  for (std::string& dir : SplitFields(shell, Var(shell, "local_startup"))) dirs.push_back(std::move(dir));
  for (std::string dir : dirs) {
    if (dir.ends_with("/rc.d")) dir.resize(dir.size() - 5);
    std::string logical = dir + "/rc.conf.d/" + name;
    std::string rooted = UnderRoot(shell, logical);
    if (TestPath(shell, "-f", rooted)) {
      CallByName(shell, {reader, logical});
      if (Stopped(shell)) return;
    } else if (TestPath(shell, "-d", rooted)) {
      for (const std::string& entry : DirectoryEntries(shell, rooted)) {
        if (!TestPath(shell, "-f", entry)) continue;
        CallByName(shell, {reader, logical + "/" + entry.substr(entry.rfind('/') + 1)});
        if (Stopped(shell)) return;
      }
    }
  }
}

// VAR=VAR_defval for each set_rcvar variable (and $rcvar) left empty.
// Names that are not valid never get a default: the shell version's
// `$a-b` expands to something non-empty.
void ApplyDefaults(Shell& shell) {
  std::vector<std::string> vars = SplitFields(shell, Var(shell, "rcvar"));
  for (std::string& var : SplitFields(shell, Var(shell, "rcvars"))) vars.push_back(std::move(var));
  for (const std::string& var : vars) {
    if (!builtins::IsValidName(var)) continue;
    std::string defval = Var(shell, var + "_defval");
    if (!defval.empty() && Var(shell, var).empty()) shell.SetVar(var, defval);
  }
}

// For each set_rcvar_obsolete variable that has a value: copy it to the new
// name and warn.
void ApplyObsolete(Shell& shell) {
  for (const std::string& var : SplitFields(shell, Var(shell, "rcvars_obsolete"))) {
    if (!builtins::IsValidName(var)) continue;
    std::string value = Var(shell, var);
    if (value.empty()) continue;
    std::string message = Var(shell, var + "_obsolete_msg");
    std::string new_var = Var(shell, var + "_newvar");
    if (new_var.empty()) {
      message = "Ignored.";
    } else {
      AssignByName(shell, new_var, value);
      if (message.empty()) message = "Use $" + new_var + " instead.";
    }
    CallByName(shell, {"warn", "$" + var + " is obsolete.  " + message});
    if (Stopped(shell)) return;
  }
}

}  // namespace

int LoadRcConfig(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::vector<std::string> args(argv.begin() + 1, argv.end());
  std::string reader = SelectReader(shell, args);
  if (Stopped(shell)) return shell.state().last_status;
  std::string name = args.empty() ? "" : args[0];
  CallByName(shell, {"DebugOn", "rc:" + name, name});
  if (Stopped(shell)) return shell.state().last_status;
  if (!GlobalFilesLoaded(shell)) ReadGlobalFiles(shell, reader);
  if (Stopped(shell)) return shell.state().last_status;
  if (!name.empty()) ReadServiceFiles(shell, reader, name);
  if (Stopped(shell)) return shell.state().last_status;
  ApplyDefaults(shell);
  ApplyObsolete(shell);
  return 0;
}

int LoadRcConfigVar(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  if (argv.size() != 3) {
    CallByName(shell, {"err", "3", "USAGE: load_rc_config_var name var"});
    if (Stopped(shell)) return shell.state().last_status;
  }
  std::string name = argv.size() > 1 ? argv[1] : "";
  std::string var = argv.size() > 2 ? argv[2] : "";
  if (!builtins::IsValidName(var)) return 0;
  std::optional<std::string> value;
  shell.RunSubshell([&](Shell& sub) {
    {
      ScopedDiscard quiet(sub, {1, 2});
      CallByName(sub, {"load_rc_config", name});
    }
    if (Stopped(sub)) return sub.state().last_status;
    if (const std::string* set = sub.GetVar(var)) value = *set;
    return 0;
  });
  if (!value) return 0;
  // The shell version passes the value through a command substitution.
  while (!value->empty() && value->back() == '\n') value->pop_back();
  return shell.SetVar(var, *value) ? 0 : 1;
}

}  // namespace rcsh::rcsubr
