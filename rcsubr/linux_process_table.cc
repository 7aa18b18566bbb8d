#include "rcsubr/linux_process_table.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <charconv>
#include <string_view>
#include <utility>

namespace rcsh::rcsubr {
namespace {

// The whole content of a /proc file. Their st_size is 0, so read to EOF.
std::optional<std::string> ReadFile(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::string content;
  char buffer[4096];
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    content.append(buffer, static_cast<size_t>(n));
  }
  close(fd);
  return content;
}

std::vector<std::string> Split(std::string_view text, char separator) {
  std::vector<std::string> fields;
  size_t start = 0;
  for (;;) {
    size_t end = text.find(separator, start);
    if (end == std::string_view::npos) {
      fields.emplace_back(text.substr(start));
      return fields;
    }
    fields.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
}

// The state letter of /proc/<pid>/stat ("pid (comm) S ..."). comm may hold
// spaces and parentheses itself, so the state is found after the last ')'.
std::optional<char> StateFromStat(std::string_view stat) {
  size_t paren = stat.rfind(')');
  if (paren == std::string_view::npos || paren + 2 >= stat.size()) return std::nullopt;
  return stat[paren + 2];
}

// Z: zombie, X: dead (being reaped).
bool HasExited(char state) {
  return state == 'Z' || state == 'X';
}

}  // namespace

LinuxProcessTable::LinuxProcessTable(std::string proc_root) : proc_root_(std::move(proc_root)) {}

std::vector<ProcessInfo> LinuxProcessTable::List() const {
  std::vector<ProcessInfo> processes;
  DIR* dir = opendir(proc_root_.c_str());
  if (dir == nullptr) return processes;
  while (struct dirent* entry = readdir(dir)) {
    std::string_view name = entry->d_name;
    pid_t pid = 0;
    auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), pid);
    if (error != std::errc() || end != name.data() + name.size() || pid <= 0) continue;
    // A process that exits between readdir and Find is simply left out, as
    // ps leaves it out.
    if (std::optional<ProcessInfo> process = Find(pid)) processes.push_back(std::move(*process));
  }
  closedir(dir);
  return processes;
}

std::optional<ProcessInfo> LinuxProcessTable::Find(pid_t pid) const {
  if (pid <= 0) return std::nullopt;
  std::string dir = proc_root_ + "/" + std::to_string(pid);
  std::optional<std::string> stat = ReadFile(dir + "/stat");
  if (!stat) return std::nullopt;
  std::optional<char> state = StateFromStat(*stat);
  if (!state) return std::nullopt;

  ProcessInfo process;
  process.pid = pid;
  process.jail_id = 0;
  if (HasExited(*state)) {
    // What FreeBSD's ps shows for a zombie. Linux's ps would show
    // "[comm] <defunct>", which matches the "[basename]" form of
    // _find_processes; FreeBSD's text never matches, and a pidfile naming
    // a daemon that has exited must not count as running.
    process.argv = {"<defunct>"};
    return process;
  }
  std::string cmdline = ReadFile(dir + "/cmdline").value_or("");
  // Trailing NULs: the terminator of the last argument, and the padding a
  // process leaves when it shortens its title.
  while (!cmdline.empty() && cmdline.back() == '\0') cmdline.pop_back();
  if (cmdline.empty()) {
    // A kernel thread: no arguments, so ps shows its name in brackets.
    std::string comm = ReadFile(dir + "/comm").value_or("");
    if (!comm.empty() && comm.back() == '\n') comm.pop_back();
    process.argv = {"[" + comm + "]"};
    return process;
  }
  process.argv = Split(cmdline, '\0');
  // One string is what setproctitle leaves ("sshd: user@pts/0"); splitting
  // it on spaces keeps the joined text, which is all that matching reads.
  if (process.argv.size() == 1) process.argv = Split(process.argv[0], ' ');
  return process;
}

bool LinuxProcessTable::Alive(pid_t pid) const {
  if (pid <= 0) return false;
  std::optional<std::string> stat = ReadFile(proc_root_ + "/" + std::to_string(pid) + "/stat");
  if (!stat) return false;
  std::optional<char> state = StateFromStat(*stat);
  return state && !HasExited(*state);
}

}  // namespace rcsh::rcsubr
