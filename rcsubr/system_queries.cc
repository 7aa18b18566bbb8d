#include "rcsubr/system_queries.h"

#include <pwd.h>
#include <unistd.h>

#include <vector>

#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_shell_calls.h"
#include "shell/shell.h"

#ifdef __FreeBSD__
#include <sys/param.h>
#include <sys/kenv.h>
#include <sys/linker.h>
#include <sys/module.h>
#include <sys/sysctl.h>

#include <cerrno>
#include <cstring>
#endif

namespace rcsh::rcsubr {
namespace {

// ---- the platform's own answers; nullopt: only the tool can answer.

struct NativeReading {
  bool found = false;
  std::string value;
};

#ifdef __FreeBSD__
// What `sysctl -n MIB` prints for the scalar and string types; other types
// (nodes, opaque structures, temperatures, arrays) are left to the tool.
std::optional<NativeReading> ReadSysctl(const std::string& name) {
  int mib[CTL_MAXNAME];
  size_t mib_length = CTL_MAXNAME;
  if (sysctlnametomib(name.c_str(), mib, &mib_length) != 0) {
    if (errno == ENOENT) return NativeReading{};
    return std::nullopt;
  }
  // {0, 4, MIB...} is the kernel's "oidfmt": the kind word, then the format.
  int format_query[CTL_MAXNAME + 2] = {0, 4};
  std::memcpy(format_query + 2, mib, mib_length * sizeof(int));
  char format[BUFSIZ];
  size_t format_length = sizeof format;
  if (sysctl(format_query, static_cast<u_int>(mib_length + 2), format, &format_length, nullptr, 0) != 0 ||
      format_length < sizeof(u_int) + 1)
    return std::nullopt;
  u_int kind;
  std::memcpy(&kind, format, sizeof kind);
  std::string format_text(format + sizeof kind, strnlen(format + sizeof kind, format_length - sizeof kind));
  if (format_text.starts_with("IK")) return std::nullopt;  // printed converted to Celsius
  size_t size = 0;
  if (sysctl(mib, static_cast<u_int>(mib_length), nullptr, &size, nullptr, 0) != 0) return std::nullopt;
  std::vector<char> data(size + 1);
  if (sysctl(mib, static_cast<u_int>(mib_length), data.data(), &size, nullptr, 0) != 0) return std::nullopt;
  auto scalar = [&]<typename T>(T) -> std::optional<NativeReading> {
    if (size != sizeof(T)) return std::nullopt;
    T number;
    std::memcpy(&number, data.data(), sizeof number);
    return NativeReading{true, std::to_string(number)};
  };
  switch (kind & CTLTYPE) {
    case CTLTYPE_INT: return scalar(int{});
    case CTLTYPE_UINT: return scalar(u_int{});
    case CTLTYPE_LONG: return scalar(long{});
    case CTLTYPE_ULONG: return scalar(u_long{});
    case CTLTYPE_S64: return scalar(int64_t{});
    case CTLTYPE_U64: return scalar(uint64_t{});
    case CTLTYPE_STRING: return NativeReading{true, std::string(data.data(), strnlen(data.data(), size))};
    default: return std::nullopt;
  }
}

std::optional<NativeReading> ReadKenv(const std::string& name) {
  char value[KENV_MVALLEN + 1];
  if (kenv(KENV_GET, name.c_str(), value, sizeof value) >= 0) return NativeReading{true, value};
  if (errno == ENOENT) return NativeReading{};
  return std::nullopt;
}

// kldstat -m asks modfind(2).
std::optional<bool> ModuleLoaded(const std::string& module) {
  if (modfind(module.c_str()) >= 0) return true;
  if (errno == ENOENT) return false;
  return std::nullopt;
}
#else
std::optional<NativeReading> ReadSysctl(const std::string&) { return std::nullopt; }
std::optional<NativeReading> ReadKenv(const std::string&) { return std::nullopt; }
std::optional<bool> ModuleLoaded(const std::string&) { return std::nullopt; }
#endif

std::optional<std::string> EffectiveUserName() {
  struct passwd entry;
  struct passwd* found = nullptr;
  char buffer[4096];
  if (getpwuid_r(geteuid(), &entry, buffer, sizeof buffer, &found) != 0 || found == nullptr)
    return std::nullopt;
  return std::string(found->pw_name);
}

// ---- running the tools as rc.subr does

bool RootPrefixed(const Shell& shell) { return !Var(shell, "RC_ROOT").empty(); }

// $SYSCTL_N split into words, then `extra`.
std::vector<std::string> SysctlCommand(const Shell& shell, std::vector<std::string> extra) {
  const std::string* set = shell.GetVar("SYSCTL_N");
  std::vector<std::string> argv = SplitFields(shell, set ? *set : UnderRoot(shell, "/sbin/sysctl") + " -n");
  argv.insert(argv.end(), extra.begin(), extra.end());
  return argv;
}

}  // namespace

std::string ToolSystemQueries::SysctlValue(Shell& shell, const std::string& mib) {
  return CaptureStdout(shell, [&](Shell& sub) {
    ScopedDiscard quiet(sub, {2});
    return CallByName(sub, SysctlCommand(sub, {mib}));
  });
}

bool ToolSystemQueries::SysctlExists(Shell& shell, const std::string& mib) {
  ScopedDiscard quiet(shell, {1, 2});
  return CallByName(shell, SysctlCommand(shell, {"-q", mib})) == 0;
}

std::optional<std::string> ToolSystemQueries::Kenv(Shell& shell, const std::string& name) {
  int status = 0;
  std::string value = CaptureStdout(
      shell,
      [&](Shell& sub) {
        ScopedDiscard quiet(sub, {2});
        return CallByName(sub, {"kenv", "-q", name});
      },
      &status);
  if (status != 0) return std::nullopt;
  return value;
}

bool ToolSystemQueries::KldModuleLoaded(Shell& shell, const std::string& module) {
  return CallByName(shell, {"kldstat", "-q", "-m", module}) == 0;
}

std::string ToolSystemQueries::CurrentUserName(Shell& shell) {
  const std::string* set = shell.GetVar("IDCMD");
  std::string id = UnderRoot(shell, "/usr/bin/id");
  std::string command = set ? *set : "if [ -x " + id + " ]; then " + id + " -un; fi";
  return CaptureStdout(shell, [&](Shell& sub) { return EvalText(sub, command); });
}

std::string PosixSystemQueries::SysctlValue(Shell& shell, const std::string& mib) {
  if (!RootPrefixed(shell)) {
    if (std::optional<NativeReading> reading = ReadSysctl(mib)) {
      CountSaved();
      return reading->value;
    }
  }
  return ToolSystemQueries::SysctlValue(shell, mib);
}

bool PosixSystemQueries::SysctlExists(Shell& shell, const std::string& mib) {
  if (!RootPrefixed(shell)) {
    if (std::optional<NativeReading> reading = ReadSysctl(mib)) {
      CountSaved();
      return reading->found;
    }
  }
  return ToolSystemQueries::SysctlExists(shell, mib);
}

std::optional<std::string> PosixSystemQueries::Kenv(Shell& shell, const std::string& name) {
  if (!RootPrefixed(shell)) {
    if (std::optional<NativeReading> reading = ReadKenv(name)) {
      CountSaved();
      if (!reading->found) return std::nullopt;
      return reading->value;
    }
  }
  return ToolSystemQueries::Kenv(shell, name);
}

bool PosixSystemQueries::KldModuleLoaded(Shell& shell, const std::string& module) {
  if (!RootPrefixed(shell)) {
    if (std::optional<bool> loaded = ModuleLoaded(module)) {
      CountSaved();
      return *loaded;
    }
  }
  return ToolSystemQueries::KldModuleLoaded(shell, module);
}

std::string PosixSystemQueries::CurrentUserName(Shell& shell) {
  if (!RootPrefixed(shell)) {
    if (std::optional<std::string> name = EffectiveUserName()) {
      CountSaved();
      return *name;
    }
  }
  return ToolSystemQueries::CurrentUserName(shell);
}

}  // namespace rcsh::rcsubr
