// `$(command args...)` for native rc.subr code: the output of a command run
// by name, so that a program (date, mount) is still spawned with the same
// arguments the shell rc.subr gives it and a replay trace sees the call.
#pragma once

#include <string>
#include <vector>

#include "shell/shell.h"

namespace rcsh::rcsubr {

/// What `argv` writes on stdout when run in a subshell (function, builtin or
/// PATH program, like CallByName), with the trailing newlines removed as a
/// command substitution removes them. stderr is the caller's.
std::string CaptureCall(Shell& shell, std::vector<std::string> argv);

}  // namespace rcsh::rcsubr
