// A scratch root in which the rc.subr tests run snippets and rc.d scripts:
// either a corpus world (corpus/tests/mkworld.sh over the given layers) or a
// bare one holding only the baseline rc.subr at /etc/rc.subr. The world also
// owns what every runner needs alike: the environment (RC_ROOT, the call
// log, PATH with the world's tools first) and the text normalisation. The
// runners are in rc_embedded_runner.h, rc_program_runner.h and
// rc_dash_baseline.h. Header-only.
#pragma once

#include <signal.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "support/corpus_files.h"
#include "support/scoped_temp_dir.h"
#include "support/test_paths.h"

namespace rcsh::testing {

/// $0 of a snippet: the rc.d script it stands for.
inline constexpr const char* kSnippetName = "/etc/rc.d/test";

class RcWorld {
 public:
  /// A bare world: the baseline rc.subr and nothing else (tests of what a
  /// missing directory means rely on that).
  RcWorld() {
    Mkdir("/etc");
    std::filesystem::copy_file(SourceDir() + "/corpus/baseline/rc.subr", root_ + "/etc/rc.subr");
    ok_ = true;
  }
  /// A corpus world: the layers (directories of the source tree, e.g.
  /// {"corpus/base", "corpus/article/06-kiss"}) copied in order.
  explicit RcWorld(const std::vector<std::string>& layers) : corpus_(true) {
    std::string command = "sh " + SourceDir() + "/corpus/tests/mkworld.sh " + root_;
    for (const std::string& layer : layers) command += " " + SourceDir() + "/" + layer;
    ok_ = std::system((command + " >/dev/null 2>&1").c_str()) == 0;
  }
  // The daemon stand-ins would outlive the test (they exit by themselves
  // after RC_DAEMON_LIFETIME seconds): end them, as check-baseline.sh does.
  ~RcWorld() {
    for (const std::string& pid : RunningDaemons()) kill(std::stoi(pid), SIGKILL);
  }
  RcWorld(const RcWorld&) = delete;
  RcWorld& operator=(const RcWorld&) = delete;

  bool ok() const { return ok_; }
  /// $RC_ROOT. Logical paths below ("/etc/rc.conf") are under it.
  const std::string& root() const { return root_; }

  /// Writes `text` at `path` (directories created) with `mode`.
  void Write(const std::string& path, const std::string& text, mode_t mode = 0644) const {
    std::filesystem::create_directories(std::filesystem::path(root_ + path).parent_path());
    std::ofstream(root_ + path, std::ios::binary | std::ios::trunc) << text;
    chmod((root_ + path).c_str(), mode);
  }
  void Append(const std::string& path, const std::string& line) const {
    std::ofstream(root_ + path, std::ios::app) << line << "\n";
  }
  /// The file's text; empty when it does not exist (yet).
  std::string Read(const std::string& path) const {
    return Exists(path) ? ReadFileOrDie(root_ + path) : "";
  }
  bool Exists(const std::string& path) const { return std::filesystem::exists(root_ + path); }
  void Mkdir(const std::string& path) const { std::filesystem::create_directories(root_ + path); }
  /// An executable at `path` that logs "NAME ARGS" to the call log, then
  /// runs `body` (sh text; "$@" are its arguments).
  void AddStandin(const std::string& path, const std::string& body = "") const {
    std::string name = path.substr(path.rfind('/') + 1);
    Write(path, "#!/bin/sh\nprintf '%s\\n' \"" + name + " $*\" >> \"$RC_CALL_LOG\"\n" + body + "\n",
          0755);
  }

  /// What a run sees: `rooted` false leaves RC_ROOT empty (the real system,
  /// where only PATH finds the world's tools). A corpus world brings the
  /// host tools it allows in /standin/hostbin; a bare one uses the host's.
  std::vector<std::pair<std::string, std::string>> Environment(bool rooted = true) const {
    std::string path;
    for (const char* dir : {"/sbin", "/bin", "/usr/sbin", "/usr/bin", "/usr/local/sbin",
                            "/usr/local/bin", "/standin/hostbin"}) {
      path += (path.empty() ? "" : ":") + root_ + dir;
    }
    if (!corpus_) path += ":/usr/bin:/bin";
    return {{"PATH", path},
            {"HOME", "/"},
            {"LC_ALL", "C"},
            {"TMPDIR", temp_.path()},
            {"RC_ROOT", rooted ? root_ : ""},
            {"RC_CALL_LOG", CallLog()},
            {"RC_DAEMON_LIFETIME", "30"}};
  }

  /// Empties the call log; runners do so before each run.
  void ClearCalls() const { std::filesystem::remove(CallLog()); }
  std::string Calls() const {
    return std::filesystem::exists(CallLog()) ? Normalise(ReadFileOrDie(CallLog())) : "";
  }

  /// `text` with the root written as ROOT, so that expectations do not
  /// depend on where the world was made.
  std::string Normalise(std::string text) const {
    for (size_t at = text.find(root_); at != std::string::npos; at = text.find(root_, at)) {
      text.replace(at, root_.size(), "ROOT");
    }
    return text;
  }

  /// PIDs of the daemon stand-ins alive in this world (standin/procs/PID).
  std::vector<std::string> RunningDaemons() const {
    std::vector<std::string> pids;
    std::error_code ignored;
    for (const auto& entry :
         std::filesystem::directory_iterator(root_ + "/standin/procs", ignored)) {
      pids.push_back(entry.path().filename());
    }
    return pids;
  }

 private:
  // Outside the root, so that a run listing the world never sees it.
  std::string CallLog() const { return temp_.Child("calls.log"); }

  ScopedTempDir temp_;
  std::string root_ = temp_.Child("root");
  bool corpus_ = false;
  bool ok_ = false;
};

}  // namespace rcsh::testing
