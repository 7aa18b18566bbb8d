// A small root for the tests of the filesystem natives (backup_file,
// make_symlink, devfs_*, geli_make_list, find_*_scripts): the baseline
// rc.subr, stand-ins that log their arguments for the tools those functions
// run, and a runner that executes one snippet under dash with the shell
// rc.subr and under the rcsh program with the natives. Every test compares
// the two runs (stdout, stderr, status, calls) and then asserts the values.
#pragma once

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "spawn_capture.h"
#include "support/corpus_files.h"
#include "support/dash_runner.h"
#include "support/scoped_temp_dir.h"
#include "support/test_paths.h"

namespace rcsh::testing {

/// What one run of a snippet did. `calls` has a line per stand-in call:
/// the tool's name and each argument in brackets ("ln [-sf] [a] [b]").
struct RcFsOutcome {
  int status = -1;
  std::string out, err, calls;
};

inline bool operator==(const RcFsOutcome& a, const RcFsOutcome& b) {
  return a.status == b.status && a.out == b.out && a.err == b.err && a.calls == b.calls;
}

inline void PrintTo(const RcFsOutcome& o, std::ostream* os) {
  *os << "status " << o.status << "\n--- out\n" << o.out << "--- err\n" << o.err << "--- calls\n" << o.calls;
}

class RcFsWorld {
 public:
  /// The tools the filesystem functions run; each logs and exits 0 unless
  /// FailTool named it.
  static constexpr const char* kTools[] = {"cp", "mv", "chown", "ln", "devfs", "mount"};

  RcFsWorld() {
    Write("etc/rc.subr", ReadFileOrDie(SourceDir() + "/corpus/baseline/rc.subr"));
    const std::string standin =
        "#!/bin/sh\n"
        "{ printf '%s' \"${0##*/}\"; for a; do printf ' [%s]' \"$a\"; done; echo; } >> \"$RC_ROOT/calls.log\"\n"
        "[ -e \"$RC_ROOT/fail.${0##*/}\" ] && exit 1\nexit 0\n";
    for (const char* tool : kTools) Write(std::string("bin/") + tool, standin, 0755);
    Write("usr/bin/logger", standin, 0755);
  }

  const std::string& root() const { return dir_.path(); }

  /// Writes ROOT/path (parents created) with `mode`.
  void Write(const std::string& path, const std::string& contents, mode_t mode = 0644) const {
    std::filesystem::create_directories(std::filesystem::path(dir_.Child(path)).parent_path());
    dir_.Write(path, contents);
    chmod(dir_.Child(path).c_str(), mode);
  }
  void MakeDirectory(const std::string& path) const { std::filesystem::create_directories(dir_.Child(path)); }
  /// From now on the stand-in `tool` exits 1 (after logging the call).
  void FailTool(const std::string& tool) const { Write("fail." + tool, ""); }

  /// Runs `SHELL -c SNIPPET /etc/rc.d/test` in ROOT with RC_ROOT=ROOT and the
  /// stand-ins first in PATH. The snippet sources rc.subr itself.
  RcFsOutcome Run(const std::string& shell, const std::string& snippet) const {
    SpawnResult run = SpawnCapture({shell, "-c", snippet, "/etc/rc.d/test"},
                                   {"PATH=" + root() + "/bin:/usr/bin:/bin", "RC_ROOT=" + root(), "HOME=/", "LC_ALL=C"},
                                   root());
    std::string calls = dir_.Read("calls.log");
    std::filesystem::remove(dir_.Child("calls.log"));
    return {run.status, run.out, run.err, calls == "<missing>" ? "" : calls};
  }

  /// Runs `. "$RC_ROOT/etc/rc.subr"; SNIPPET` under dash (when installed)
  /// and under rcsh, expects the same outcome, and returns rcsh's.
  RcFsOutcome RunBoth(const std::string& snippet) const {
    std::string text = ". \"$RC_ROOT/etc/rc.subr\"\n" + snippet;
    RcFsOutcome rcsh = Run(RcshBinary(), text);
    if (std::optional<std::string> dash = FindDashBinary()) {
      EXPECT_EQ(Run(*dash, text), rcsh) << "dash and rcsh differ on:\n" << snippet;
    }
    return rcsh;
  }

 private:
  ScopedTempDir dir_;
};

}  // namespace rcsh::testing
