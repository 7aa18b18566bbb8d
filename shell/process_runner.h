// Starting and waiting for external programs: the one place the interpreter
// creates processes. PosixProcessRunner does it for real (vfork + exec, no
// copy of the interpreter); tests and the replay benchmark substitute their own.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace rcsh {

struct SpawnRequest {
  std::string path;               // the executable (absolute, or relative to cwd_fd)
  std::vector<std::string> argv;  // argv[0] included
  std::vector<std::string> env;   // NAME=value
  /// The child's descriptors: child fd `first` gets a copy of our fd `second`.
  /// Child fds 0-2 not listed are closed.
  std::vector<std::pair<int, int>> fds;
  int cwd_fd = -1;                 // directory to start in; -1 = the process's cwd
  mode_t umask = 022;
  std::vector<int> ignored_signals;  // signals the child starts with ignored
};

class ProcessRunner {
 public:
  virtual ~ProcessRunner() = default;
  /// Starts the program. Returns its pid, or -errno when it could not be
  /// executed (ENOENT, EACCES, ENOEXEC, ...); no process remains then.
  virtual pid_t Spawn(const SpawnRequest& request) = 0;
  /// Waits for `pid`; returns its status the shell way: the exit code, or
  /// 128 + the signal number that killed it.
  virtual int Wait(pid_t pid) = 0;
  /// Non-blocking wait: true and `*status` set if `pid` has ended.
  virtual bool Poll(pid_t pid, int* status) = 0;
  /// Replaces the current process with the program (`exec` in the rcsh
  /// program, never in an embedding). Returns -errno only if that failed.
  /// The default starts a child and waits: the status, for runners that
  /// must not replace anything.
  virtual int ReplaceProcess(const SpawnRequest& request) {
    pid_t pid = Spawn(request);
    return pid < 0 ? pid : Wait(pid);
  }
  /// True if ReplaceProcess really replaces the process.
  virtual bool replaces_process() const { return false; }
};

}  // namespace rcsh
