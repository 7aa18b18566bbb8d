#include "rcsubr/sleeper.h"

#include <time.h>

namespace rcsh::rcsubr {

void PosixSleeper::Sleep(std::chrono::milliseconds duration) {
  auto seconds = std::chrono::duration_cast<std::chrono::seconds>(duration);
  struct timespec wait = {static_cast<time_t>(seconds.count()),
                          static_cast<long>(std::chrono::nanoseconds(duration - seconds).count())};
  nanosleep(&wait, nullptr);
}

}  // namespace rcsh::rcsubr
