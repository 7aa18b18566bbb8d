// Runs a function in a forked child and returns the text it produced, for
// tests that must change process-wide state (resource limits, user ids)
// without affecting the test binary.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <functional>
#include <string>

namespace rcsh::testing {

/// Forks, runs `body` in the child and returns what it returned; "<child
/// failed>" when the child died or could not be started. The child leaves
/// with _exit, so no test teardown or atexit handler runs twice.
inline std::string RunInChild(const std::function<std::string()>& body) {
  int fds[2];
  if (pipe(fds) != 0) return "<child failed>";
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return "<child failed>";
  }
  if (pid == 0) {
    close(fds[0]);
    std::string out = body();
    const char* p = out.data();
    size_t left = out.size();
    while (left > 0) {
      ssize_t n = write(fds[1], p, left);
      if (n <= 0) _exit(1);
      p += n;
      left -= static_cast<size_t>(n);
    }
    _exit(0);
  }
  close(fds[1]);
  std::string out;
  char buffer[4096];
  ssize_t n;
  while ((n = read(fds[0], buffer, sizeof buffer)) > 0) out.append(buffer, static_cast<size_t>(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return "<child failed>";
  return out;
}

}  // namespace rcsh::testing
