// A Sleeper that does not sleep: it records each pause and can run a
// callback at each (a process ending, a value changing while the code under
// test waits).
#pragma once

#include <chrono>
#include <functional>
#include <vector>

#include "rcsubr/sleeper.h"

namespace rcsh::testing {

class FakeSleeper : public rcsubr::Sleeper {
 public:
  void Sleep(std::chrono::milliseconds duration) override {
    pauses_.push_back(duration);
    if (on_sleep_) on_sleep_(static_cast<int>(pauses_.size()));
  }
  /// Called with the number of pauses so far (1 at the first).
  void OnSleep(std::function<void(int)> callback) { on_sleep_ = std::move(callback); }
  const std::vector<std::chrono::milliseconds>& pauses() const { return pauses_; }

 private:
  std::vector<std::chrono::milliseconds> pauses_;
  std::function<void(int)> on_sleep_;
};

}  // namespace rcsh::testing
