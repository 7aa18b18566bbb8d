// The word expansions the filesystem part of rc.subr leans on, done without
// parsing shell text: an unquoted `$list` (field splitting AND pathname
// expansion, unlike SplitFields) and a `"$dir"/PATTERN` loop over a
// directory. Both go through the shell's own glob code, so the order and the
// dotfile rules are exactly those of `*` in rcsh.
#pragma once

#include <string>
#include <vector>

#include "shell/shell.h"

namespace rcsh::rcsubr {

/// The words of an unquoted `$value` in a command or a for list: IFS
/// splitting, then each field globbed against the shell's working directory
/// (kept as it is when nothing matches or `set -f` is on).
std::vector<std::string> ExpandUnquoted(Shell& shell, const std::string& value);

/// The words of `"$dir"/PATTERN`: the sorted matches, or the word itself
/// when nothing matches (a `for` loop then sees the unexpanded word).
std::vector<std::string> GlobInDirectory(Shell& shell, const std::string& dir,
                                         const std::string& pattern);

/// ${path##*/}.
std::string BaseName(const std::string& path);

}  // namespace rcsh::rcsubr
