// A scratch root for tests of native rc.subr functions: stand-in tools that
// log each call ("NAME ARGS" per line) and then run a snippet, and a way to
// run script text with chosen native tables over a chosen RcSubrContext
// (fakes included) — or under dash with the baseline rc.subr, to compare.
#pragma once

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "rcsubr/rc_context.h"
#include "shell/interpreter.h"
#include "shell/shell.h"
#include "support/dash_runner.h"
#include "support/scoped_temp_dir.h"
#include "support/test_paths.h"

namespace rcsh::testing {

class NativeTestWorld {
 public:
  NativeTestWorld() {
    for (const char* dir : {"/sbin", "/bin", "/usr/bin", "/etc"})
      std::filesystem::create_directories(root() + dir);
  }

  const std::string& root() const { return dir_.path(); }

  /// An executable at root()+path that logs its name and arguments, then
  /// runs `body` (sh text; "$@" are its arguments).
  void AddTool(const std::string& path, const std::string& body = "") {
    std::string name = path.substr(path.rfind('/') + 1);
    Write(path, "#!/bin/sh\nprintf '%s\\n' \"" + name + " $*\" >> \"$CALL_LOG\"\n" + body + "\n");
    chmod((root() + path).c_str(), 0755);
  }
  /// Writes root()+path, creating its directories.
  void Write(const std::string& path, const std::string& text) const {
    std::filesystem::create_directories(std::filesystem::path(root() + path).parent_path());
    dir_.Write(path.substr(1), text);
  }

  struct Outcome {
    int status = 0;
    std::string out, err, calls;
  };

  /// Runs `script` in an Interpreter where the natives of `tables` use
  /// `context`. `rooted`: RC_ROOT is root(), else empty (the real system,
  /// where only PATH finds the stand-ins).
  Outcome Run(const std::string& script, rcsubr::RcSubrContext& context,
              const std::vector<std::span<const rcsubr::RcNative>>& tables, bool rooted = true) {
    Interpreter::Options options;
    options.capture_output = true;
    options.inherit_environment = false;
    options.arg0 = "/etc/rc.d/test";
    Interpreter sh(options);
    for (std::span<const rcsubr::RcNative> table : tables) {
      for (const rcsubr::RcNative& native : table) {
        rcsubr::RcNativeFunction function = native.function;
        sh.RegisterBuiltin(native.name, [&context, function](Shell& shell, std::vector<std::string>& argv) {
          return function(context, shell, argv);
        });
      }
    }
    for (const auto& [name, value] : Environment(rooted)) sh.SetVariable(name, value, true);
    sh.RunString(script, "/etc/rc.d/test");
    Outcome outcome;
    outcome.status = sh.Finish();
    outcome.out = sh.TakeStdout();
    outcome.err = sh.TakeStderr();
    outcome.calls = TakeCalls();
    return outcome;
  }

  /// Run, then the same script under dash with the baseline rc.subr: the
  /// output, errors and status must agree (and the tool calls, when
  /// `same_calls`). `native_setup` runs first natively only (what sourcing
  /// rc.subr would have set).
  Outcome RunBoth(const std::string& script, rcsubr::RcSubrContext& context,
                  const std::vector<std::span<const rcsubr::RcNative>>& tables, bool same_calls = false,
                  const std::string& native_setup = "") {
    Outcome native = Run(native_setup + script, context, tables);
    if (std::optional<Outcome> dash = RunUnderDash(script)) {
      EXPECT_EQ(native.out, dash->out) << script;
      EXPECT_EQ(native.err, dash->err) << script;
      EXPECT_EQ(native.status, dash->status) << script;
      if (same_calls) {
        EXPECT_EQ(native.calls, dash->calls) << script;
      }
    }
    return native;
  }

  /// Runs `script` under dash after `. corpus/baseline/rc.subr`, in the
  /// same environment; nullopt when dash is not installed.
  std::optional<Outcome> RunUnderDash(const std::string& script, bool rooted = true) {
    std::string text;
    for (const auto& [name, value] : Environment(rooted)) text += "export " + name + "='" + value + "'\n";
    text += "exec 2>'" + root() + "/dash.err'\n. '" + SourceDir() + "/corpus/baseline/rc.subr'\n" + script;
    std::optional<DashOutcome> dash = RunDash({"-c", text, "/etc/rc.d/test"});
    if (!dash) return std::nullopt;
    Outcome outcome{dash->status, dash->out, dir_.Read("dash.err"), TakeCalls()};
    std::filesystem::remove(root() + "/dash.err");
    return outcome;
  }

 private:
  std::vector<std::pair<std::string, std::string>> Environment(bool rooted) const {
    return {{"RC_ROOT", rooted ? root() : ""},
            {"CALL_LOG", root() + "/calls.log"},
            {"PATH", root() + "/sbin:" + root() + "/bin:" + root() + "/usr/bin:/usr/bin:/bin"}};
  }
  std::string TakeCalls() {
    std::string calls = dir_.Read("calls.log");
    std::filesystem::remove(root() + "/calls.log");
    return calls == "<missing>" ? "" : calls;
  }

  ScopedTempDir dir_;
};

}  // namespace rcsh::testing
