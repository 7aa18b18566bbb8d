// mount_critical_filesystems (rcsubr/script_natives.cc): `mount` is asked
// once per critical file system and `mount POINT` runs, silently, for each
// one not listed. Both calls go to a logging mount(8) stand-in.
#include <gtest/gtest.h>

#include "support/rc_differential.h"

namespace rcsh::testing {
namespace {

class MountCriticalFilesystems : public ::testing::Test {
 protected:
  void SetUp() override {
    world_.Write("/bin/mount",
                 "#!/bin/sh\necho \"mount $*\" >> \"$RC_CALL_LOG\"\n"
                 "if [ $# -eq 0 ]; then\n"
                 "  echo '/dev/ada0p2 on / (ufs, local)'\n  echo 'devfs on /dev (devfs)'\n"
                 "  echo '/dev/ada0p3   on  /var (ufs, local)'\n  echo\nelse\n"
                 "  echo \"mounting $1\"; echo \"complaint\" >&2; [ \"$1\" != /fail ]\nfi\n",
                 0755);
  }
  RcWorld world_;
};

TEST_F(MountCriticalFilesystems, MountsOnlyWhatIsNotMountedYet) {
  RcOutcome run = RunRcshLikeBaseline(
      world_,
      "critical_filesystems_local='/var /usr /'\nmount_critical_filesystems local; echo $?\n");
  EXPECT_EQ(run.out, "0\n");
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.calls, "mount \nmount \nmount /usr\nmount \n");
}

TEST_F(MountCriticalFilesystems, AFailedMountIsIgnored) {
  RcOutcome run = RunRcshLikeBaseline(
      world_, "critical_filesystems_remote=/fail\nmount_critical_filesystems remote; echo $?\n");
  EXPECT_EQ(run.out, "0\n");
  EXPECT_EQ(run.calls, "mount \nmount /fail\n");
}

TEST_F(MountCriticalFilesystems, NothingListedNothingAsked) {
  RcOutcome run = RunRcshLikeBaseline(
      world_, "mount_critical_filesystems local; echo $?; mount_critical_filesystems\n");
  EXPECT_EQ(run.out, "0\n");
  EXPECT_EQ(run.calls, "");
}

TEST_F(MountCriticalFilesystems, AMountFunctionIsCalledByName) {
  RcOutcome run = RunRcshLikeBaseline(
      world_,
      "mount() { echo \"fn mount $*\" >&2; [ $# -eq 0 ] && echo 'x on /x (ufs)'; }\n"
      "critical_filesystems_local='/x /y'\nmount_critical_filesystems local\n");
  EXPECT_EQ(run.err, "fn mount \nfn mount \n");  // the second mount's output is discarded
  EXPECT_EQ(run.calls, "");
}

}  // namespace
}  // namespace rcsh::testing
