// The read-only questions rc.subr asks the system by running a tool and
// reading its answer: `$SYSCTL_N MIB`, `kenv -q NAME`, `kldstat -q -m
// MODULE` and `$IDCMD` (id -un). Natives ask them here, so that the answer
// can come from a system call where the platform has one (saving a spawn)
// and from a fake in tests.
//
// The rule for the native answer: only when the platform really answers
// (id -un: getpwuid everywhere; sysctl, kenv and kldstat on FreeBSD only)
// AND no root prefix is in use. Under $RC_ROOT the question is a test
// world's, and its stand-in tools must answer it, so the tool runs exactly
// as rc.subr runs it (same path, same arguments, same redirections).
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>

namespace rcsh {
class Shell;
}

namespace rcsh::rcsubr {

class SystemQueries {
 public:
  virtual ~SystemQueries() = default;
  /// `$($SYSCTL_N MIB 2>/dev/null)`: the value without trailing newlines,
  /// "" for an unknown MIB.
  virtual std::string SysctlValue(Shell& shell, const std::string& mib) = 0;
  /// `$SYSCTL_N -q MIB >/dev/null 2>&1` succeeds: the MIB exists.
  virtual bool SysctlExists(Shell& shell, const std::string& mib) = 0;
  /// `kenv -q NAME` (stderr discarded): the value, or nullopt when the
  /// kernel environment has no such name.
  virtual std::optional<std::string> Kenv(Shell& shell, const std::string& name) = 0;
  /// `kldstat -q -m MODULE` succeeds: the module is in the kernel.
  virtual bool KldModuleLoaded(Shell& shell, const std::string& module) = 0;
  /// `$(eval "$IDCMD")`: the effective user's name ("" when there is no id).
  virtual std::string CurrentUserName(Shell& shell) = 0;
  /// How many programs were not started because the answer was native.
  virtual uint64_t spawns_saved() const { return 0; }
};

/// Always runs the tools, as the shell rc.subr does: $SYSCTL_N and $IDCMD
/// as rc.subr set them (or their rc.subr defaults under $RC_ROOT when
/// unset), kenv and kldstat looked up on $PATH (functions first, as a
/// simple command would).
class ToolSystemQueries : public SystemQueries {
 public:
  std::string SysctlValue(Shell& shell, const std::string& mib) override;
  bool SysctlExists(Shell& shell, const std::string& mib) override;
  std::optional<std::string> Kenv(Shell& shell, const std::string& name) override;
  bool KldModuleLoaded(Shell& shell, const std::string& module) override;
  std::string CurrentUserName(Shell& shell) override;
};

/// The system's own answer where the platform has one and $RC_ROOT is
/// empty, else ToolSystemQueries'. Thread-safe (natives run on pipeline
/// threads): the only state is the atomic spawn counter.
class PosixSystemQueries : public ToolSystemQueries {
 public:
  std::string SysctlValue(Shell& shell, const std::string& mib) override;
  bool SysctlExists(Shell& shell, const std::string& mib) override;
  std::optional<std::string> Kenv(Shell& shell, const std::string& name) override;
  bool KldModuleLoaded(Shell& shell, const std::string& module) override;
  std::string CurrentUserName(Shell& shell) override;
  uint64_t spawns_saved() const override { return spawns_saved_.load(std::memory_order_relaxed); }

 private:
  void CountSaved() { spawns_saved_.fetch_add(1, std::memory_order_relaxed); }
  std::atomic<uint64_t> spawns_saved_{0};
};

}  // namespace rcsh::rcsubr
