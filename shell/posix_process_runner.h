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
  /// `allow_replace`: ReplaceProcess may execve in this process (the rcsh
  /// program); otherwise it behaves like Spawn + Wait.
  explicit PosixProcessRunner(bool allow_replace = false) : allow_replace_(allow_replace) {}
  pid_t Spawn(const SpawnRequest& request) override;
  int ReplaceProcess(const SpawnRequest& request) override;
  bool replaces_process() const override { return allow_replace_; }
  int Wait(pid_t pid) override;
  bool Poll(pid_t pid, int* status) override;

 private:
  bool allow_replace_;
};

/// The shell status of a waitpid() status.
int ShellStatusFromWait(int wait_status);

}  // namespace rcsh
