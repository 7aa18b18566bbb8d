// Everything one shell (or subshell) owns. A subshell is a copy of this
// struct: nothing has to be undone when it ends, and no process is forked.
#pragma once

#include <sys/types.h>

#include <array>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "shell/fd_table.h"
#include "shell/parser.h"
#include "shell/variables.h"

namespace rcsh {

/// `set` options. Letters as in $-.
struct ShellOptions {
  bool allexport = false;  // -a
  bool noclobber = false;  // -C
  bool errexit = false;    // -e
  bool noglob = false;     // -f
  bool noexec = false;     // -n
  bool nounset = false;    // -u
  bool verbose = false;    // -v
  bool xtrace = false;     // -x
  bool verify = false;     // -o verify (FreeBSD; accepted, no veriexec here)
  bool pipefail = false;   // -o pipefail
  bool physical = false;   // -o physical (FreeBSD): cd and pwd resolve symlinks
  bool interactive = false;

  /// The letters for $-.
  std::string Flags() const;
  /// Sets the option named by a letter; false if unknown.
  bool SetByLetter(char letter, bool on);
  /// Sets the option named by its long name (`set -o name`); false if unknown.
  bool SetByName(const std::string& name, bool on);
  /// name/value pairs for `set -o` listing.
  std::vector<std::pair<const char*, bool>> List() const;
};

/// The working directory: a descriptor (every path operation is relative to
/// it) and the logical path that $PWD and `pwd -L` show.
struct WorkingDirectory {
  WorkingDirectory(int descriptor, std::string path) : fd(descriptor), logical(std::move(path)) {}
  ~WorkingDirectory();
  WorkingDirectory(const WorkingDirectory&) = delete;
  WorkingDirectory& operator=(const WorkingDirectory&) = delete;
  int fd;
  std::string logical;
};

/// A parsed piece of source (a file, a -c string, an eval argument) kept
/// alive while any function defined in it exists.
class Pattern;
struct ParsedUnit {
  SourceManager sources;
  AstArena arena;
  /// Case patterns without expansions, compiled once per word (words live
  /// as long as the unit, so the pointer is a safe key).
  mutable std::mutex pattern_mutex;
  mutable std::unordered_map<const Word*, std::shared_ptr<const Pattern>> patterns;
};

struct ShellFunction {
  const FunctionDef* definition = nullptr;
  std::shared_ptr<const ParsedUnit> unit;
};

inline constexpr int kSignalCount = 65;

struct ShellState {
  VariableStore vars;
  std::vector<std::string> positional;  // $1...
  std::string arg0;                     // $0
  std::unordered_map<std::string, ShellFunction> functions;
  std::unordered_map<std::string, std::string> aliases;
  ShellOptions options;
  /// Trap actions by signal number (0 = EXIT); nullopt = default.
  std::array<std::optional<std::string>, kSignalCount> traps;
  std::shared_ptr<WorkingDirectory> cwd;
  mode_t umask = 022;
  FdTable fds;
  int last_status = 0;
  pid_t last_background_pid = 0;
  pid_t shell_pid = 0;  // $$: the top-level shell's pid, unchanged in subshells
  /// Remembered command locations (`hash`).
  std::unordered_map<std::string, std::string> command_paths;
  int subshell_depth = 0;
  /// getopts: position inside the current option cluster (e.g. -abc).
  size_t getopts_offset = 0;
  /// Background jobs started by this shell, oldest first.
  std::vector<pid_t> jobs;
};

}  // namespace rcsh
