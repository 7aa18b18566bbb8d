// Variable operations rc.subr's configuration functions write with eval:
// `eval "${var}_defval=\$2"` and `"$*"` joins.
#pragma once

#include <string>
#include <vector>

#include "shell/shell.h"

namespace rcsh::rcsubr {

/// `eval "NAME=\$value"`: an assignment when NAME is a valid name; otherwise,
/// as with eval, the word runs as a command (and fails: not found).
int AssignByName(Shell& shell, const std::string& name, const std::string& value);

/// `$*` in an assignment: argv[first..] joined by the first character of
/// $IFS (a space when IFS is unset, nothing when it is empty).
std::string JoinLikeStar(const Shell& shell, const std::vector<std::string>& argv, size_t first);

}  // namespace rcsh::rcsubr
