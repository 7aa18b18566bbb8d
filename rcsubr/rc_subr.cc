#include "rcsubr/rc_subr.h"

#include <memory>

#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_natives.h"
#include "rcsubr/rc_subr_source.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {
namespace {

std::vector<std::span<const RcNative>> AllNativeTables() {
  return {MessageNatives(), ConfigNatives(),     ProcessNatives(),      SystemNatives(),
          ScriptNatives(),  FilesystemNatives(), RunRcCommandNatives(), SourceNatives()};
}

std::shared_ptr<RcSubrContext> MakeContext(const RcSubrOptions& options) {
  auto context = std::make_shared<RcSubrContext>();
  context->rc_subr_path = options.rc_subr_path;
  context->read_shell_rc_subr = options.read_shell_rc_subr;
  if (options.processes) {
    context->processes = options.processes;
  } else {
    context->owned_processes = MakeSystemProcessTable();
    context->processes = context->owned_processes.get();
  }
  if (options.files) {
    context->files = options.files;
  } else {
    context->owned_files = std::make_shared<PosixFileWriter>();
    context->files = context->owned_files.get();
  }
  if (options.system) context->system = options.system;
  if (options.sleeper) context->sleeper = options.sleeper;
  return context;
}

}  // namespace

const std::vector<std::string>& NativeRcSubrFunctions() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> list;
    for (std::span<const RcNative> table : AllNativeTables())
      for (const RcNative& native : table) list.push_back(native.name);
    return list;
  }();
  return names;
}

void InstallRcSubr(Interpreter& interpreter, const RcSubrOptions& options) {
  std::shared_ptr<RcSubrContext> context = MakeContext(options);
  for (std::span<const RcNative> table : AllNativeTables()) {
    for (const RcNative& native : table) {
      RcNativeFunction function = native.function;
      interpreter.RegisterBuiltin(native.name, [context, function](Shell& shell, std::vector<std::string>& argv) {
        int status = function(*context, shell, argv);
        // Shell code the native ran called `exit`: its status is the shell's.
        return shell.flow() == Flow::kExit ? shell.state().last_status : status;
      });
    }
  }
  interpreter.SetSourceHook([context](Shell& shell, const std::string& path, int* status) {
    std::string rooted = UnderRoot(shell, context->rc_subr_path);
    if (path != context->rc_subr_path && path != rooted) {
      // Under a root prefix every absolute `.` path is the world's
      // (`. /etc/network.subr` reads $RC_ROOT/etc/network.subr).
      std::string root = shell.GetVarOr("RC_ROOT", "");
      if (root.empty() || path.empty() || path[0] != '/' || path.starts_with(root + "/")) return false;
      std::vector<std::string> dot = {".", root + path};
      *status = shell.RunCommandArgv(dot, false);
      return true;
    }
    if (!context->read_shell_rc_subr) {
      *status = SourceRcSubrNatively(*context, shell);
      return true;
    }
    // The shell code of rc.subr defines everything; natives then take over
    // the names they implement.
    *status = shell.RunFile(rooted);
    if (shell.flow() == Flow::kReturn) {  // rc.subr's load guard
      shell.ClearFlow();
      *status = shell.state().last_status;
    }
    for (const std::string& name : NativeRcSubrFunctions()) shell.state().functions.erase(name);
    return true;
  });
}

}  // namespace rcsh::rcsubr
