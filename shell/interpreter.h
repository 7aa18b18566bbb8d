// The embedding API: everything a C++ program needs to run shell scripts
// in-process. Several Interpreters may live in one process; none touches the
// process's own file descriptors, working directory or umask.
//
//   rcsh::Interpreter sh({.capture_output = true});
//   sh.SetVariable("name", "world");
//   int status = sh.RunString("echo hello $name");
//   std::string out = sh.TakeStdout();   // "hello world\n"
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rcsh {

class Shell;
class ProcessRunner;

class Interpreter {
 public:
  struct Options {
    /// Collect stdout and stderr in memory (TakeStdout/TakeStderr) instead
    /// of writing to the process's fds 1 and 2.
    bool capture_output = false;
    /// Start with the process environment, exported.
    bool inherit_environment = true;
    /// $0.
    std::string arg0 = "rcsh";
    /// The initial working directory; empty: the process's.
    std::string working_directory;
    /// `exec` may replace the whole process (the rcsh program sets this; an
    /// embedding must not).
    bool allow_process_replace = false;
    /// Where external commands are started; null: the real PosixProcessRunner.
    ProcessRunner* runner = nullptr;
  };

  explicit Interpreter(Options options);
  Interpreter() : Interpreter(Options{}) {}
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  void SetVariable(const std::string& name, const std::string& value, bool exported = false);
  std::optional<std::string> GetVariable(const std::string& name) const;
  void SetPositional(std::vector<std::string> args);

  /// A native command. It receives the shell and argv (argv[0] = name).
  using NativeBuiltin = std::function<int(Shell& shell, std::vector<std::string>& argv)>;
  void RegisterBuiltin(const std::string& name, NativeBuiltin builtin, bool special = false);

  /// Called by `.` with each path before it is read; returning true means
  /// the hook handled it (status in *status) and nothing is read.
  using SourceHook = std::function<bool(Shell& shell, const std::string& path, int* status)>;
  void SetSourceHook(SourceHook hook);

  /// Runs shell text; `name` appears in messages. Returns the exit status.
  int RunString(const std::string& text, const std::string& name = "rcsh");
  /// Runs a script file with $0 = path and the given arguments.
  int RunFile(const std::string& path, std::vector<std::string> args = {});
  /// Runs the script read from `path` as if it were `arg0` ($0 and the name
  /// in messages): how `rcsh --root DIR /etc/rc.d/foo` runs DIR/etc/rc.d/foo.
  int RunFileAs(const std::string& path, const std::string& arg0, std::vector<std::string> args);
  /// Ends the shell: runs the EXIT trap (once) and returns the final status.
  /// The destructor does this too.
  int Finish();
  /// True once the script ran `exit` (later runs do nothing).
  bool exited() const;
  int exit_status() const;

  std::string TakeStdout();
  std::string TakeStderr();

  /// The shell itself, for native builtins and tools built on the API.
  Shell& shell();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rcsh
