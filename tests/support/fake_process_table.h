// An in-memory ProcessTable: the processes a test added, each alive until
// the test ends it (or until it has been asked about a set number of times,
// for code that polls, like wait_for_pids).
#pragma once

#include <sys/types.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rcsubr/process_table.h"

namespace rcsh::testing {

class FakeProcessTable : public rcsubr::ProcessTable {
 public:
  /// Adds (or replaces) a running process.
  void Add(pid_t pid, std::vector<std::string> argv, int jail_id = 0) {
    processes_[pid] = Entry{rcsubr::ProcessInfo{pid, jail_id, std::move(argv)}, false, -1};
  }
  /// The process exits but is not reaped: it stays in the table as
  /// "<defunct>", as ps shows a zombie, and is no longer alive.
  void MakeZombie(pid_t pid) {
    Entry& entry = processes_.at(pid);
    entry.info.argv = {"<defunct>"};
    entry.zombie = true;
  }
  /// The process exits and is reaped: gone from the table.
  void Remove(pid_t pid) { processes_.erase(pid); }
  /// The process answers Alive() `checks` more times with true, then is
  /// removed (a daemon that takes a while to stop).
  void ExitAfterAliveChecks(pid_t pid, int checks) {
    processes_.at(pid).alive_checks_left = checks;
  }
  /// How many times Alive() was asked, for any pid.
  int alive_calls() const { return alive_calls_; }

  std::vector<rcsubr::ProcessInfo> List() const override {
    std::vector<rcsubr::ProcessInfo> list;
    for (const auto& [pid, entry] : processes_) list.push_back(entry.info);
    return list;
  }
  std::optional<rcsubr::ProcessInfo> Find(pid_t pid) const override {
    auto it = processes_.find(pid);
    if (it == processes_.end()) return std::nullopt;
    return it->second.info;
  }
  // Mutates the countdown: Alive is const in the interface because real
  // tables only observe, but a fake process has to end by itself.
  bool Alive(pid_t pid) const override {
    ++alive_calls_;
    auto it = processes_.find(pid);
    if (it == processes_.end() || it->second.zombie) return false;
    int& left = it->second.alive_checks_left;
    if (left == 0) {
      processes_.erase(it);
      return false;
    }
    if (left > 0) --left;
    return true;
  }

 private:
  struct Entry {
    rcsubr::ProcessInfo info;
    bool zombie;
    int alive_checks_left;  // -1: no limit
  };
  mutable std::map<pid_t, Entry> processes_;
  mutable int alive_calls_ = 0;
};

}  // namespace rcsh::testing
