#include "shell/job_table.h"

namespace rcsh {

JobTable::~JobTable() {
  for (auto& [id, job] : threads_) {
    if (job.thread.joinable()) job.thread.join();
  }
}

void JobTable::AddProcess(pid_t pid) {
  std::lock_guard<std::mutex> lock(mutex_);
  processes_[pid] = false;
}

pid_t JobTable::StartThread(std::function<int()> body) {
  std::lock_guard<std::mutex> lock(mutex_);
  pid_t id = next_thread_id_++;
  auto status = std::make_shared<int>(0);
  ThreadJob job;
  job.status = status;
  job.thread = std::thread([body = std::move(body), status] { *status = body(); });
  threads_.emplace(id, std::move(job));
  return id;
}

int JobTable::Wait(pid_t id) {
  std::unique_lock<std::mutex> lock(mutex_);
  auto thread = threads_.find(id);
  if (thread != threads_.end()) {
    ThreadJob job = std::move(thread->second);
    threads_.erase(thread);
    lock.unlock();
    if (job.thread.joinable()) job.thread.join();
    return *job.status;
  }
  auto process = processes_.find(id);
  if (process == processes_.end()) return 127;
  processes_.erase(process);
  lock.unlock();
  return runner_.Wait(id);
}

void JobTable::WaitAll() {
  for (;;) {
    pid_t id;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!threads_.empty()) {
        id = threads_.begin()->first;
      } else if (!processes_.empty()) {
        id = processes_.begin()->first;
      } else {
        return;
      }
    }
    Wait(id);
  }
}

bool JobTable::Known(pid_t id) {
  std::lock_guard<std::mutex> lock(mutex_);
  return threads_.count(id) || processes_.count(id);
}

bool JobTable::IsThread(pid_t id) {
  std::lock_guard<std::mutex> lock(mutex_);
  return threads_.count(id) > 0;
}

}  // namespace rcsh
