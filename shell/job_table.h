// Background jobs: external programs started with `&` (real pids) and
// in-process jobs running on their own thread (ids above any real pid).
#pragma once

#include <sys/types.h>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "shell/process_runner.h"

namespace rcsh {

class JobTable {
 public:
  explicit JobTable(ProcessRunner& runner) : runner_(runner) {}
  ~JobTable();  // waits for in-process jobs still running

  /// Records a started process.
  void AddProcess(pid_t pid);
  /// Runs `body` on a new thread; returns the job's id for $!.
  pid_t StartThread(std::function<int()> body);
  /// Waits for the job; its status, or 127 if unknown.
  int Wait(pid_t id);
  /// Waits for every job.
  void WaitAll();
  bool Known(pid_t id);
  bool IsThread(pid_t id);

 private:
  struct ThreadJob {
    std::thread thread;
    std::shared_ptr<int> status;
  };
  ProcessRunner& runner_;
  std::mutex mutex_;
  std::map<pid_t, bool> processes_;  // pid -> finished already reaped
  std::map<pid_t, ThreadJob> threads_;
  pid_t next_thread_id_ = 1 << 23;  // above Linux's pid_max
};

}  // namespace rcsh
