// find_system_scripts, find_local_scripts_new and find_local_scripts_old
// (rcsubr/rc_fs_scripts.cc): which entries count, glob order, logical
// result paths, and that only the world's directories are listed.
#include <gtest/gtest.h>

#include "rcsubr/filesystem_tools_world.h"
#include "support/rc_differential.h"

namespace rcsh::testing {
namespace {

constexpr const char* kProvide = "#!/bin/sh\n# PROVIDE: x\n";
constexpr const char* kNoProvide = "#!/bin/sh\n#  PROVIDE: not at the start\n # PROVIDE: nor here\n";

TEST(FindSystemScripts, ListsExecutableNonDirectoriesInGlobOrder) {
  FilesystemToolsWorld world;
  world.Write("/etc/rc.d/sshd", "", 0755);
  world.Write("/etc/rc.d/NETWORKING", "", 0755);
  world.Write("/etc/rc.d/cron", "", 0755);
  world.Write("/etc/rc.d/readme", "", 0644);
  world.Write("/etc/rc.d/old.pkgsave", "", 0755);
  world.Write("/etc/rc.d/.hidden", "", 0755);
  world.Mkdir("/etc/rc.d/subdir");
  RcOutcome o = RunRcshLikeBaseline(
      world, "system_rc=stale; find_system_scripts; echo $?; echo \"$system_rc\"");
  EXPECT_EQ(o.out, "0\n/etc/rc.d/NETWORKING /etc/rc.d/cron /etc/rc.d/sshd\n");
  EXPECT_EQ(o.err, "");
}

TEST(FindSystemScripts, AMissingOrEmptyDirectoryGivesAnEmptyList) {
  FilesystemToolsWorld world;  // the host's /etc/rc.d (if any) must not be listed
  EXPECT_EQ(
      RunRcshLikeBaseline(world, "system_rc=stale; find_system_scripts; echo \"[$system_rc]\"").out,
      "[]\n");
  world.Mkdir("/etc/rc.d");
  EXPECT_EQ(RunRcshLikeBaseline(world, "find_system_scripts; echo \"[$system_rc]\"").out, "[]\n");
}

TEST(FindLocalScriptsNew, ListsExecutableScriptsWithAProvideLine) {
  FilesystemToolsWorld world;
  world.Write("/usr/local/etc/rc.d/nginx", kProvide, 0755);
  world.Write("/usr/local/etc/rc.d/apache", kProvide, 0755);
  world.Write("/usr/local/etc/rc.d/notexec", kProvide, 0644);
  world.Write("/usr/local/etc/rc.d/noprovide", kNoProvide, 0755);
  world.Write("/usr/local/etc/rc.d/nginx.sample", kProvide, 0755);
  world.Write("/usr/local/etc/rc.d/nginx.pkgsave", kProvide, 0755);
  world.Mkdir("/usr/local/etc/rc.d/sub");
  world.Write("/opt/rc.d/zed", kProvide, 0755);
  RcOutcome o =
      RunRcshLikeBaseline(world,
                          "local_startup='/usr/local/etc/rc.d /missing /opt/rc.d'; local_rc=stale; "
                          "find_local_scripts_new; echo $?; echo \"$local_rc\"");
  EXPECT_EQ(o.out, "0\n/usr/local/etc/rc.d/apache /usr/local/etc/rc.d/nginx /opt/rc.d/zed\n");
  EXPECT_EQ(o.err, "");
}

TEST(FindLocalScriptsNew, NoLocalStartupGivesAnEmptyList) {
  FilesystemToolsWorld world;
  EXPECT_EQ(
      RunRcshLikeBaseline(
          world, "local_rc=stale; local_startup=; find_local_scripts_new; echo \"[$local_rc]\"")
          .out,
      "[]\n");
  EXPECT_EQ(
      RunRcshLikeBaseline(world, "local_startup=/etc; find_local_scripts_new; echo \"[$local_rc]\"")
          .out,
      "[]\n");
}

TEST(FindLocalScriptsNew, ADirectoryGivenRelativeIsUsedAsItIs) {
  FilesystemToolsWorld
      world;  // not under $RC_ROOT again: relative to the working directory (the root here)
  world.Write("/rel/rc.d/svc", kProvide, 0755);
  EXPECT_EQ(RunRcshLikeBaseline(
                world, "local_startup=rel/rc.d; find_local_scripts_new; echo \"$local_rc\"")
                .out,
            "rel/rc.d/svc\n");
}

TEST(FindLocalScriptsOld, SplitsLegacyScriptsWithoutProvideByTheirFirstCharacter) {
  FilesystemToolsWorld world;
  world.Write("/usr/local/etc/rc.d/10first.sh", "#!/bin/sh\n", 0644);
  world.Write("/usr/local/etc/rc.d/2second.sh", kNoProvide, 0644);
  world.Write("/usr/local/etc/rc.d/30new.sh", kProvide, 0755);
  world.Write("/usr/local/etc/rc.d/beta.sh", "", 0644);
  world.Write("/usr/local/etc/rc.d/alpha.sh", "", 0644);
  world.Write("/usr/local/etc/rc.d/modern.sh", kProvide, 0755);
  world.Write("/usr/local/etc/rc.d/notsh", "", 0755);
  world.Write("/usr/local/etc/rc.d/.dot.sh", "", 0755);
  world.Mkdir("/usr/local/etc/rc.d/dir.sh");
  world.Write("/opt/rc.d/5late.sh", "", 0644);
  RcOutcome o = RunRcshLikeBaseline(
      world,
      "local_startup='/usr/local/etc/rc.d /nowhere /opt/rc.d'; zlist=z; slist=s; "
      "find_local_scripts_old; echo $?; echo \"$zlist\"; echo \"$slist\"");
  EXPECT_EQ(o.out,
            "0\n/usr/local/etc/rc.d/10first.sh /usr/local/etc/rc.d/2second.sh /opt/rc.d/5late.sh\n"
            "/usr/local/etc/rc.d/alpha.sh /usr/local/etc/rc.d/beta.sh\n");
}

TEST(FindLocalScriptsOld, EmptyDirectoriesEmptyTheLists) {
  FilesystemToolsWorld world;
  world.Mkdir("/usr/local/etc/rc.d");
  EXPECT_EQ(RunRcshLikeBaseline(
                world,
                "local_startup=/usr/local/etc/rc.d; zlist=z; slist=s; find_local_scripts_old; "
                "echo \"[$zlist] [$slist]\"")
                .out,
            "[] []\n");
}

}  // namespace
}  // namespace rcsh::testing
