#include "support/spec_cases.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/corpus_files.h"
#include "support/test_paths.h"

namespace rcsh::testing {

namespace fs = std::filesystem;

std::vector<SpecCase> LoadSpecCases() {
  std::vector<SpecCase> cases;
  fs::path dir = fs::path(SourceDir()) / "tests/spec";
  if (!fs::exists(dir)) return cases;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".cases") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) {
    std::istringstream in(ReadFileOrDie(path.string()));
    std::string line;
    int number = 0;
    SpecCase* current = nullptr;
    bool in_metadata = false;
    while (std::getline(in, line)) {
      ++number;
      if (line.rfind("#### ", 0) == 0) {
        cases.push_back(SpecCase{});
        current = &cases.back();
        current->file = path.filename().string();
        current->name = line.substr(5);
        current->line = number;
        in_metadata = true;
        continue;
      }
      if (!current) continue;
      if (in_metadata && line.rfind("## ", 0) == 0) {
        std::string meta = line.substr(3);
        if (meta.rfind("pin:", 0) == 0) {
          current->pinned = true;
          current->pin_reason = meta.substr(4);
        } else if (meta.rfind("stdout:", 0) == 0) {
          std::string text = meta.substr(7);
          if (!text.empty() && text[0] == ' ') text = text.substr(1);
          if (!current->stdout_text) current->stdout_text = "";
          *current->stdout_text += text + "\n";
        } else if (meta == "stdout-empty") {
          current->stdout_text = "";
        } else if (meta.rfind("status:", 0) == 0) {
          current->status = std::stoi(meta.substr(7));
        } else if (meta.rfind("stderr:", 0) == 0) {
          current->stderr_empty = meta.find("nonempty") == std::string::npos;
        } else if (meta.rfind("skip-embedded", 0) == 0) {
          current->skip_embedded = true;
        }
        continue;
      }
      in_metadata = false;
      current->body += line + "\n";
    }
  }
  for (SpecCase& spec : cases) {
    while (spec.body.size() >= 2 && spec.body.substr(spec.body.size() - 2) == "\n\n") spec.body.pop_back();
  }
  return cases;
}

SpecOutcome RunSpecCaseInProcess(const std::string& shell_command, const SpecCase& spec) {
  char dir_template[] = "/tmp/rcsh-spec-XXXXXX";
  std::string dir = mkdtemp(dir_template);
  std::string script = dir + "/case.sh";
  std::ofstream(script) << spec.body;
  std::string out_path = dir + ".out", err_path = dir + ".err";
  pid_t pid = fork();
  if (pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(125);
    FILE* out = freopen(out_path.c_str(), "w", stdout);
    FILE* err = freopen(err_path.c_str(), "w", stderr);
    if (!out || !err) _exit(125);
    std::string home = "HOME=" + dir;
    const char* env[] = {home.c_str(), "PATH=/usr/bin:/bin", "LC_ALL=C", nullptr};
    const char* argv[] = {shell_command.c_str(), "case.sh", nullptr};
    execve(shell_command.c_str(), const_cast<char**>(argv), const_cast<char**>(env));
    _exit(126);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  SpecOutcome outcome;
  outcome.out = ReadFileOrDie(out_path);
  outcome.err = ReadFileOrDie(err_path);
  outcome.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  fs::remove_all(dir);
  fs::remove(out_path);
  fs::remove(err_path);
  return outcome;
}

}  // namespace rcsh::testing
