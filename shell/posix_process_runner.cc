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

namespace {

// Everything the child touches, prepared before vfork: after it, the child
// may only make system calls (it shares the parent's memory until exec).
struct PreparedExec {
  explicit PreparedExec(const SpawnRequest& spawn) : request(spawn) {
    for (const std::string& a : spawn.argv) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    for (const std::string& e : spawn.env) envp.push_back(const_cast<char*>(e.c_str()));
    envp.push_back(nullptr);
    for (const auto& [target, source] : spawn.fds) {
      if (target >= 0 && target < 3) mapped[target] = true;
    }
    for (int sig : spawn.ignored_signals) {
      if (sig > 0 && sig < NSIG) ignored[sig] = true;
    }
    // Only signals with a handler of ours (or to be ignored) need a change:
    // the rest keep the disposition rcsh inherited.
    for (int sig = 1; sig < NSIG; ++sig) reset[sig] = IsCaught(sig) || ignored[sig];
    reset[SIGPIPE] = true;  // rcsh ignores SIGPIPE for its builtins; programs must not
  }

  // Applies the shell's virtual state to this process and executes the
  // program. Returns errno when that fails.
  int Apply() const {
    struct sigaction action = {};
    for (int sig = 1; sig < NSIG; ++sig) {
      if (!reset[sig] || sig == SIGKILL || sig == SIGSTOP) continue;
      action.sa_handler = ignored[sig] ? SIG_IGN : SIG_DFL;
      sigaction(sig, &action, nullptr);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    umask(request.umask);
    if (request.cwd_fd >= 0 && fchdir(request.cwd_fd) != 0) return errno;
    for (int fd = 0; fd < 3; ++fd) {
      if (!mapped[fd]) close(fd);
    }
    for (const auto& [target, source] : request.fds) {
      if (source == target) {
        fcntl(target, F_SETFD, 0);
      } else if (dup2(source, target) < 0) {
        return errno;
      }
    }
    execve(request.path.c_str(), argv.data(), envp.data());
    return errno;
  }

  const SpawnRequest& request;
  std::vector<char*> argv;
  std::vector<char*> envp;
  bool mapped[3] = {false, false, false};
  bool ignored[NSIG] = {};
  bool reset[NSIG] = {};
};

}  // namespace

pid_t PosixProcessRunner::Spawn(const SpawnRequest& request) {
  PreparedExec prepared(request);
  volatile int child_errno = 0;
  pid_t pid = vfork();
  if (pid == 0) {
    child_errno = prepared.Apply();
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

int PosixProcessRunner::ReplaceProcess(const SpawnRequest& request) {
  if (!allow_replace_) return ProcessRunner::ReplaceProcess(request);
  PreparedExec prepared(request);
  return -prepared.Apply();
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
