// What one run of a snippet in an RcWorld did, whichever runner ran it
// (embedded interpreter, the rcsh program, dash): one type, so that any two
// runs compare field by field.
#pragma once

#include <ostream>
#include <string>

namespace rcsh::testing {

struct RcOutcome {
  int status = -1;  // -1: the program could not be started
  // The world's root reads as ROOT in all three (RcWorld::Normalise).
  std::string out, err;
  std::string calls;  // the stand-ins' call log: a line per call
  bool operator==(const RcOutcome&) const = default;
};

inline std::ostream& operator<<(std::ostream& os, const RcOutcome& o) {
  return os << "status " << o.status << "\n--- stdout\n"
            << o.out << "--- stderr\n"
            << o.err << "--- calls\n"
            << o.calls;
}
inline void PrintTo(const RcOutcome& o, std::ostream* os) {
  *os << o;
}

/// True when some call line starts with `prefix` (e.g. "kill -TERM").
inline bool Called(const RcOutcome& o, const std::string& prefix) {
  for (size_t at = 0; at < o.calls.size();) {
    if (o.calls.compare(at, prefix.size(), prefix) == 0) return true;
    size_t end = o.calls.find('\n', at);
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return false;
}

}  // namespace rcsh::testing
