// `$( ... )` for native code: what a command prints, captured the way a
// command substitution captures it.
#pragma once

#include <functional>
#include <string>

#include "shell/shell.h"

namespace rcsh::rcsubr {

/// Runs `body` in a subshell of `shell` with its stdout captured; returns
/// the text without its trailing newlines. `*status` (if given) gets the
/// subshell's status.
std::string CommandOutput(Shell& shell, const std::function<int(Shell&)>& body, int* status = nullptr);

}  // namespace rcsh::rcsubr
