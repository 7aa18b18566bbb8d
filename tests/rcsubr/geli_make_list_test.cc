// geli_make_list (rcsubr/filesystem_natives.cc): which fstab lines count,
// the $geli_devices merge, and that only the world's /etc/fstab is read.
#include <gtest/gtest.h>

#include "rcsubr/filesystem_tools_world.h"
#include "support/rc_differential.h"

namespace rcsh::testing {
namespace {

constexpr const char* kFstab =
    "# Device\tMountpoint\tFStype\tOptions\tDump\tPass#\n"
    "/dev/ada0p2\t/\tufs\trw\t1\t1\n"
    "/dev/ada0p4.eli\t/var\tufs\trw\t2\t2\n"
    "  /dev/ada1.eli   /data  ufs  rw,noauto  2 2\n"
    "/dev/ada0p3.eli\tnone\tswap\tsw\t0\t0\n"
    "#/dev/ada9.eli\t/old\tufs\trw\t2\t2\n"
    "\n"
    "/dev/da0.eli /usb ufs rw,noautomount\n"
    "ada2.eli /x ufs noauto\n"
    "/dev/gpt/home.eli\t/home\tufs\trw\t2\t2\n";

TEST(GeliMakeList, ListsEliLinesOfFstabThatAreNotSwapOrNoauto) {
  FilesystemToolsWorld world;
  world.Write("/etc/fstab", kFstab);
  RcOutcome o = RunRcshLikeBaseline(world, "geli_make_list; echo $?");
  EXPECT_EQ(o.out, "ada0p4 da0 gpt/home\n0\n");
  EXPECT_EQ(o.err, "");
  EXPECT_EQ(o.calls, "");
}

TEST(GeliMakeList, AddsGeliDevicesNotListedYet) {
  FilesystemToolsWorld world;
  world.Write("/etc/fstab", kFstab);
  RcOutcome o = RunRcshLikeBaseline(
      world, "geli_devices='ada5 /dev/ada0p4.eli da0 ada6.eli ada5'; echo \"[$(geli_make_list)]\"");
  EXPECT_EQ(o.out, "[ada0p4 da0 gpt/home ada5 ada6]\n");
}

TEST(GeliMakeList, WithoutAnFstabInTheRootOnlyGeliDevicesCount) {
  FilesystemToolsWorld world;  // the host's /etc/fstab must not be read
  EXPECT_EQ(RunRcshLikeBaseline(world, "geli_make_list").out, "\n");
  EXPECT_EQ(RunRcshLikeBaseline(world, "geli_devices=/dev/ada3.eli; geli_make_list").out, "ada3\n");
}

TEST(GeliMakeList, ALastLineWithoutNewlineIsNotRead) {
  FilesystemToolsWorld world;
  world.Write("/etc/fstab", "/dev/a.eli /a ufs rw\n/dev/b.eli /b ufs rw");
  EXPECT_EQ(RunRcshLikeBaseline(world, "geli_make_list").out, "a\n");
}

TEST(GeliMakeList, EchoIsCalledByName) {
  FilesystemToolsWorld world;
  RcOutcome o = RunRcshLikeBaseline(world,
                                    "echo() { printf '<%s>\\n' \"$*\"; return 2; }; "
                                    "geli_devices=x; geli_make_list; command echo $?");
  EXPECT_EQ(o.out, "<x>\n2\n");
}

TEST(GeliMakeList, TheCallersIfsSplitsFstabLinesAndGeliDevices) {
  FilesystemToolsWorld world;
  world.Write("/etc/fstab", "/dev/a.eli:/a:ufs:rw\n/dev/b.eli /b ufs rw\n/dev/c.eli:/c:swap:sw\n");
  EXPECT_EQ(RunRcshLikeBaseline(world, "IFS=:; geli_devices='d:/dev/a.eli'; geli_make_list").out,
            "a d\n");
}

}  // namespace
}  // namespace rcsh::testing
