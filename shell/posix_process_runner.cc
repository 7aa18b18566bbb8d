#include "shell/posix_process_runner.h"

#include "shell/signals.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

namespace rcsh {

int ShellStatusFromWait(int wait_status) {
  if (WIFEXITED(wait_status)) return WEXITSTATUS(wait_status);
  if (WIFSIGNALED(wait_status)) return 128 + WTERMSIG(wait_status);
  return 1;
}

pid_t PosixProcessRunner::Spawn(const SpawnRequest& request) {
  // Everything the child touches is prepared before vfork: the child may only
  // make system calls and write `child_errno` (shared memory until exec).
  std::vector<char*> argv;
  for (const std::string& a : request.argv) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (const std::string& e : request.env) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);
  bool mapped[3] = {false, false, false};
  for (const auto& [target, source] : request.fds) {
    if (target >= 0 && target < 3) mapped[target] = true;
  }
  // Only signals with a handler of ours (or to be ignored) need a change in
  // the child: the rest keep the disposition rcsh inherited.
  bool ignored[NSIG] = {};
  bool reset[NSIG] = {};
  for (int sig : request.ignored_signals) {
    if (sig > 0 && sig < NSIG) ignored[sig] = true;
  }
  for (int sig = 1; sig < NSIG; ++sig) reset[sig] = IsCaught(sig) || ignored[sig];
  reset[SIGPIPE] = true;  // rcsh ignores SIGPIPE for its builtins; children must not
  const char* path = request.path.c_str();
  volatile int child_errno = 0;

  pid_t pid = vfork();
  if (pid == 0) {
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    for (int sig = 1; sig < NSIG; ++sig) {
      if (!reset[sig] || sig == SIGKILL || sig == SIGSTOP) continue;
      action.sa_handler = ignored[sig] ? SIG_IGN : SIG_DFL;
      sigaction(sig, &action, nullptr);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    umask(request.umask);
    if (request.cwd_fd >= 0 && fchdir(request.cwd_fd) != 0) {
      child_errno = errno;
      _exit(127);
    }
    for (int fd = 0; fd < 3; ++fd) {
      if (!mapped[fd]) close(fd);
    }
    for (const auto& [target, source] : request.fds) {
      if (source == target) {
        fcntl(target, F_SETFD, 0);
      } else if (dup2(source, target) < 0) {
        child_errno = errno;
        _exit(127);
      }
    }
    execve(path, argv.data(), envp.data());
    child_errno = errno;
    _exit(127);
  }
  if (pid < 0) return -errno;
  if (child_errno != 0) {
    int status;
    waitpid(pid, &status, 0);
    return -child_errno;
  }
  return pid;
}

int PosixProcessRunner::Wait(pid_t pid) {
  int status = 0;
  for (;;) {
    pid_t r = waitpid(pid, &status, 0);
    if (r == pid) return ShellStatusFromWait(status);
    if (r < 0 && errno != EINTR) return 127;
  }
}

bool PosixProcessRunner::Poll(pid_t pid, int* status) {
  int wait_status = 0;
  pid_t r = waitpid(pid, &wait_status, WNOHANG);
  if (r == pid) {
    *status = ShellStatusFromWait(wait_status);
    return true;
  }
  if (r < 0) {
    *status = 127;
    return true;
  }
  return false;
}

}  // namespace rcsh
