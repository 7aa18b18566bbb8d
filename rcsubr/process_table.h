// The process table that native check_pidfile, check_process and
// wait_for_pids answer from, instead of running ps(1) and parsing its output
// the way rc.subr's _find_processes does. LinuxProcessTable reads /proc;
// tests use FakeProcessTable (tests/support/fake_process_table.h).
#pragma once

#include <sys/types.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rcsh::rcsubr {

/// One process as `ps -ww -o pid= -o jid= -o command=` describes it.
struct ProcessInfo {
  pid_t pid = 0;
  /// The jail the process runs in; 0 is the host (always 0 off FreeBSD).
  int jail_id = 0;
  /// The arguments such that joining them with single spaces gives the text
  /// ps shows: a kernel thread is {"[comm]"}, a zombie {"<defunct>"}, and a
  /// process that rewrote its title (setproctitle) the title split on every
  /// space. Matching only ever looks at that joined text.
  std::vector<std::string> argv;
};

/// Read-only view of the system's processes. Implementations hold no cache:
/// every call looks at the current state, since daemons come and go between
/// the calls of one rc.d script.
class ProcessTable {
 public:
  virtual ~ProcessTable() = default;
  /// Every process (not thread), as `ps -ax` lists them, in no particular
  /// order. A process that exits while the table is read may be missing.
  virtual std::vector<ProcessInfo> List() const = 0;
  /// The process `pid`, as `ps -p PID` shows it (zombies included, as
  /// "<defunct>"); nullopt if there is none.
  virtual std::optional<ProcessInfo> Find(pid_t pid) const = 0;
  /// True while `pid` exists and has not exited: a zombie is not alive, so
  /// wait_for_pids stops waiting for a daemon that has ended even before its
  /// parent reaps it (pwait(1) returns at exit, not at reaping).
  virtual bool Alive(pid_t pid) const = 0;
};

/// The text ps shows for `argv`: the arguments joined with single spaces.
std::string CommandLine(const std::vector<std::string>& argv);

/// The running system's table: /proc on Linux, sysctl kern.proc on FreeBSD.
std::shared_ptr<const ProcessTable> MakeSystemProcessTable();

}  // namespace rcsh::rcsubr
