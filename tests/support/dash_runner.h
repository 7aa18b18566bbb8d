// Runs dash with an argument vector (no shell quoting involved) and captures
// its stdout and exit status, so builtin tests can check that their
// expectations are also dash's where dash and FreeBSD sh agree. Header-only.
#pragma once

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <optional>
#include <string>
#include <vector>

extern char** environ;

namespace rcsh::testing {

/// What dash printed on stdout and its exit status (stderr is discarded:
/// dash words its diagnostics differently from FreeBSD sh).
struct DashOutcome {
  std::string out;
  int status = 0;
};

/// The dash binary, or nullopt when it is not installed.
inline std::optional<std::string> FindDashBinary() {
  for (const char* path : {"/bin/dash", "/usr/bin/dash", "/usr/local/bin/dash"}) {
    if (access(path, X_OK) == 0) return std::string(path);
  }
  return std::nullopt;
}

/// Runs `dash args...` (for instance {"-c", "printf \"$@\"", "printf", "%d", "1"});
/// nullopt when dash is missing or cannot be started.
inline std::optional<DashOutcome> RunDash(const std::vector<std::string>& args) {
  std::optional<std::string> dash = FindDashBinary();
  if (!dash) return std::nullopt;
  int out_pipe[2];
  if (pipe(out_pipe) != 0) return std::nullopt;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addclose(&actions, out_pipe[0]);
  posix_spawn_file_actions_addclose(&actions, out_pipe[1]);
  std::vector<char*> argv;
  argv.push_back(dash->data());
  std::vector<std::string> copies = args;  // posix_spawn wants char*, not const char*
  for (std::string& arg : copies) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t pid;
  int spawned = posix_spawn(&pid, dash->c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out_pipe[1]);
  if (spawned != 0) {
    close(out_pipe[0]);
    return std::nullopt;
  }
  DashOutcome outcome;
  char buffer[4096];
  ssize_t n;
  while ((n = read(out_pipe[0], buffer, sizeof buffer)) > 0) outcome.out.append(buffer, n);
  close(out_pipe[0]);
  int wait_status = 0;
  waitpid(pid, &wait_status, 0);
  outcome.status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : 128 + WTERMSIG(wait_status);
  return outcome;
}

}  // namespace rcsh::testing
