// Running the built rcsh program from tests, with stdout and stderr merged.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <string>

#include "support/test_paths.h"

namespace rcsh::testing {

struct RcshRun {
  int status;
  std::string output;
};

/// Runs `rcsh ARGS 2>&1` through the shell; `args` is shell text.
inline RcshRun RunRcsh(const std::string& args) {
  std::string command = RcshBinary() + " " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string output;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
  int status = pclose(pipe);
  return {WEXITSTATUS(status), output};
}

}  // namespace rcsh::testing
