// Binding rc.subr(8) to native code. Every rc.subr function is a builtin,
// and `. /etc/rc.subr` (the configured path, looked up under $RC_ROOT) reads
// no shell code: it does natively what sourcing the file does (the load
// guard, the constants, the tail; rc_subr_source.h). Under a root prefix,
// `.` of any other absolute path reads the world's file.
//
// For comparisons, read_shell_rc_subr makes `.` read a shell rc.subr (the
// corpus's corpus/baseline/rc.subr, or the system's) and then drop its
// definitions of the names implemented natively.
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
  /// Read the shell rc.subr at that path and keep its definitions of
  /// anything not native (see above); the default binds without reading.
  bool read_shell_rc_subr = false;
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
