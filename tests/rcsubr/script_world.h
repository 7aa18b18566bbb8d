// A scratch root for the tests of the script natives (script_natives.cc):
// the corpus's baseline rc.subr as /etc/rc.subr, stand-ins that log their
// calls, and one way to run a snippet both under dash with the shell rc.subr
// and under the rcsh program with the natives bound, so a test can compare
// stdout, stderr, status and the call log. Header-only.
#pragma once

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <string>

#include "support/dash_runner.h"
#include "support/scoped_temp_dir.h"
#include "support/test_paths.h"

namespace rcsh::testing {

struct ShellRun {
  int status = 0;
  std::string out, err, calls;
};

inline std::ostream& operator<<(std::ostream& os, const ShellRun& run) {
  return os << "status " << run.status << "\n--- stdout\n" << run.out << "--- stderr\n" << run.err << "--- calls\n"
            << run.calls;
}

class ScriptWorld {
 public:
  ScriptWorld() {
    std::filesystem::create_directories(root() + "/etc/rc.d");
    std::filesystem::create_directories(root() + "/bin");
    std::filesystem::copy_file(SourceDir() + "/corpus/baseline/rc.subr", root() + "/etc/rc.subr");
  }

  /// The world's root ($RC_ROOT).
  std::string root() const { return dir_.Child("root"); }

  /// Writes ROOT/path (a logical path like /etc/rc.d/foo).
  void Write(const std::string& path, const std::string& contents, mode_t mode = 0644) const {
    std::filesystem::create_directories(std::filesystem::path(root() + path).parent_path());
    dir_.Write("root" + path, contents);
    chmod((root() + path).c_str(), mode);
  }
  void WriteScript(const std::string& path, const std::string& contents) const { Write(path, contents, 0755); }
  /// /bin/NAME: logs "NAME ARGS" to the call log, prints `output`, exits `status`.
  void WriteStandin(const std::string& name, const std::string& output = "", int status = 0) const {
    WriteScript("/bin/" + name, "#!/bin/sh\necho \"" + name + " $*\" >> \"$RC_CALL_LOG\"\nprintf '%s' '" + output +
                                    "'\nexit " + std::to_string(status) + "\n");
  }

  /// `SHELL -c TEXT /etc/rc.d/test` in an emptied environment: PATH is the
  /// world's /bin, then the host's for date, sort and head.
  ShellRun Run(const std::string& shell, const std::string& text) const {
    dir_.Write("snippet", text);
    std::remove(dir_.Child("calls").c_str());
    std::string command = "cd '" + dir_.path() + "' && env -i PATH='" + root() + "/bin:/usr/bin:/bin' HOME=/ LC_ALL=C RC_ROOT='" +
                          root() + "' RC_CALL_LOG='" + dir_.Child("calls") + "' " + shell +
                          " -c \"$(cat snippet)\" /etc/rc.d/test >out 2>err";
    int status = std::system(command.c_str());
    ShellRun run;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.out = dir_.Read("out");
    run.err = dir_.Read("err");
    run.calls = dir_.Read("calls");
    if (run.calls == "<missing>") run.calls.clear();
    return run;
  }
  ShellRun RunDash(const std::string& text) const { return Run(FindDashBinary().value_or("dash"), text); }
  ShellRun RunRcsh(const std::string& text) const { return Run(RcshBinary(), text); }

  /// Runs `text` after `. /etc/rc.subr` under both shells, expects the same
  /// stdout, stderr, status and calls, and returns the rcsh run.
  ShellRun ExpectSameAsDash(const std::string& text) const {
    std::string program = ". \"$RC_ROOT\"/etc/rc.subr\n" + text;
    ShellRun dash = RunDash(program);
    ShellRun rcsh = RunRcsh(program);
    EXPECT_EQ(rcsh.out, dash.out) << text;
    EXPECT_EQ(rcsh.err, dash.err) << text;
    EXPECT_EQ(rcsh.status, dash.status) << text;
    EXPECT_EQ(rcsh.calls, dash.calls) << text;
    return rcsh;
  }

 private:
  ScopedTempDir dir_;
};

}  // namespace rcsh::testing
