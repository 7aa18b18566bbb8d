// Every function of rc.subr(8)'s catalogue (spec c.2) is native, and every
// function corpus/baseline/rc.subr defines is either native, one of the
// fallbacks the sourcing step defines, or a helper private to that file.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <set>

#include "rcsubr/rc_subr.h"
#include "support/corpus_files.h"
#include "support/test_paths.h"

namespace rcsh::rcsubr {
namespace {

// The catalogue, in its order (rcd-spec.md c.2).
const char* const kCatalogue[] = {
    "is_verified", "o_verify", "o_verify_set", "dot", "sdot", "vdot", "Exists", "have", "rc_log",
    "rc_trace", "list_vars", "set_rcvar", "set_rcvar_obsolete", "force_depend", "checkyesno",
    "reverse_list", "stop_boot", "mount_critical_filesystems", "check_pidfile", "check_process",
    "_find_processes", "sort_lite", "wait_for_pids", "get_pidfile_from_conf", "check_startmsgs",
    "startmsg", "run_rc_command", "_run_rc_offcmd", "_run_rc_precmd", "_run_rc_postcmd",
    "_run_rc_setup", "_run_rc_doit", "_run_rc_notrunning", "_run_rc_killcmd", "run_rc_script",
    "run_rc_scripts", "boottrace_fn", "load_rc_config", "load_rc_config_var", "rc_usage", "err",
    "warn", "info", "debug", "backup_file", "make_symlink", "devfs_rulesets_from_file",
    "devfs_init_rulesets", "devfs_set_ruleset", "devfs_apply_ruleset", "devfs_domount", "mount_md",
    "load_kld", "ltr", "geli_make_list", "root_hold_wait", "find_local_scripts_old",
    "find_local_scripts_new", "find_system_scripts", "check_required_before", "check_required_after",
    "check_jail", "check_kern_features", "check_namevarlist", "_echoonce"};

bool IsNative(const std::string& name) {
  const std::vector<std::string>& natives = NativeRcSubrFunctions();
  return std::find(natives.begin(), natives.end(), name) != natives.end();
}

TEST(NativeCatalogue, EveryCatalogueFunctionIsNative) {
  for (const char* name : kCatalogue) EXPECT_TRUE(IsNative(name)) << name;
}

TEST(NativeCatalogue, TheShellBaselineDefinesNothingElseOfThePublicInterface) {
  std::string text = testing::ReadFileOrDie(testing::SourceDir() + "/corpus/baseline/rc.subr");
  // Defined by the sourcing step only when missing (spec c.1).
  const std::set<std::string> fallbacks = {"DebugOn", "DebugOff", "safe_dot", "basename", "tty"};
  // Private to the shell baseline: how it roots paths and sorts without sort(1).
  const std::set<std::string> baseline_helpers = {"_rc_rootpath", "_rc_run_script", "_rc_root_rewrite",
                                                  "_sort_lite_key", "_sort_lite_lt"};
  int seen = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    // A definition line: optional indentation, NAME(), nothing else.
    size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || !line.ends_with("()")) continue;
    std::string name = line.substr(start, line.size() - start - 2);
    if (name.empty() || name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") !=
                            std::string::npos) {
      continue;
    }
    ++seen;
    EXPECT_TRUE(IsNative(name) || fallbacks.count(name) || baseline_helpers.count(name)) << name;
  }
  EXPECT_GT(seen, 70);
}

}  // namespace
}  // namespace rcsh::rcsubr
