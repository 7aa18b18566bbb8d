// The process table of a FreeBSD system, from sysctl(3): kern.proc.proc for
// the processes (struct kinfo_proc: pid, ki_jid, ki_stat, ki_comm) and
// kern.proc.args.PID for their argument strings (a process that called
// setproctitle(3) answers with its title). Jail ids are real, so
// _find_processes' JID filter works as with `ps -o jid=`. Compiled on
// FreeBSD only; Linux uses linux_process_table.
#pragma once

#ifdef __FreeBSD__

#include "rcsubr/process_table.h"

namespace rcsh::rcsubr {

/// Asks the kernel on every call (no cache).
class FreeBsdProcessTable : public ProcessTable {
 public:
  std::vector<ProcessInfo> List() const override;
  std::optional<ProcessInfo> Find(pid_t pid) const override;
  bool Alive(pid_t pid) const override;
};

}  // namespace rcsh::rcsubr

#endif  // __FreeBSD__
