// find_local_scripts_old, find_local_scripts_new and find_system_scripts of
// rc.subr(8): the scripts of the local_startup directories and of /etc/rc.d,
// listed in glob order under $RC_ROOT and reported by their logical paths.
// The shell version greps each file for a PROVIDE line; here the file is
// read instead (one spawn of grep saved per directory or file).
#include "rcsubr/rc_fs_expansion.h"
#include "rcsubr/rc_fs_lines.h"
#include "rcsubr/rc_fs_natives.h"
#include "rcsubr/rc_messages.h"

namespace rcsh::rcsubr {
namespace {

// `grep -q '^# PROVIDE:' FILE`; a file grep cannot read has no such line.
bool HasProvideLine(RcSubrContext& context, Shell& shell, const std::string& path) {
  std::string text;
  return ReadShellFile(context, shell, path, &text) && HasLineStarting(text, "# PROVIDE:");
}

// The directories of $local_startup that exist under the root, as
// {logical, rooted} pairs.
std::vector<std::pair<std::string, std::string>> LocalStartupDirectories(Shell& shell) {
  std::vector<std::pair<std::string, std::string>> dirs;
  for (const std::string& dir : ExpandUnquoted(shell, Var(shell, "local_startup"))) {
    std::string rooted = UnderRoot(shell, dir);
    if (TestPath(shell, "-d", rooted)) dirs.emplace_back(dir, rooted);
  }
  return dirs;
}

}  // namespace

// find_local_scripts_old: the legacy *.sh scripts without a PROVIDE line,
// digit-first names in $zlist, the others in $slist.
int FindLocalScriptsOld(RcSubrContext& context, Shell& shell, std::vector<std::string>&) {
  std::string zlist, slist;
  for (const auto& [dir, rooted] : LocalStartupDirectories(shell)) {
    for (auto [pattern, list] : {std::pair{"[0-9]*.sh", &zlist}, std::pair{"[!0-9]*.sh", &slist}}) {
      for (const std::string& file : GlobInDirectory(shell, rooted, pattern)) {
        if (!TestPath(shell, "-f", file) || HasProvideLine(context, shell, file)) continue;
        AppendWord(*list, dir + "/" + BaseName(file));
      }
    }
  }
  shell.SetVar("zlist", zlist);
  shell.SetVar("slist", slist);
  return 0;
}

// find_local_scripts_new: the executable scripts with a PROVIDE line into
// $local_rc (not *.sample, not *.pkgsave).
int FindLocalScriptsNew(RcSubrContext& context, Shell& shell, std::vector<std::string>&) {
  std::string local_rc;
  for (const auto& [dir, rooted] : LocalStartupDirectories(shell)) {
    // `for f in $(grep -l ...)`: grep's lines, then split and globbed.
    std::string listed;
    for (const std::string& file : GlobInDirectory(shell, rooted, "*")) {
      if (HasProvideLine(context, shell, file)) listed += file + "\n";
    }
    while (!listed.empty() && listed.back() == '\n') listed.pop_back();
    for (const std::string& file : ExpandUnquoted(shell, listed)) {
      if (file.ends_with(".sample") || file.ends_with(".pkgsave")) continue;
      if (TestPath(shell, "-x", file)) AppendWord(local_rc, dir + "/" + BaseName(file));
    }
  }
  shell.SetVar("local_rc", local_rc);
  return 0;
}

// find_system_scripts: the executable non-directories of /etc/rc.d (not
// *.pkgsave) into $system_rc.
int FindSystemScripts(RcSubrContext&, Shell& shell, std::vector<std::string>&) {
  std::string system_rc;
  for (const std::string& file : GlobInDirectory(shell, UnderRoot(shell, "/etc/rc.d"), "*")) {
    if (file.ends_with(".pkgsave")) continue;
    if (TestPath(shell, "-x", file) && !TestPath(shell, "-d", file)) AppendWord(system_rc, "/etc/rc.d/" + BaseName(file));
  }
  shell.SetVar("system_rc", system_rc);
  return 0;
}

}  // namespace rcsh::rcsubr
