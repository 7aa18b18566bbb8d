// The reference the native rc.subr is held to: a snippet run by dash after
// sourcing the world's rc.subr (in a bare world, corpus/baseline/rc.subr).
// Header-only.
#pragma once

#include <optional>
#include <string>

#include "support/dash_runner.h"
#include "support/rc_outcome.h"
#include "support/rc_program_runner.h"
#include "support/rc_world.h"

namespace rcsh::testing {

/// `snippet` preceded by the line that sources the world's rc.subr.
inline std::string AfterRcSubr(const std::string& snippet) {
  return ". \"$RC_ROOT/etc/rc.subr\"\n" + snippet;
}

/// The dash to run; when dash is missing, a path that fails to start, so a
/// test that needs dash's own output fails visibly instead of passing.
inline std::string DashBinary() {
  return FindDashBinary().value_or("/nonexistent/dash");
}

/// `snippet` under dash after the world's rc.subr; nullopt without dash.
inline std::optional<RcOutcome> RunBaselineUnderDash(const RcWorld& world,
                                                     const std::string& snippet) {
  if (!FindDashBinary()) return std::nullopt;
  return RunProgram(world, DashBinary(), AfterRcSubr(snippet));
}

}  // namespace rcsh::testing
