#include "rcsubr/rc_shell_calls.h"

#include <fcntl.h>

namespace rcsh::rcsubr {

std::string Var(const Shell& shell, const std::string& name) { return shell.GetVarOr(name, ""); }

int CallByName(Shell& shell, std::vector<std::string> argv) {
  int status = shell.RunCommandArgv(argv, true);
  shell.state().last_status = status;
  return status;
}

int EvalText(Shell& shell, const std::string& text) {
  if (text.empty()) return 0;
  std::string name = shell.Location();
  name = name.substr(0, name.rfind(':'));
  int status = shell.RunSource(name, text);
  shell.state().last_status = status;
  return status;
}

std::vector<std::string> SplitFields(const Shell& shell, const std::string& value) {
  const std::string* ifs_var = shell.GetVar("IFS");
  std::string ifs = ifs_var ? *ifs_var : " \t\n";
  auto is_ifs = [&](char c) { return ifs.find(c) != std::string::npos; };
  auto is_white = [&](char c) { return is_ifs(c) && (c == ' ' || c == '\t' || c == '\n'); };
  std::vector<std::string> fields;
  if (ifs.empty()) {
    if (!value.empty()) fields.push_back(value);
    return fields;
  }
  size_t i = 0, n = value.size();
  while (i < n && is_white(value[i])) ++i;
  while (i < n) {
    std::string field;
    while (i < n && !is_ifs(value[i])) field += value[i++];
    fields.push_back(field);
    // One delimiter: IFS white space around at most one other IFS character.
    while (i < n && is_white(value[i])) ++i;
    if (i < n && is_ifs(value[i]) && !is_white(value[i])) {
      ++i;
      while (i < n && is_white(value[i])) ++i;
      if (i == n) break;
    }
  }
  return fields;
}

std::string JoinArgs(const std::vector<std::string>& argv, size_t first) {
  std::string out;
  for (size_t i = first; i < argv.size(); ++i) {
    if (i > first) out += ' ';
    out += argv[i];
  }
  return out;
}

bool TestPath(Shell& shell, const std::string& op, const std::string& path) {
  std::vector<std::string> argv = {"test", op, path};
  return shell.RunCommandArgv(argv, false) == 0;
}

std::string CaptureStdout(Shell& shell, const std::function<int(Shell&)>& body, int* status) {
  auto sink = OpenFile::MemorySink();
  int result = shell.RunSubshell([&](Shell& sub) {
    sub.state().fds.Set(1, sink);
    return body(sub);
  });
  if (status) *status = result;
  std::string text = sink->TakeContents();
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

ScopedDiscard::ScopedDiscard(Shell& shell, std::vector<int> fds) : shell_(shell) {
  int null_fd = OwnFd(shell.OpenAt("/dev/null", O_WRONLY | O_CLOEXEC));
  std::shared_ptr<OpenFile> null_file = null_fd >= 0 ? OpenFile::FromOwnedFd(null_fd) : OpenFile::MemorySink();
  for (int fd : fds) {
    saved_.emplace_back(fd, shell.state().fds.Get(fd));
    shell.state().fds.Set(fd, null_file);
  }
}

ScopedDiscard::~ScopedDiscard() {
  for (auto& [fd, file] : saved_) shell_.state().fds.Set(fd, file);
}

int WithFunctionFrame(Shell& shell, std::vector<std::string> positional,
                      const std::vector<std::string>& locals, const std::function<int()>& body) {
  return shell.RunInFunctionFrame(std::move(positional), [&] {
    for (const std::string& name : locals) shell.state().vars.MakeLocal(name);
    return body();
  });
}

}  // namespace rcsh::rcsubr
