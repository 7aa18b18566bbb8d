// The real ProcessRunner. Children are started with vfork + execve: the
// interpreter's memory is never copied (a fork of a large parent costs
// milliseconds, this costs what posix_spawn does), and the child applies the
// interpreter's virtual state — fd table, working directory, umask, signal
// dispositions — before exec.
#pragma once

#include "shell/process_runner.h"

namespace rcsh {

class PosixProcessRunner : public ProcessRunner {
 public:
  pid_t Spawn(const SpawnRequest& request) override;
  int Wait(pid_t pid) override;
  bool Poll(pid_t pid, int* status) override;
};

/// The shell status of a waitpid() status.
int ShellStatusFromWait(int wait_status);

}  // namespace rcsh
