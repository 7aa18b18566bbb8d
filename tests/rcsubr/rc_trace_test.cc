// rc_trace and rc_log (rcsubr/script_natives.cc): tracing is on only while
// /etc/rc.conf.d/rc_trace exists; rc_log's times come from date(1), here a
// stand-in that logs its calls.
#include <gtest/gtest.h>

#include "support/rc_differential.h"

namespace rcsh::testing {
namespace {

class RcTrace : public ::testing::Test {
 protected:
  void SetUp() override {
    world_.Write(
        "/bin/date",
        "#!/bin/sh\necho \"date $*\" >> \"$RC_CALL_LOG\"\ncase $1 in\n+%s) echo 1700000000 ;;\n"
        "*) echo '2023-11-14 22:13:20 UTC'; echo ;;\nesac\n",
        0755);
  }
  RcWorld world_;
};

TEST_F(RcTrace, RcLogStampsTheMessageWithTwoDateCalls) {
  RcOutcome run = RunRcshLikeBaseline(world_, "rc_log hello   world; rc_log\n");
  EXPECT_EQ(run.out,
            "@ 1700000000 [2023-11-14 22:13:20 UTC] hello world\n@ 1700000000 [2023-11-14 22:13:20 UTC] \n");
  EXPECT_EQ(run.calls, "date +%s\ndate +%Y-%m-%d %H:%M:%S %Z\ndate +%s\ndate +%Y-%m-%d %H:%M:%S %Z\n");
}

TEST_F(RcTrace, WithoutTheTraceFileNothingHappens) {
  RcOutcome run = RunRcshLikeBaseline(world_, "rc_trace 0 quiet; echo $?\n");
  EXPECT_EQ(run.out, "0\n");
  EXPECT_EQ(run.calls, "");
}

TEST_F(RcTrace, TheTraceFileSetsTheLevelAndIsReadOnce) {
  world_.Write("/etc/rc.conf.d/rc_trace", "RC_LEVEL=2\necho reading trace file\n");
  RcOutcome run = RunRcshLikeBaseline(
      world_, "rc_trace 1 one; rc_trace 2 two; rc_trace 3 three; echo \"$? $RC_LEVEL\"\n");
  EXPECT_EQ(run.out,
            "reading trace file\n@ 1700000000 [2023-11-14 22:13:20 UTC] one\n"
            "@ 1700000000 [2023-11-14 22:13:20 UTC] two\n0 2\n");
}

TEST_F(RcTrace, TheDefaultLevelIsZero) {
  world_.Write("/etc/rc.conf.d/rc_trace", "# empty of settings\n");
  RcOutcome run = RunRcshLikeBaseline(world_, "rc_trace 0 zero; rc_trace 1 one\n");
  EXPECT_EQ(run.out, "@ 1700000000 [2023-11-14 22:13:20 UTC] zero\n");
}

TEST_F(RcTrace, ALevelThatIsNotANumberTracesNothingAndSaysNothing) {
  world_.Write("/etc/rc.conf.d/rc_trace", "RC_LEVEL=lots\n");
  RcOutcome run = RunRcshLikeBaseline(
      world_, "rc_trace 0 zero; echo $?; RC_LEVEL=3; rc_trace x msg; echo $?\n");
  EXPECT_EQ(run.out, "0\n0\n");
  EXPECT_EQ(run.err, "");
}

TEST_F(RcTrace, NoArgumentsIsNoLevel) {
  // dash's failing `shift` would end the shell here; rcsh's shift fails
  // softly as FreeBSD sh's does, so the shell version returns 0 too.
  world_.Write("/etc/rc.conf.d/rc_trace", "RC_LEVEL=3\n");
  RcOutcome run =
      RunProgram(world_, RcshBinary(), ". \"$RC_ROOT\"/etc/rc.subr\nrc_trace; echo $?\n");
  EXPECT_EQ(run.out, "0\n");
  EXPECT_EQ(run.err, "");
}

TEST_F(RcTrace, AnOverriddenRcLogIsCalledByName) {
  world_.Write("/etc/rc.conf.d/rc_trace", "RC_LEVEL=9\n");
  RcOutcome run = RunRcshLikeBaseline(world_, "rc_log() { echo \"mine: $*\"; }\nrc_trace 1 a b\n");
  EXPECT_EQ(run.out, "mine: a b\n");
  EXPECT_EQ(run.calls, "");
}

}  // namespace
}  // namespace rcsh::testing
