// The process table of a Linux system, read from /proc. This is what rcsh
// uses when it runs rc.d scripts on Linux (the corpus worlds, the tests).
//
// On FreeBSD the same interface is answered by freebsd_process_table.h;
// MakeSystemProcessTable (process_table.h) picks the one for the platform.
#pragma once

#include <string>

#include "rcsubr/process_table.h"

namespace rcsh::rcsubr {

/// Reads /proc/<pid>/{cmdline,stat,comm} on every call (no cache). Every
/// process gets jail id 0: Linux has no jails, and rc.subr's JID is 0 there.
class LinuxProcessTable : public ProcessTable {
 public:
  /// `proc_root` is where procfs is mounted; tests point it at a directory
  /// tree that imitates it.
  explicit LinuxProcessTable(std::string proc_root = "/proc");

  std::vector<ProcessInfo> List() const override;
  std::optional<ProcessInfo> Find(pid_t pid) const override;
  bool Alive(pid_t pid) const override;

 private:
  std::string proc_root_;
};

}  // namespace rcsh::rcsubr
