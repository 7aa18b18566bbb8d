#include "shell/shell.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

#include "builtins/builtin_table.h"
#include "shell/expander.h"
#include "shell/job_table.h"
#include "shell/parse_cache.h"
#include "shell/pattern.h"
#include "shell/signals.h"

namespace rcsh {
namespace {

// Lets the parser see the shell's aliases as they are when a command is read.
class StateAliases : public AliasResolver {
 public:
  explicit StateAliases(const ShellState& state) : state_(state) {}
  const std::string* FindAlias(const std::string& name) const override {
    auto it = state_.aliases.find(name);
    return it == state_.aliases.end() ? nullptr : &it->second;
  }

 private:
  const ShellState& state_;
};

constexpr int kMaxFunctionDepth = 1000;

}  // namespace

Shell::Shell(ShellState state, const ShellServices& services)
    : state_(std::move(state)), services_(services) {}

Shell::~Shell() = default;

// ---------------------------------------------------------------- source

int Shell::RunTopLevel(const CommandList& command, const SourceManager& sources, bool last, int status) {
  if (state_.options.verbose) Err(std::string(sources.slice(command.range)) + "\n");
  if (state_.options.noexec) return status;
  exec_candidate_ = nullptr;
  const CommandList::Item& final_item = command.items.back();
  // Only the outermost text (the -c string), never an eval or a dot file.
  if (exec_last_command && last && source_nesting_ == 1 && !final_item.background && final_item.command->kind == NodeKind::Simple &&
      !state_.traps[0]) {
    exec_candidate_ = static_cast<const SimpleCommand*>(final_item.command);
  }
  return ExecuteList(command);
}

int Shell::RunSource(const std::string& name, std::string text) {
  // Either the cached AST of the whole text, or (aliases in play, syntax
  // errors) one complete command at a time.
  std::shared_ptr<const ParsedProgram> cached;
  if (services_.parse_cache && state_.aliases.empty() && ParseCache::Cacheable(text)) {
    cached = services_.parse_cache->Get(name, text);
  }
  std::shared_ptr<ParsedUnit> unit = cached ? cached->unit : std::make_shared<ParsedUnit>();
  struct Nesting {
    int& depth;
    explicit Nesting(int& d) : depth(d) { ++depth; }
    ~Nesting() { --depth; }
  } nesting(source_nesting_);
  auto saved_unit = current_unit_;
  const SourceManager* saved_sources = current_sources;
  current_unit_ = unit;
  current_sources = &unit->sources;
  int status = 0;
  if (cached) {
    for (size_t i = 0; i < cached->commands.size() && flow_ == Flow::kNone; ++i) {
      status = RunTopLevel(*cached->commands[i], unit->sources, i + 1 == cached->commands.size(), status);
    }
  } else {
    BufferId buffer = unit->sources.add(name, std::move(text));
    DiagnosticList diagnostics;
    StateAliases aliases(state_);
    ScriptParser parser(unit->sources, buffer, unit->arena, diagnostics, &aliases);
    while (flow_ == Flow::kNone) {
      CommandList* command = nullptr;
      ScriptParser::Status parsed = parser.Next(&command);
      if (parsed == ScriptParser::Status::kEnd) break;
      if (parsed == ScriptParser::Status::kError) {
        for (const Diagnostic& d : diagnostics.items()) Err(RenderDiagnostic(unit->sources, d));
        status = 2;
        Exit(2);
        break;
      }
      status = RunTopLevel(*command, unit->sources, parser.AtEnd(), status);
    }
  }
  current_unit_ = saved_unit;
  current_sources = saved_sources;
  return flow_ == Flow::kExit ? state_.last_status : status;
}

int Shell::RunFile(const std::string& path, bool must_exist) {
  std::string text;
  int fd = OpenAt(path, O_RDONLY);
  if (fd < 0) {
    if (!must_exist) return 0;
    Error(path + ": " + std::strerror(errno));
    return 127;
  }
  char buffer[65536];
  ssize_t n;
  while ((n = read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<size_t>(n));
  close(fd);
  ++source_depth_;
  int status = RunSource(path, std::move(text));
  --source_depth_;
  return status;
}

void Shell::RunExitTrap() {
  if (exit_trap_done_ || !state_.traps[0]) return;
  exit_trap_done_ = true;
  std::string action = *state_.traps[0];
  state_.traps[0].reset();
  int status = state_.last_status;
  Flow saved = flow_;
  ClearFlow();
  RunSource("trap", action);
  // `exit N` inside the trap sets the final status; otherwise it is kept.
  if (flow_ != Flow::kExit) state_.last_status = status;
  flow_ = saved;
}

void Shell::RunPendingTraps() {
  if (!AnySignalPending()) return;
  for (int sig = 1; sig < kSignalCount; ++sig) {
    if (!TakePendingSignal(sig)) continue;
    if (!state_.traps[sig] || state_.traps[sig]->empty()) continue;
    int status = state_.last_status;
    RunSource("trap", *state_.traps[sig]);
    if (flow_ != Flow::kExit) state_.last_status = status;
  }
}

std::shared_ptr<const Pattern> Shell::PatternFor(const Word& word) {
  bool cacheable = current_unit_ != nullptr;
  for (const WordPart* part : word.parts) {
    if (part->kind == NodeKind::ParamExp || part->kind == NodeKind::CommandSub ||
        part->kind == NodeKind::ArithSub || part->kind == NodeKind::DoubleQuoted ||
        part->kind == NodeKind::Tilde) {
      cacheable = false;
    }
  }
  if (cacheable) {
    std::lock_guard<std::mutex> lock(current_unit_->pattern_mutex);
    auto it = current_unit_->patterns.find(&word);
    if (it != current_unit_->patterns.end()) return it->second;
  }
  std::string text;
  std::vector<bool> quoted;
  if (!WordExpander(*this).ExpandPattern(word, &text, &quoted)) return nullptr;
  auto pattern = std::make_shared<const Pattern>(Pattern::Compile(text, quoted));
  if (cacheable) {
    std::lock_guard<std::mutex> lock(current_unit_->pattern_mutex);
    current_unit_->patterns.emplace(&word, pattern);
  }
  return pattern;
}

// ---------------------------------------------------------------- subshells

int Shell::RunSubshell(const std::function<int(Shell&)>& body) {
  ShellState copy = state_;
  copy.subshell_depth++;
  // Traps are not inherited by subshells, except ignored signals (XCU 2.11).
  for (auto& trap : copy.traps) {
    if (trap && !trap->empty()) trap.reset();
  }
  copy.jobs.clear();
  Shell sub(std::move(copy), services_);
  sub.current_unit_ = current_unit_;
  sub.current_sources = current_sources;
  sub.current_range = current_range;
  sub.function_depth_ = function_depth_;
  sub.errexit_suppressed = errexit_suppressed;
  sub.loop_depth_ = 0;
  int status = body(sub);
  if (sub.flow_ == Flow::kExit || sub.flow_ == Flow::kReturn) status = sub.state_.last_status;
  sub.state_.last_status = status;
  sub.RunExitTrap();
  return status;
}

std::string Shell::CaptureOutput(const CommandList& list, int* status) {
  auto sink = OpenFile::MemorySink();
  *status = RunSubshell([&](Shell& sub) {
    sub.state_.fds.Set(1, sink);
    return sub.ExecuteList(list);
  });
  return sink->TakeContents();
}

int Shell::CallFunction(const ShellFunction& function, std::vector<std::string>& argv) {
  if (function_depth_ >= kMaxFunctionDepth) {
    FatalError(argv[0] + ": function calls nested too deeply (limit " +
               std::to_string(kMaxFunctionDepth) + ")");
    return 2;
  }
  auto saved_unit = current_unit_;
  const SourceManager* saved_sources = current_sources;
  current_unit_ = std::const_pointer_cast<ParsedUnit>(function.unit);
  current_sources = &function.unit->sources;
  int saved_loop_depth = loop_depth_;
  loop_depth_ = 0;
  int saved_line_base = function_line_base_;
  {
    // FreeBSD sh: $LINENO in a function counts from the line of its name.
    SourceRange at = function.unit->sources.outermost(function.definition->range);
    function_line_base_ = static_cast<int>(function.unit->sources.buffer(at.buffer).position(at.begin).line) - 1;
  }
  // No std::function here: deep recursion must not pay for an extra frame.
  std::vector<std::string> saved_positional = EnterFunctionFrame(std::vector<std::string>(argv.begin() + 1, argv.end()));
  int status = LeaveFunctionFrame(Execute(*function.definition->body), std::move(saved_positional));
  loop_depth_ = saved_loop_depth;
  function_line_base_ = saved_line_base;
  current_unit_ = saved_unit;
  current_sources = saved_sources;
  return status;
}

int Shell::RunInFunctionFrame(std::vector<std::string> positional, const std::function<int()>& body) {
  std::vector<std::string> saved_positional = EnterFunctionFrame(std::move(positional));
  return LeaveFunctionFrame(body(), std::move(saved_positional));
}

std::vector<std::string> Shell::EnterFunctionFrame(std::vector<std::string> positional) {
  std::vector<std::string> saved_positional = std::move(state_.positional);
  state_.positional = std::move(positional);
  state_.vars.PushScope();
  ++function_depth_;
  saved_options_.emplace_back();
  return saved_positional;
}

int Shell::LeaveFunctionFrame(int status, std::vector<std::string> saved_positional) {
  if (saved_options_.back()) state_.options = *saved_options_.back();
  saved_options_.pop_back();
  if (flow_ == Flow::kReturn) {
    ClearFlow();
    status = state_.last_status;
  } else if (flow_ == Flow::kBreak || flow_ == Flow::kContinue) {
    ClearFlow();
  }
  --function_depth_;
  state_.vars.PopScope();
  state_.positional = std::move(saved_positional);
  return status;
}

bool Shell::SaveOptionsForFunction() {
  if (saved_options_.empty()) return false;
  if (!saved_options_.back()) saved_options_.back() = state_.options;
  return true;
}

void Shell::Exit(int status) {
  state_.last_status = status;
  SetFlow(Flow::kExit);
}

// ---------------------------------------------------------------- output

bool Shell::Write(int fd, std::string_view text) {
  std::shared_ptr<OpenFile> file = state_.fds.Get(fd);
  if (!file) {
    errno = EBADF;
    return false;
  }
  if (file->Write(text)) return true;
  // A reader went away: a forked shell would die of SIGPIPE here.
  if (errno == EPIPE) Exit(128 + SIGPIPE);
  return false;
}

int Shell::current_line() const {
  if (!current_sources || !current_range.valid()) return 0;
  SourceRange range = current_sources->outermost(current_range);
  int line = static_cast<int>(current_sources->buffer(range.buffer).position(range.begin).line);
  return line - function_line_base_;
}

std::string Shell::Location() const {
  if (!current_sources || !current_range.valid()) return state_.arg0;
  SourceRange range = current_sources->outermost(current_range);
  const SourceBuffer& buffer = current_sources->buffer(range.buffer);
  return buffer.name() + ":" + std::to_string(buffer.position(range.begin).line);
}

void Shell::Error(const std::string& message) { Err(Location() + ": " + message + "\n"); }

void Shell::FatalError(const std::string& message, int status) {
  Error(message);
  if (special_errors_nonfatal > 0) {
    state_.last_status = status;
    return;
  }
  Exit(status);
}

bool Shell::SetVar(const std::string& name, std::string value) {
  if (!state_.vars.Set(name, std::move(value))) {
    Error(name + ": is read only");
    return false;
  }
  if (state_.options.allexport) state_.vars.SetExported(name, true);
  if (name == "PATH") state_.command_paths.clear();
  return true;
}

// ---------------------------------------------------------------- paths

std::string Shell::AbsolutePath(const std::string& path) const {
  if (!path.empty() && path[0] == '/') return path;
  std::string base = state_.cwd ? state_.cwd->logical : ".";
  if (base == "/") return "/" + path;
  return base + "/" + path;
}

int Shell::OpenAt(const std::string& path, int flags, mode_t mode) const {
  int dir = state_.cwd ? state_.cwd->fd : AT_FDCWD;
  // The shell's umask is virtual: applied here, the process umask being 0.
  int fd = openat(dir, path.c_str(), flags | O_CLOEXEC, mode & ~state_.umask);
  return fd < 0 ? -1 : OwnFd(fd);
}

namespace {

// The first PATH entry holding a regular file `name` that `access_mode` allows.
std::string SearchPath(const std::string& path, const std::string& name, int dir_fd, int access_mode) {
  size_t start = 0;
  for (;;) {
    size_t colon = path.find(':', start);
    std::string dir = path.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
    std::string candidate = dir.empty() ? name : dir + "/" + name;
    struct stat st;
    if (fstatat(dir_fd, candidate.c_str(), &st, 0) == 0 && S_ISREG(st.st_mode) &&
        faccessat(dir_fd, candidate.c_str(), access_mode, AT_EACCESS) == 0) {
      return candidate;
    }
    if (colon == std::string::npos) return "";
    start = colon + 1;
  }
}

}  // namespace

std::string Shell::FindInPath(const std::string& name, bool use_hash) {
  if (use_hash) {
    auto it = state_.command_paths.find(name);
    if (it != state_.command_paths.end()) return it->second;
  }
  std::string found = SearchPath(GetVarOr("PATH", "/usr/bin:/bin"), name, state_.cwd ? state_.cwd->fd : AT_FDCWD, X_OK);
  if (use_hash && !found.empty()) state_.command_paths[name] = found;
  return found;
}

std::string Shell::FindReadableInPath(const std::string& name) const {
  return SearchPath(GetVarOr("PATH", "/usr/bin:/bin"), name, state_.cwd ? state_.cwd->fd : AT_FDCWD, R_OK);
}

std::vector<std::string> Shell::ChildEnvironment(const std::vector<std::string>& extra) const {
  std::vector<std::string> env = state_.vars.ExportedEnvironment();
  for (const std::string& assignment : extra) {
    std::string prefix = assignment.substr(0, assignment.find('=') + 1);
    bool replaced = false;
    for (std::string& e : env) {
      if (e.compare(0, prefix.size(), prefix) == 0) {
        e = assignment;
        replaced = true;
        break;
      }
    }
    if (!replaced) env.push_back(assignment);
  }
  return env;
}

SpawnRequest Shell::MakeSpawnRequest(const std::string& path, const std::vector<std::string>& argv,
                                     const std::vector<std::string>& assignments) const {
  SpawnRequest request;
  request.path = path;
  request.argv = argv;
  request.env = ChildEnvironment(assignments);
  request.cwd_fd = state_.cwd ? state_.cwd->fd : -1;
  request.umask = state_.umask;
  for (int sig = 1; sig < kSignalCount; ++sig) {
    if (state_.traps[sig] && state_.traps[sig]->empty()) request.ignored_signals.push_back(sig);
  }
  return request;
}

int Shell::ExecReplacing(const std::string& path, const std::vector<std::string>& argv,
                         const std::vector<std::string>& assignments) {
  bool all_real = true;
  for (int fd = 0; fd < state_.fds.size(); ++fd) {
    std::shared_ptr<OpenFile> file = state_.fds.Get(fd);
    if (file && file->is_memory()) all_real = false;
  }
  if (services_.runner->replaces_process() && state_.subshell_depth == 0 && all_real) {
    SpawnRequest request = MakeSpawnRequest(path, argv, assignments);
    for (int fd = 0; fd < state_.fds.size(); ++fd) {
      if (std::shared_ptr<OpenFile> file = state_.fds.Get(fd)) request.fds.emplace_back(fd, file->os_fd());
    }
    int error = -services_.runner->ReplaceProcess(request);  // returns only on failure
    Error(argv[0] + ": " + std::strerror(error));
    Exit(error == ENOENT ? 127 : 126);
    return state_.last_status;
  }
  int status = RunExternal(path, argv, assignments, false);
  Exit(status);
  return status;
}

int Shell::RunExternal(const std::string& path, const std::vector<std::string>& argv,
                       const std::vector<std::string>& assignments, bool background) {
  SpawnRequest request = MakeSpawnRequest(path, argv, assignments);
  // Memory sinks (command substitution, embedding capture) reach the child
  // as pipes that are drained into the sink while it runs.
  struct Drain {
    int read_fd;
    std::shared_ptr<OpenFile> sink;
  };
  std::vector<Drain> drains;
  std::vector<int> write_ends;
  for (int fd = 0; fd < state_.fds.size(); ++fd) {
    std::shared_ptr<OpenFile> file = state_.fds.Get(fd);
    if (!file) continue;
    if (!file->is_memory()) {
      request.fds.emplace_back(fd, file->os_fd());
      continue;
    }
    int ends[2];
    if (background) {
      int null_fd = OpenAt("/dev/null", O_WRONLY);
      if (null_fd >= 0) {
        request.fds.emplace_back(fd, null_fd);
        write_ends.push_back(null_fd);
      }
      continue;
    }
    if (pipe2(ends, O_CLOEXEC) != 0) continue;
    int read_end = OwnFd(ends[0]);
    int write_end = OwnFd(ends[1]);
    drains.push_back({read_end, file});
    write_ends.push_back(write_end);
    request.fds.emplace_back(fd, write_end);
  }
  pid_t pid = services_.runner->Spawn(request);
  for (int fd : write_ends) close(fd);
  if (pid > 0) {
    std::vector<pollfd> polls;
    for (const Drain& d : drains) polls.push_back({d.read_fd, POLLIN, 0});
    size_t open_count = polls.size();
    char buffer[65536];
    while (open_count > 0) {
      if (poll(polls.data(), polls.size(), -1) < 0) {
        if (errno == EINTR) continue;
        break;
      }
      for (size_t i = 0; i < polls.size(); ++i) {
        if (polls[i].fd < 0 || !(polls[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        ssize_t n = read(polls[i].fd, buffer, sizeof buffer);
        if (n > 0) {
          drains[i].sink->Write(std::string_view(buffer, static_cast<size_t>(n)));
        } else if (n == 0 || errno != EINTR) {
          polls[i].fd = -1;
          --open_count;
        }
      }
    }
  }
  for (const Drain& d : drains) close(d.read_fd);
  if (pid < 0) {
    int error = -pid;
    if (error == ENOEXEC) {
      // A file without #! is a shell script: run it in a subshell (XCU 2.9.1.1).
      return RunSubshell([&](Shell& sub) {
        sub.state_.arg0 = path;
        sub.state_.positional.assign(argv.begin() + 1, argv.end());
        sub.state_.vars = state_.vars;
        return sub.RunFile(path);
      });
    }
    Error(argv[0] + ": " + std::strerror(error));
    return error == ENOENT ? 127 : 126;
  }
  if (background) {
    services_.jobs->AddProcess(pid);
    state_.last_background_pid = pid;
    return 0;
  }
  return services_.runner->Wait(pid);
}

}  // namespace rcsh
