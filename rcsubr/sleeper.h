// Waiting a while, behind an interface: wait_for_pids and root_hold_wait
// pause between polls, which the shell rc.subr does with sleep(1)
// processes. Natives sleep in-process; tests use a FakeSleeper
// (tests/support/fake_sleeper.h) that only records the time asked for.
#pragma once

#include <chrono>

namespace rcsh::rcsubr {

class Sleeper {
 public:
  virtual ~Sleeper() = default;
  /// Returns after `duration` (or earlier if a signal interrupts it: the
  /// callers poll, so a short sleep only means one more poll).
  virtual void Sleep(std::chrono::milliseconds duration) = 0;
};

/// nanosleep(2). Stateless, so one instance serves every thread.
class PosixSleeper : public Sleeper {
 public:
  void Sleep(std::chrono::milliseconds duration) override;
};

}  // namespace rcsh::rcsubr
