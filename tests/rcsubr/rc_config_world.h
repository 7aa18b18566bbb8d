// A scratch root holding the baseline rc.subr at /etc/rc.subr, for tests of
// the configuration natives. The same snippet runs three ways after
// `. /etc/rc.subr`: in an Interpreter with InstallRcSubr (the natives),
// in an Interpreter without it (rcsh running the shell rc.subr), and under
// dash (the reference). Output on both streams, status and the stand-in
// call log are compared.
#pragma once

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <optional>
#include <string>

#include "rcsubr/rc_subr.h"
#include "support/dash_runner.h"
#include "support/scoped_temp_dir.h"
#include "support/test_paths.h"

namespace rcsh::testing {

class RcConfigWorld : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_FALSE(root().empty());
    std::filesystem::create_directories(root() + "/etc");
    std::filesystem::copy_file(SourceDir() + "/corpus/baseline/rc.subr", root() + "/etc/rc.subr");
  }

  const std::string& root() const { return dir_.path(); }

  /// Writes root()+path, creating its directories.
  void Write(const std::string& path, const std::string& text) const {
    std::filesystem::create_directories(std::filesystem::path(root() + path).parent_path());
    dir_.Write(path.substr(1), text);
  }
  void Mkdir(const std::string& path) const { std::filesystem::create_directories(root() + path); }
  /// An executable stand-in at root()+path: logs "NAME ARGS" to the call
  /// log, then runs `body`.
  void AddTool(const std::string& path, const std::string& body = "") const {
    std::string name = path.substr(path.rfind('/') + 1);
    Write(path, "#!/bin/sh\nprintf '%s\\n' \"" + name + " $*\" >> \"$RC_ROOT/calls.log\"\n" + body + "\n");
    chmod((root() + path).c_str(), 0755);
  }

  struct Outcome {
    int status = 0;
    std::string out, err, calls;
    bool operator==(const Outcome&) const = default;
  };

  /// `script` after `. /etc/rc.subr` with the natives bound.
  Outcome RunNative(const std::string& script) { return RunRcsh(script, true); }
  /// `script` after `. /etc/rc.subr` read as plain shell code by rcsh.
  Outcome RunShellCode(const std::string& script) { return RunRcsh(script, false); }

  /// `script` under dash after the baseline rc.subr; nullopt without dash.
  std::optional<Outcome> RunDash(const std::string& script) {
    std::string text = "export RC_ROOT='" + root() + "' PATH='" + kPath + "'\nexec 2>'" + root() +
                       "/stderr.txt'\n. \"$RC_ROOT/etc/rc.subr\"\n" + script;
    std::optional<DashOutcome> dash = rcsh::testing::RunDash({"-c", text, kArg0});
    if (!dash) return std::nullopt;
    Outcome outcome{dash->status, dash->out, dir_.Read("stderr.txt"), TakeCalls()};
    std::filesystem::remove(root() + "/stderr.txt");
    return outcome;
  }

  /// The natives give what the baseline gives under dash.
  void ExpectSameAsDash(const std::string& script) { CompareWithDash(script, true); }
  /// The same, except the wording of the shell's own error messages (dash
  /// says "script: LINE: x: not found", rcsh "script:LINE: x: not found"):
  /// both must have printed some.
  void ExpectSameAsDashButErrorWording(const std::string& script) { CompareWithDash(script, false); }

 private:
  static constexpr const char* kArg0 = "/etc/rc.d/test";
  static constexpr const char* kPath = "/usr/bin:/bin";

  void CompareWithDash(const std::string& script, bool same_stderr) {
    std::optional<Outcome> dash = RunDash(script);
    if (!dash) GTEST_SKIP() << "dash is not installed";
    Outcome native = RunNative(script);
    EXPECT_EQ(native.out, dash->out) << script;
    if (same_stderr) {
      EXPECT_EQ(native.err, dash->err) << script;
    } else {
      EXPECT_NE(native.err, "") << script;
      EXPECT_NE(dash->err, "") << script;
    }
    EXPECT_EQ(native.status, dash->status) << script;
    EXPECT_EQ(native.calls, dash->calls) << script;
  }

  Outcome RunRcsh(const std::string& script, bool natives) {
    Interpreter::Options options;
    options.capture_output = true;
    options.inherit_environment = false;
    options.arg0 = kArg0;
    Interpreter sh(options);
    if (natives) rcsubr::InstallRcSubr(sh);
    sh.SetVariable("RC_ROOT", root(), true);
    sh.SetVariable("PATH", kPath, true);
    sh.RunString(std::string(natives ? ". /etc/rc.subr" : ". \"$RC_ROOT/etc/rc.subr\"") + "\n" + script, kArg0);
    Outcome outcome;
    outcome.status = sh.Finish();
    outcome.out = sh.TakeStdout();
    outcome.err = sh.TakeStderr();
    outcome.calls = TakeCalls();
    return outcome;
  }

  std::string TakeCalls() {
    std::string calls = dir_.Read("calls.log");
    std::filesystem::remove(root() + "/calls.log");
    return calls == "<missing>" ? "" : calls;
  }

  ScopedTempDir dir_;
};

}  // namespace rcsh::testing
