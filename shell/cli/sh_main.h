// `rcsh [options] [-c command [name [arg ...]] | script [arg ...]]`: the
// POSIX sh command line (XCU sh), run through the embedding API.
#pragma once

#include <string>
#include <vector>

namespace rcsh {

/// Runs the shell for the given arguments (argv without the program name);
/// returns the exit status.
int RunShellCommandLine(const std::vector<std::string>& args);

}  // namespace rcsh
