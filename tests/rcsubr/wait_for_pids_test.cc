// wait_for_pids: the baseline's text ("Waiting for PIDS: 1 2", ", 2" in
// later rounds, "." at the end), waiting through the process table and a
// fake sleeper: no real sleeping, no kill/pwait/sleep processes.
#include <gtest/gtest.h>

#include <chrono>

#include "rcsubr/process_natives_fixture.h"

namespace rcsh::rcsubr {
namespace {

using std::chrono::milliseconds;
using WaitForPidsTest = testing::ProcessNativesTest;

TEST_F(WaitForPidsTest, NoPidsNoOutput) {
  auto o = Run("wait_for_pids; echo \"[$?]\"");
  EXPECT_EQ(o.out, "[0]\n");
  EXPECT_TRUE(sleeper_.pauses().empty());
}

TEST_F(WaitForPidsTest, PidsAlreadyGonePrintNothing) {
  auto o = Run("wait_for_pids 123 456 junk; echo \"[$?]\"");
  EXPECT_EQ(o.out, "[0]\n");
  EXPECT_EQ(o.calls, "");
  EXPECT_TRUE(sleeper_.pauses().empty());
}

TEST_F(WaitForPidsTest, OneDaemonThatStops) {
  AddProcess(10, {"foo"});
  sleeper_.OnSleep([&](int pauses) {
    if (pauses == 3) table_.Remove(10);
  });
  auto o = Run("wait_for_pids 10");
  EXPECT_EQ(o.out, "Waiting for PIDS: 10.\n");
  EXPECT_EQ(sleeper_.pauses().size(), 3u);  // polling until it ended
  EXPECT_EQ(o.calls, "");
}

TEST_F(WaitForPidsTest, LaterRoundsListWhatIsLeftAndPauseASecondPerPid) {
  AddProcess(10, {"foo"});
  AddProcess(11, {"bar"});
  AddProcess(12, {"baz"});
  sleeper_.OnSleep([&](int pauses) {
    if (pauses == 1) table_.Remove(10);
    if (pauses == 5) table_.MakeZombie(11);  // ended but not reaped: not alive
    if (pauses == 6) table_.Remove(12);
  });
  auto o = Run("wait_for_pids \"10 11\" 12; echo \"[$?]\"");
  EXPECT_EQ(o.out, "Waiting for PIDS: 10 11 12, 11 12, 12.\n[0]\n");
  // Round 1 polls once; round 2 pauses 1 s for each of 11 and 12, then
  // polls twice; round 3 pauses 1 s for 12, which ends meanwhile but was
  // seen alive (kill -0 before sleep 1 in rc.subr), so ", 12" is printed.
  std::vector<milliseconds> expected = {milliseconds(50), milliseconds(1000), milliseconds(1000),
                                        milliseconds(50), milliseconds(50),   milliseconds(1000)};
  EXPECT_EQ(sleeper_.pauses(), expected);
}

}  // namespace
}  // namespace rcsh::rcsubr
