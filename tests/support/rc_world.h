// A scratch copy of a corpus world (corpus/tests/mkworld.sh) in which tests
// run rc.d scripts through an embedded Interpreter with the native rc.subr,
// the way `rcsh --root` runs them: RC_ROOT set, the world's stand-ins first
// on PATH, every stand-in call logged. Tests add their own scripts and
// rc.conf lines, then assert stdout, stderr, status and the calls made.
// Header-only.
#pragma once

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "rcsubr/rc_subr.h"
#include "support/corpus_files.h"
#include "support/scoped_temp_dir.h"
#include "support/test_paths.h"

namespace rcsh::testing {

class RcWorld {
 public:
  /// Layers are corpus directories (relative to the source tree) copied in
  /// order, e.g. {"corpus/base", "corpus/article/06-kiss"}.
  explicit RcWorld(const std::vector<std::string>& layers = {"corpus/base"}) {
    root_ = temp_.path() + "/world";
    std::string command = "sh " + SourceDir() + "/corpus/tests/mkworld.sh " + root_;
    for (const std::string& layer : layers) command += " " + SourceDir() + "/" + layer;
    command += " >/dev/null 2>&1";
    ok_ = std::system(command.c_str()) == 0;
  }

  bool ok() const { return ok_; }
  const std::string& root() const { return root_; }

  /// Writes `text` at the logical `path` (directories created).
  void Write(const std::string& path, const std::string& text, mode_t mode = 0644) const {
    std::filesystem::create_directories(std::filesystem::path(root_ + path).parent_path());
    std::ofstream(root_ + path, std::ios::trunc) << text;
    chmod((root_ + path).c_str(), mode);
  }
  /// Appends a line to the logical `path`.
  void Append(const std::string& path, const std::string& line) const {
    std::ofstream(root_ + path, std::ios::app) << line << "\n";
  }
  std::string Read(const std::string& path) const { return ReadFileOrDie(root_ + path); }
  bool Exists(const std::string& path) const { return std::filesystem::exists(root_ + path); }

  struct Outcome {
    int status = 0;
    std::string out, err;
    std::vector<std::string> calls;  // one line per stand-in call: "name arg..."
  };

  /// Runs the script at logical `script` with `args` in-process, $0 being
  /// the logical path; `options` passes fakes to the native rc.subr.
  Outcome Run(const std::string& script, std::vector<std::string> args,
              const rcsubr::RcSubrOptions& options = {}) const {
    return RunText(Read(script), script, std::move(args), options);
  }

  /// Runs shell `text` as if it were the script `name`.
  Outcome RunText(const std::string& text, const std::string& name, std::vector<std::string> args = {},
                  const rcsubr::RcSubrOptions& options = {}) const {
    std::filesystem::remove(CallLog());
    Interpreter::Options interpreter_options;
    interpreter_options.capture_output = true;
    interpreter_options.inherit_environment = false;
    interpreter_options.arg0 = name;
    Interpreter sh(interpreter_options);
    rcsubr::InstallRcSubr(sh, options);
    std::string path;
    for (const char* dir : {"/sbin", "/bin", "/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin",
                            "/standin/hostbin"}) {
      path += (path.empty() ? "" : ":") + root_ + dir;
    }
    sh.SetVariable("PATH", path, true);
    sh.SetVariable("HOME", "/", true);
    sh.SetVariable("LC_ALL", "C", true);
    sh.SetVariable("RC_ROOT", root_, true);
    sh.SetVariable("RC_CALL_LOG", CallLog(), true);
    sh.SetVariable("RC_DAEMON_LIFETIME", "30", true);
    sh.SetPositional(std::move(args));
    sh.RunString(text, name);
    Outcome outcome;
    outcome.status = sh.Finish();
    outcome.out = Normalise(sh.TakeStdout());
    outcome.err = Normalise(sh.TakeStderr());
    std::ifstream log(CallLog());
    for (std::string line; std::getline(log, line);) outcome.calls.push_back(Normalise(line));
    return outcome;
  }

  /// True when some call starts with `prefix` (e.g. "kill -TERM").
  static bool Called(const Outcome& outcome, const std::string& prefix) {
    for (const std::string& call : outcome.calls) {
      if (call.rfind(prefix, 0) == 0) return true;
    }
    return false;
  }

 private:
  std::string CallLog() const { return root_ + "/standin/calls.log"; }
  // The world's root reads as ROOT in captured text.
  std::string Normalise(std::string text) const {
    for (size_t at = text.find(root_); at != std::string::npos; at = text.find(root_, at)) {
      text.replace(at, root_.size(), "ROOT");
    }
    return text;
  }

  ScopedTempDir temp_;
  std::string root_;
  bool ok_ = false;
};

}  // namespace rcsh::testing
