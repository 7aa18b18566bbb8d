#include "shell/interpreter.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "builtins/builtin_table.h"
#include "shell/job_table.h"
#include "shell/parse_cache.h"
#include "shell/posix_process_runner.h"
#include "shell/shell.h"

extern char** environ;

namespace rcsh {

struct Interpreter::Impl {
  std::unique_ptr<PosixProcessRunner> posix_runner;
  std::unique_ptr<JobTable> jobs;
  ParseCache parse_cache;
  BuiltinTable builtins = BuiltinTable::Standard();
  std::shared_ptr<OpenFile> stdout_sink;
  std::shared_ptr<OpenFile> stderr_sink;
  std::unique_ptr<Shell> shell;
  bool exited = false;
};

namespace {

ShellState InitialState(const Interpreter::Options& options) {
  ShellState state;
  if (options.inherit_environment) {
    for (char** env = environ; *env; ++env) {
      std::string entry = *env;
      size_t eq = entry.find('=');
      if (eq == std::string::npos || eq == 0) continue;
      std::string name = entry.substr(0, eq);
      state.vars.Set(name, entry.substr(eq + 1));
      state.vars.SetExported(name, true);
    }
  }
  state.vars.Set("IFS", " \t\n");
  state.vars.Set("PS1", "$ ");
  state.vars.Set("PS2", "> ");
  state.vars.Set("PS4", "+ ");
  state.vars.Set("OPTIND", "1");
  state.vars.Set("PPID", std::to_string(getppid()));
  if (!state.vars.Get("PATH")) state.vars.Set("PATH", "/sbin:/bin:/usr/sbin:/usr/bin");
  state.arg0 = options.arg0;
  state.shell_pid = getpid();
  mode_t mask = umask(0);
  umask(mask);
  state.umask = mask;
  const std::string& start = options.working_directory;
  int cwd_fd = OwnFd(open(start.empty() ? "." : start.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  std::string logical;
  const std::string* pwd = start.empty() ? state.vars.Get("PWD") : &start;
  struct stat a, b;
  if (pwd && (*pwd)[0] == '/' && stat(pwd->c_str(), &a) == 0 && fstat(cwd_fd, &b) == 0 &&
      a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
    logical = *pwd;
  } else if (!start.empty() && start[0] == '/') {
    logical = start;
  } else {
    char buffer[4096];
    logical = getcwd(buffer, sizeof buffer) ? buffer : "/";
  }
  state.vars.Set("PWD", logical);
  state.cwd = std::make_shared<WorkingDirectory>(cwd_fd, logical);
  return state;
}

}  // namespace

Interpreter::Interpreter(Options options) : impl_(std::make_unique<Impl>()) {
  // A builtin writing into a closed pipe must fail with EPIPE, not kill the
  // host process: SIGPIPE is ignored process-wide (children get it back).
  struct sigaction current = {};
  if (sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL) signal(SIGPIPE, SIG_IGN);
  impl_->posix_runner = std::make_unique<PosixProcessRunner>(options.allow_process_replace);
  ProcessRunner* runner = options.runner ? options.runner : impl_->posix_runner.get();
  impl_->jobs = std::make_unique<JobTable>(*runner);
  ShellState state = InitialState(options);
  for (int fd = 0; fd < 3; ++fd) {
    if (options.capture_output && fd > 0) continue;
    int owned = fcntl(fd, F_DUPFD_CLOEXEC, kFirstOwnedFd);
    if (owned >= 0) state.fds.Set(fd, OpenFile::FromOwnedFd(owned));
  }
  if (options.capture_output) {
    impl_->stdout_sink = OpenFile::MemorySink();
    impl_->stderr_sink = OpenFile::MemorySink();
    state.fds.Set(1, impl_->stdout_sink);
    state.fds.Set(2, impl_->stderr_sink);
  }
  ShellServices services;
  services.runner = runner;
  services.builtins = &impl_->builtins;
  services.jobs = impl_->jobs.get();
  services.parse_cache = &impl_->parse_cache;
  impl_->shell = std::make_unique<Shell>(std::move(state), services);
}

Interpreter::~Interpreter() { Finish(); }

int Interpreter::Finish() {
  Shell& shell = *impl_->shell;
  shell.RunExitTrap();
  impl_->exited = true;
  return shell.state().last_status;
}

void Interpreter::SetVariable(const std::string& name, const std::string& value, bool exported) {
  impl_->shell->state().vars.Set(name, value);
  if (exported) impl_->shell->state().vars.SetExported(name, true);
}

std::optional<std::string> Interpreter::GetVariable(const std::string& name) const {
  const std::string* value = impl_->shell->GetVar(name);
  return value ? std::optional<std::string>(*value) : std::nullopt;
}

void Interpreter::SetPositional(std::vector<std::string> args) {
  impl_->shell->state().positional = std::move(args);
}

void Interpreter::SetSourceHook(SourceHook hook) {
  // Services are shared by value with subshells created later.
  impl_->shell->SetSourceHook(std::move(hook));
}

void Interpreter::RegisterBuiltin(const std::string& name, NativeBuiltin builtin, bool special) {
  impl_->builtins.Add(name, std::move(builtin), special);
}

int Interpreter::RunString(const std::string& text, const std::string& name) {
  if (impl_->exited) return impl_->shell->state().last_status;
  Shell& shell = *impl_->shell;
  int status = shell.RunSource(name, text);
  if (shell.flow() == Flow::kExit || shell.flow() == Flow::kReturn) {
    impl_->exited = true;
    shell.RunExitTrap();
    status = shell.state().last_status;
  }
  shell.state().last_status = status;
  return status;
}

int Interpreter::RunFile(const std::string& path, std::vector<std::string> args) {
  return RunFileAs(path, path, std::move(args));
}

int Interpreter::RunFileAs(const std::string& path, const std::string& arg0, std::vector<std::string> args) {
  Shell& shell = *impl_->shell;
  shell.state().arg0 = arg0;
  shell.state().positional = std::move(args);
  int fd = shell.OpenAt(path, O_RDONLY);
  if (fd < 0) {
    shell.Err(shell.state().arg0 + ": cannot open " + path + ": " + std::strerror(errno) + "\n");
    shell.state().last_status = 127;
    impl_->exited = true;
    return 127;
  }
  std::string text;
  char buffer[65536];
  ssize_t n;
  while ((n = read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<size_t>(n));
  close(fd);
  return RunString(text, arg0);
}

bool Interpreter::exited() const { return impl_->exited; }
int Interpreter::exit_status() const { return impl_->shell->state().last_status; }

std::string Interpreter::TakeStdout() { return impl_->stdout_sink ? impl_->stdout_sink->TakeContents() : ""; }
std::string Interpreter::TakeStderr() { return impl_->stderr_sink ? impl_->stderr_sink->TakeContents() : ""; }

Shell& Interpreter::shell() { return *impl_->shell; }

}  // namespace rcsh
