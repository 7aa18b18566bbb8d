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

namespace rcsh {
class Shell;
}

namespace rcsh::rcsubr {

struct RcSubrContext {
  /// The path scripts source (looked up under $RC_ROOT).
  std::string rc_subr_path = "/etc/rc.subr";
  const ProcessTable* processes = nullptr;
  FileWriter* files = nullptr;
  /// The defaults the pointers above point at unless a test supplied its own.
  std::shared_ptr<const ProcessTable> owned_processes;
  std::shared_ptr<FileWriter> owned_files;
};

using RcNativeFunction = int (*)(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);

struct RcNative {
  const char* name;
  RcNativeFunction function;
};

}  // namespace rcsh::rcsubr
