// Spawning a program with an exact argument vector and environment (no shell
// quoting), in a given directory, with stdout and stderr captured apart:
// how the rc.subr tests run dash and the rcsh program on a test world
// (support/rc_program_runner.h).
#pragma once

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/scoped_temp_dir.h"

namespace rcsh::testing {

struct SpawnResult {
  int status = -1;  // -1: could not be started
  std::string out, err;
};

/// Runs argv[0] (a path) with `env` as its whole environment, in `dir`,
/// stdin from /dev/null; waits for it.
inline SpawnResult SpawnCapture(std::vector<std::string> args, std::vector<std::string> env,
                                const std::string& dir) {
  ScopedTempDir capture;
  std::string out_file = capture.Child("out"), err_file = capture.Child("err");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addchdir_np(&actions, dir.c_str());
  std::vector<char*> argv, envp;
  for (std::string& arg : args) argv.push_back(arg.data());
  for (std::string& var : env) envp.push_back(var.data());
  argv.push_back(nullptr);
  envp.push_back(nullptr);
  SpawnResult result;
  pid_t pid;
  if (posix_spawn(&pid, args[0].c_str(), &actions, nullptr, argv.data(), envp.data()) == 0) {
    int wait_status = 0;
    waitpid(pid, &wait_status, 0);
    result.status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : 128 + WTERMSIG(wait_status);
  }
  posix_spawn_file_actions_destroy(&actions);
  result.out = capture.Read("out");
  result.err = capture.Read("err");
  return result;
}

}  // namespace rcsh::testing
