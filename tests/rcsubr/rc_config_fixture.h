// The fixture of the configuration natives' tests (dot, load_rc_config,
// set_rcvar, ...): a bare world in which one snippet runs after
// `. /etc/rc.subr` three ways — with the natives, as plain shell code by
// rcsh (the baseline file itself), and under dash (the reference).
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "support/rc_dash_baseline.h"
#include "support/rc_differential.h"
#include "support/rc_embedded_runner.h"
#include "support/rc_world.h"

namespace rcsh::testing {

class RcConfigTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(world_.ok()); }

  RcOutcome RunNative(const std::string& script) {
    return RunEmbedded(world_, ". /etc/rc.subr\n" + script, BindRcSubr());
  }
  RcOutcome RunShellCode(const std::string& script) {
    return RunEmbedded(world_, AfterRcSubr(script));
  }

  void ExpectSameAsDash(const std::string& script) {
    ExpectLikeBaseline(world_, script, [&] { return RunNative(script); });
  }
  /// dash says "script: LINE: x: not found", rcsh "script:LINE: x: not found".
  void ExpectSameAsDashButErrorWording(const std::string& script) {
    ExpectLikeBaseline(
        world_, script, [&] { return RunNative(script); }, Leeway::kErrorWording);
  }

  RcWorld world_;
};

}  // namespace rcsh::testing
