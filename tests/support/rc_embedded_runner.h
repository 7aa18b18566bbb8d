// Runs a snippet of an RcWorld in an embedded Interpreter (no process
// started for the shell itself), with the native rc.subr bound as the test
// chooses: all of it (InstallRcSubr), some tables over a test's
// RcSubrContext, or none (rcsh running the shell rc.subr). Header-only.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "rcsubr/rc_context.h"
#include "rcsubr/rc_subr.h"
#include "shell/interpreter.h"
#include "shell/shell.h"
#include "support/rc_outcome.h"
#include "support/rc_world.h"

namespace rcsh::testing {

/// Binds natives into a fresh interpreter before the snippet runs.
using NativeBinding = std::function<void(Interpreter&)>;

/// The whole native rc.subr, as the rcsh program binds it.
inline NativeBinding BindRcSubr(const rcsubr::RcSubrOptions& options = {}) {
  return [options](Interpreter& sh) { rcsubr::InstallRcSubr(sh, options); };
}

/// Only the natives of `tables`, over `context` (fakes included), which
/// must outlive the run.
inline NativeBinding BindNatives(rcsubr::RcSubrContext& context,
                                 std::vector<std::span<const rcsubr::RcNative>> tables) {
  return [&context, tables](Interpreter& sh) {
    for (std::span<const rcsubr::RcNative> table : tables) {
      for (const rcsubr::RcNative& native : table) {
        rcsubr::RcNativeFunction function = native.function;
        sh.RegisterBuiltin(native.name,
                           [&context, function](Shell& shell, std::vector<std::string>& argv) {
                             return function(context, shell, argv);
                           });
      }
    }
  };
}

/// Runs `text` in an interpreter that sees only the world's environment,
/// with `bind`'s natives (none when empty); `arg0` is $0 and the name in
/// messages, `args` "$@"; `rooted`: see RcWorld::Environment.
inline RcOutcome RunEmbedded(const RcWorld& world, const std::string& text,
                             const NativeBinding& bind = {}, const std::string& arg0 = kSnippetName,
                             std::vector<std::string> args = {}, bool rooted = true) {
  world.ClearCalls();
  Interpreter::Options options;
  options.capture_output = true;
  options.inherit_environment = false;
  options.arg0 = arg0;
  Interpreter sh(options);
  if (bind) bind(sh);
  for (const auto& [name, value] : world.Environment(rooted)) sh.SetVariable(name, value, true);
  sh.SetPositional(std::move(args));
  sh.RunString(text, arg0);
  RcOutcome outcome;
  outcome.status = sh.Finish();
  outcome.out = world.Normalise(sh.TakeStdout());
  outcome.err = world.Normalise(sh.TakeStderr());
  outcome.calls = world.Calls();
  return outcome;
}

/// Runs the world's script at `script` (a logical path, also $0).
inline RcOutcome RunEmbeddedScript(const RcWorld& world, const std::string& script,
                                   std::vector<std::string> args, const NativeBinding& bind) {
  return RunEmbedded(world, world.Read(script), bind, script, std::move(args));
}

}  // namespace rcsh::testing
