// Which processes are "the daemon": the matching rules of rc.subr's
// `_find_processes PROCNAME INTERPRETER PSARGS` (spec c.2), answered from a
// ProcessTable instead of ps output. check_process is FindProcesses over the
// whole table, check_pidfile is CheckPidfile over the pid a pidfile names.
//
// The rules, as the baseline rc.subr (corpus/baseline/rc.subr) applies them
// to each `ps -o pid= -o jid= -o command=` line:
//  * only processes whose jail id is the wanted one (rc.subr's $JID) count;
//  * plain daemons (interpreter "."): the first space-separated word of the
//    command is PROCNAME, its basename B, "B:", "(B)" or "[B]";
//  * interpreted ones: PROCNAME's first line must be "#!" and its words
//    (after dropping a first word ending in "/bin/env") must start with
//    INTERPRETER; the command must then be exactly "WORDS PROCNAME" or start
//    with "WORDS PROCNAME ". Without a shebang or with another interpreter
//    there is a warning and nothing matches.
// The command is the arguments joined with spaces, trimmed of blanks at both
// ends (what `read` leaves of ps's column).
#pragma once

#include <sys/types.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rcsubr/process_table.h"

namespace rcsh::rcsubr {

/// Reads the first line of a file, without its newline, or nullopt if the
/// file cannot be read. The caller resolves the path (root prefix, working
/// directory); interpreted daemons are the only users.
using FirstLineReader = std::function<std::optional<std::string>(const std::string& path)>;

/// One `_find_processes PROCNAME INTERPRETER`, prepared once and applied to
/// every process of the table.
class ProcessMatcher {
 public:
  /// `interpreter` "." (or empty, as check_process and check_pidfile
  /// default it) means a plain daemon; `read_first_line` is used only
  /// otherwise, once, here, and may be empty for plain daemons.
  ProcessMatcher(const std::string& procname, const std::string& interpreter, int jail_id,
                 const FirstLineReader& read_first_line);

  /// True if `process` is one of the daemon's processes.
  bool Matches(const ProcessInfo& process) const;
  /// The warning rc.subr prints (through `warn`, which adds the script name
  /// and "WARNING: ") when the script's shebang line is missing or names
  /// another interpreter; nothing matches then.
  const std::optional<std::string>& warning() const { return warning_; }

 private:
  int jail_id_;
  bool matches_nothing_ = false;
  std::optional<std::string> warning_;
  // Interpreted daemon: the command is prefix_ or starts with prefix_ + ' '.
  bool interpreted_ = false;
  std::string prefix_;
  // Plain daemon: the accepted first words (PROCNAME, B, "B:", "(B)", "[B]").
  std::vector<std::string> argv0_forms_;
};

/// check_process PROCNAME [INTERPRETER]: the pids of every matching process
/// in `jail_id`, in increasing order. A warning, if any, is appended to
/// `warnings` (may be null).
std::vector<pid_t> FindProcesses(const ProcessTable& table, const std::string& procname,
                                 const std::string& interpreter, int jail_id,
                                 const FirstLineReader& read_first_line,
                                 std::vector<std::string>* warnings);

/// check_pidfile PIDFILE PROCNAME [INTERPRETER], given the pidfile's text:
/// its first word must be the decimal pid of a process in the table that
/// matches; nullopt otherwise. As in rc.subr, an empty pidfile answers
/// nothing before the script's shebang line is looked at, while a garbage
/// first word still produces the shebang warning. Only one plain decimal
/// number is accepted (ps -p would also take a comma-separated list).
std::optional<pid_t> CheckPidfile(std::string_view pidfile_text, const std::string& procname,
                                  const std::string& interpreter, int jail_id,
                                  const ProcessTable& table, const FirstLineReader& read_first_line,
                                  std::vector<std::string>* warnings);

}  // namespace rcsh::rcsubr
