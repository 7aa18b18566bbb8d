// A running shell: the evaluator of the AST over one ShellState. A subshell
// is another Shell over a copy of the state (no fork); pipeline stages and
// background jobs are Shells on their own threads. Control flow (break,
// continue, return, exit) is a value in `flow_`, never an exception.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "shell/process_runner.h"
#include "shell/shell_state.h"

namespace rcsh {

class Shell;
class BuiltinTable;
class Pattern;
class JobTable;

/// A builtin: argv[0] is its name. Returns the exit status.
using BuiltinFunction = std::function<int(Shell& shell, std::vector<std::string>& argv)>;

/// Collaborators shared by a shell and all its subshells.
class ParseCache;
struct ParsedProgram;

struct ShellServices {
  ProcessRunner* runner = nullptr;
  const BuiltinTable* builtins = nullptr;
  JobTable* jobs = nullptr;
  ParseCache* parse_cache = nullptr;  // optional
  /// Consulted by `.` before reading a file: returns true when it handled
  /// the file natively (how `. /etc/rc.subr` binds the native rc.subr).
  std::function<bool(Shell& shell, const std::string& path, int* status)> source_hook;
};

enum class Flow { kNone, kBreak, kContinue, kReturn, kExit };

class Shell {
 public:
  Shell(ShellState state, const ShellServices& services);
  ~Shell();
  Shell(const Shell&) = delete;
  Shell& operator=(const Shell&) = delete;

  ShellState& state() { return state_; }
  const ShellServices& services() const { return services_; }
  void SetSourceHook(decltype(ShellServices::source_hook) hook) { services_.source_hook = std::move(hook); }

  /// For the rcsh program's `-c`: the last command of the string, when it
  /// is a simple command naming a program, replaces the shell (like dash).
  bool exec_last_command = false;

  // ---- running source
  /// Parses and runs `text` one complete command at a time. `name` is used
  /// in messages. Returns the status of the last command.
  int RunSource(const std::string& name, std::string text);
  /// Runs a file's commands in this shell (the `.` builtin, the script itself).
  int RunFile(const std::string& path, bool must_exist = true);
  /// Runs the EXIT trap if one is set (once).
  void RunExitTrap();

  // ---- evaluation
  int Execute(const Command& command);
  int ExecuteList(const CommandList& list);
  /// Runs `body` in a subshell: a copy of this shell's state. `exit` in it
  /// ends only the subshell. Returns its status.
  int RunSubshell(const std::function<int(Shell&)>& body);
  /// Runs `list` in a subshell with stdout captured; trailing newlines kept.
  std::string CaptureOutput(const CommandList& list, int* status);
  /// Calls a shell function with arguments argv[1..].
  int CallFunction(const ShellFunction& function, std::vector<std::string>& argv);
  /// Runs native code as a function body: `positional` as $1..., a scope for
  /// `local`, `local -` and `return` honoured, all restored afterwards (how
  /// native rc.subr functions give eval'ed methods the frame they expect).
  int RunInFunctionFrame(std::vector<std::string> positional, const std::function<int()>& body);
  /// Runs a builtin or function or external command by argv (used by
  /// `command`, `eval`-free dispatch and rc.subr natives).
  int RunCommandArgv(std::vector<std::string>& argv, bool allow_functions);

  // ---- control flow
  Flow flow() const { return flow_; }
  void SetFlow(Flow flow, int levels = 1) {
    flow_ = flow;
    flow_levels_ = levels;
  }
  int flow_levels() const { return flow_levels_; }
  void ClearFlow() { flow_ = Flow::kNone; }
  /// Ends this shell (or subshell) with `status` after the current command.
  void Exit(int status);
  int loop_depth() const { return loop_depth_; }
  /// `local -`: the options are restored when the current function returns.
  bool SaveOptionsForFunction();
  int function_depth() const { return function_depth_; }
  bool in_sourced_file() const { return source_depth_ > 0; }

  // ---- output and errors
  bool Write(int fd, std::string_view text);
  void Out(std::string_view text) { Write(1, text); }
  void Err(std::string_view text) { Write(2, text); }
  /// "script:line: message\n" on stderr.
  void Error(const std::string& message);
  /// An error that ends a non-interactive shell (special builtin errors,
  /// expansion errors): prints, then Exit(status).
  void FatalError(const std::string& message, int status = 2);
  /// Inside `command`: special builtin errors do not end the shell.
  int special_errors_nonfatal = 0;
  /// The script name and line of the command being run.
  std::string Location() const;
  int current_line() const;

  // ---- variables
  const std::string* GetVar(const std::string& name) const { return state_.vars.Get(name); }
  /// Assigns, honouring readonly (error message, false) and `set -a`.
  bool SetVar(const std::string& name, std::string value);
  std::string GetVarOr(const std::string& name, const std::string& fallback) const {
    const std::string* v = GetVar(name);
    return v ? *v : fallback;
  }

  // ---- paths and processes
  /// Resolves `path` against the working directory when relative.
  std::string AbsolutePath(const std::string& path) const;
  /// Opens `path` relative to the working directory (close-on-exec, owned).
  int OpenAt(const std::string& path, int flags, mode_t mode = 0666) const;
  /// Finds `name` on PATH (honouring the hash table); "" if not found.
  std::string FindInPath(const std::string& name, bool use_hash = true);
  /// Finds a readable regular file `name` on PATH, as `.` does.
  std::string FindReadableInPath(const std::string& name) const;
  /// The environment block for a child process, with `extra` NAME=value
  /// assignments on top.
  std::vector<std::string> ChildEnvironment(const std::vector<std::string>& extra) const;
  /// Spawns argv as an external program with this shell's fds, cwd, umask;
  /// waits unless `background`; returns the status (or the pid if background).
  int RunExternal(const std::string& path, const std::vector<std::string>& argv,
                  const std::vector<std::string>& assignments, bool background);
  /// `exec`: replaces the process with the program when this is the
  /// top-level shell of the rcsh program and its fds are all real; else runs
  /// it as a child and ends this (sub)shell with its status.
  int ExecReplacing(const std::string& path, const std::vector<std::string>& argv,
                    const std::vector<std::string>& assignments);
  /// The compiled pattern of `word` (case items, ${x#pattern}). Words
  /// without expansions are compiled once and cached in their ParsedUnit.
  /// Null after an expansion error.
  std::shared_ptr<const Pattern> PatternFor(const Word& word);
  /// Runs pending trap actions for caught signals.
  void RunPendingTraps();

  /// The status of the last command substitution of the current command.
  int last_substitution_status = 0;
  /// True while evaluating a condition (if/while/&&/||/!): set -e is off.
  int errexit_suppressed = 0;
  /// The source range of the command being run (for LINENO and messages).
  SourceRange current_range;
  const SourceManager* current_sources = nullptr;

 private:
  // A function call's frame: positional parameters, `local` scope, `local -`.
  std::vector<std::string> EnterFunctionFrame(std::vector<std::string> positional);
  int LeaveFunctionFrame(int status, std::vector<std::string> saved_positional);
  /// Runs one complete command read at the top of a source text; `last`:
  /// nothing follows it (the exec-without-fork candidate of -c).
  int RunTopLevel(const CommandList& command, const SourceManager& sources, bool last, int status);
  int ExecuteSimple(const SimpleCommand& command);
  int ExecutePipeline(const PipelineCommand& pipeline);
  int ExecuteAndOr(const AndOrCommand& and_or);
  int ExecuteIf(const IfCommand& command);
  int ExecuteLoop(const LoopCommand& command);
  int ExecuteFor(const ForCommand& command);
  int ExecuteCase(const CaseCommand& command);
  int ExecuteBackground(const Command& command);
  int ExecuteCompound(const Command& command);
  void CheckErrexit(int status);

  ShellState state_;
  ShellServices services_;
  Flow flow_ = Flow::kNone;
  int flow_levels_ = 0;
  int loop_depth_ = 0;
  int function_depth_ = 0;
  int source_depth_ = 0;
  bool background_next_ = false;
  int source_nesting_ = 0;  // RunSource calls in progress (eval, ., traps)
  /// The simple command that ends a `-c` string: run with exec, no fork.
  const SimpleCommand* exec_candidate_ = nullptr;
  SpawnRequest MakeSpawnRequest(const std::string& path, const std::vector<std::string>& argv,
                                const std::vector<std::string>& assignments) const;
  int function_line_base_ = 0;  // LINENO counts from the function's first line
  /// Per active function call: options saved by `local -`.
  std::vector<std::optional<ShellOptions>> saved_options_;  // the next external command does not wait
  bool exit_trap_done_ = false;
  std::shared_ptr<ParsedUnit> current_unit_;
};

}  // namespace rcsh
