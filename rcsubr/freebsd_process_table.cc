#include "rcsubr/freebsd_process_table.h"

#ifdef __FreeBSD__

#include <sys/param.h>
#include <sys/sysctl.h>
#include <sys/user.h>

#include <cerrno>
#include <cstring>
#include <string_view>

namespace rcsh::rcsubr {
namespace {

// The bytes a sysctl returns, sized by asking first; nullopt on failure
// (ESRCH: the process is gone).
std::optional<std::string> ReadSysctl(int* mib, unsigned length) {
  for (int attempt = 0; attempt < 4; ++attempt) {
    size_t size = 0;
    if (sysctl(mib, length, nullptr, &size, nullptr, 0) != 0) return std::nullopt;
    std::string bytes(size + size / 8 + 64, '\0');  // room for processes started meanwhile
    size = bytes.size();
    if (sysctl(mib, length, bytes.data(), &size, nullptr, 0) == 0) {
      bytes.resize(size);
      return bytes;
    }
    if (errno != ENOMEM) return std::nullopt;
  }
  return std::nullopt;
}

// The words `ps -o command=` shows for the process (see ProcessInfo::argv).
std::vector<std::string> CommandWords(const kinfo_proc& process) {
  if (process.ki_stat == SZOMB) return {"<defunct>"};
  int mib[4] = {CTL_KERN, KERN_PROC, KERN_PROC_ARGS, process.ki_pid};
  std::optional<std::string> args = ReadSysctl(mib, 4);
  std::vector<std::string> words;
  if (args) {
    std::string_view rest(*args);
    while (!rest.empty()) {
      size_t end = rest.find('\0');
      std::string_view word = rest.substr(0, end);
      // A setproctitle title is one string: split it as ps's output would be.
      size_t start = 0;
      for (size_t space = word.find(' '); space != std::string_view::npos; space = word.find(' ', start)) {
        words.emplace_back(word.substr(start, space - start));
        start = space + 1;
      }
      words.emplace_back(word.substr(start));
      if (end == std::string_view::npos) break;
      rest.remove_prefix(end + 1);
    }
  }
  if (words.empty()) return {std::string("[") + process.ki_comm + "]"};  // kernel process
  return words;
}

ProcessInfo ToInfo(const kinfo_proc& process) {
  return ProcessInfo{process.ki_pid, process.ki_jid, CommandWords(process)};
}

std::vector<kinfo_proc> ReadProcesses(int* mib, unsigned length) {
  std::vector<kinfo_proc> processes;
  std::optional<std::string> bytes = ReadSysctl(mib, length);
  if (!bytes) return processes;
  for (size_t at = 0; at + sizeof(kinfo_proc) <= bytes->size(); at += sizeof(kinfo_proc)) {
    kinfo_proc process;
    std::memcpy(&process, bytes->data() + at, sizeof process);
    if (process.ki_structsize == sizeof(kinfo_proc)) processes.push_back(process);
  }
  return processes;
}

}  // namespace

std::vector<ProcessInfo> FreeBsdProcessTable::List() const {
  int mib[4] = {CTL_KERN, KERN_PROC, KERN_PROC_PROC, 0};
  std::vector<ProcessInfo> list;
  for (const kinfo_proc& process : ReadProcesses(mib, 4)) list.push_back(ToInfo(process));
  return list;
}

std::optional<ProcessInfo> FreeBsdProcessTable::Find(pid_t pid) const {
  int mib[4] = {CTL_KERN, KERN_PROC, KERN_PROC_PID, pid};
  std::vector<kinfo_proc> found = ReadProcesses(mib, 4);
  if (found.empty()) return std::nullopt;
  return ToInfo(found.front());
}

bool FreeBsdProcessTable::Alive(pid_t pid) const {
  int mib[4] = {CTL_KERN, KERN_PROC, KERN_PROC_PID, pid};
  std::vector<kinfo_proc> found = ReadProcesses(mib, 4);
  return !found.empty() && found.front().ki_stat != SZOMB;
}

}  // namespace rcsh::rcsubr

#endif  // __FreeBSD__
