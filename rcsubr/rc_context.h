// What every native rc.subr function receives besides the shell: the
// interfaces behind which the OS effects sit (the process table, the file
// writer, ...), real ones by default and fakes in tests. One context serves
// one Interpreter and every subshell copy of it; natives run on pipeline
// threads too, so anything here is either immutable or thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rcsubr/file_writer.h"
#include "rcsubr/process_table.h"
#include "rcsubr/sleeper.h"
#include "rcsubr/system_queries.h"

namespace rcsh {
class Shell;
}

namespace rcsh::rcsubr {

struct RcSubrContext {
  /// The path scripts source (looked up under $RC_ROOT).
  std::string rc_subr_path = "/etc/rc.subr";
  /// RcSubrOptions::read_shell_rc_subr.
  bool read_shell_rc_subr = false;
  const ProcessTable* processes = nullptr;
  FileWriter* files = nullptr;
  /// The defaults the pointers above point at unless a test supplied its own.
  std::shared_ptr<const ProcessTable> owned_processes;
  std::shared_ptr<FileWriter> owned_files;
  /// These two start as the real ones (both are stateless apart from an
  /// atomic counter), so a context is complete without MakeContext's help.
  std::shared_ptr<SystemQueries> owned_system = std::make_shared<PosixSystemQueries>();
  std::shared_ptr<Sleeper> owned_sleeper = std::make_shared<PosixSleeper>();
  /// sysctl/kenv/kldstat/id answers (native where possible, else the tools).
  SystemQueries* system = owned_system.get();
  /// The pauses of wait_for_pids and root_hold_wait.
  Sleeper* sleeper = owned_sleeper.get();
};

using RcNativeFunction = int (*)(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);

struct RcNative {
  const char* name;
  RcNativeFunction function;
};

}  // namespace rcsh::rcsubr
