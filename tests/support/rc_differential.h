// Differential checks: the native rc.subr must do what the baseline rc.subr
// does under dash — the same stdout, stderr, status and stand-in calls —
// except where a test names the one thing allowed to differ. Without dash
// the comparison is skipped and the test's own expectations still run.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <string>

#include "support/rc_dash_baseline.h"
#include "support/rc_outcome.h"
#include "support/rc_program_runner.h"
#include "support/rc_world.h"
#include "support/test_paths.h"

namespace rcsh::testing {

/// What a comparison lets differ.
enum class Leeway {
  kNone,
  kCalls,         // natives that answer without running the tools dash runs
  kErrorWording,  // the shells word their own errors differently: both must have printed some
};

inline void ExpectSameOutcome(const RcOutcome& ours, const RcOutcome& dash,
                              const std::string& snippet, Leeway leeway = Leeway::kNone) {
  EXPECT_EQ(ours.out, dash.out) << snippet;
  if (leeway == Leeway::kErrorWording) {
    EXPECT_NE(ours.err, "") << snippet;
    EXPECT_NE(dash.err, "") << snippet;
  } else {
    EXPECT_EQ(ours.err, dash.err) << snippet;
  }
  EXPECT_EQ(ours.status, dash.status) << snippet;
  if (leeway != Leeway::kCalls) {
    EXPECT_EQ(ours.calls, dash.calls) << snippet;
  }
}

/// Runs `snippet` under dash after the baseline rc.subr, then `ours` (the
/// same snippet, the test's way), which thus sees any state dash's run
/// left, and compares the two; returns ours for the test's own checks.
inline RcOutcome ExpectLikeBaseline(const RcWorld& world, const std::string& snippet,
                                    const std::function<RcOutcome()>& ours,
                                    Leeway leeway = Leeway::kNone) {
  std::optional<RcOutcome> dash = RunBaselineUnderDash(world, snippet);
  RcOutcome outcome = ours();
  if (dash) ExpectSameOutcome(outcome, *dash, snippet, leeway);
  return outcome;
}

/// `snippet` after rc.subr under the rcsh program, compared with dash.
inline RcOutcome RunRcshLikeBaseline(const RcWorld& world, const std::string& snippet) {
  return ExpectLikeBaseline(world, snippet,
                            [&] { return RunProgram(world, RcshBinary(), AfterRcSubr(snippet)); });
}

}  // namespace rcsh::testing
