// Binding rc.subr(8) to native code. `. /etc/rc.subr` (the configured path,
// looked up under $RC_ROOT) no longer only reads shell code: the functions
// implemented natively in rcsubr/ are registered as builtins, and the shell
// definitions of exactly those names are dropped after the file is read,
// so calls reach the natives. Functions not yet native keep running as the
// shell code of that same rc.subr (on FreeBSD the system's own, in the
// corpus corpus/baseline/rc.subr), so a boot works at every step of the
// port and corpus/tests/compare-shells.sh checks each native against it.
#pragma once

#include <string>
#include <vector>

#include "rcsubr/file_writer.h"
#include "rcsubr/process_table.h"
#include "rcsubr/sleeper.h"
#include "rcsubr/system_queries.h"
#include "shell/interpreter.h"

namespace rcsh::rcsubr {

struct RcSubrOptions {
  /// The path scripts source.
  std::string rc_subr_path = "/etc/rc.subr";
  /// The OS behind the natives; null: the real one (tests pass fakes).
  /// They must outlive the interpreter.
  const ProcessTable* processes = nullptr;
  FileWriter* files = nullptr;
  SystemQueries* system = nullptr;
  Sleeper* sleeper = nullptr;
};

/// Registers the native functions and the `.` hook on `interpreter`.
void InstallRcSubr(Interpreter& interpreter, const RcSubrOptions& options = {});

/// The names implemented natively (their shell definitions are dropped).
const std::vector<std::string>& NativeRcSubrFunctions();

}  // namespace rcsh::rcsubr
