// The natives of filesystem_natives.cc's table that live in their own files:
// the devfs ruleset functions (rc_fs_devfs.cc) and the script finders
// (rc_fs_scripts.cc). Same signature as every RcNativeFunction.
#pragma once

#include <string>
#include <vector>

#include "rcsubr/rc_context.h"
#include "rcsubr/rc_shell_calls.h"

namespace rcsh::rcsubr {

// ---- small pieces the three files share

/// "$N" of a native's argv ("" past the end, like an unset parameter).
inline std::string Arg(const std::vector<std::string>& argv, size_t n) { return n < argv.size() ? argv[n] : ""; }

/// `warn MESSAGE` by name, so that a site's own warn wins.
inline void WarnByName(Shell& shell, const std::string& message) { CallByName(shell, {"warn", message}); }

/// list="${list}${list:+ }$word" (an empty word still adds the space).
inline void AppendWord(std::string& list, const std::string& word) { list += (list.empty() ? "" : " ") + word; }

/// True once shell code a native ran did `exit` (or `return`): stop at once.
inline bool Stopped(const Shell& shell) { return shell.flow() != Flow::kNone; }

// ---- the natives

int DevfsRulesetsFromFile(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
int DevfsInitRulesets(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
int DevfsSetRuleset(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
int DevfsApplyRuleset(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
int DevfsDomount(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);

int FindLocalScriptsOld(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
int FindLocalScriptsNew(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
int FindSystemScripts(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);

}  // namespace rcsh::rcsubr
