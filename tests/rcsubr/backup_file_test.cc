// backup_file (rcsubr/filesystem_natives.cc): the cp/chown/mv calls of each
// action, the $RC_ROOT rule for the existence test, and that the tools are
// called by name (a shell function wins, and its exit ends the script).
#include <gtest/gtest.h>

#include "rcsubr/filesystem_tools_world.h"
#include "support/rc_differential.h"

namespace rcsh::testing {
namespace {

TEST(BackupFile, AddKeepsTheCurrentCopyAsBackupThenCopiesAndChowns) {
  FilesystemToolsWorld world;
  world.Write("/var/backups/group.bak", "old\n");
  RcOutcome o = RunRcshLikeBaseline(
      world, "backup_file add /etc/group /var/backups/group.bak /var/backups/group.bak2; echo $?");
  EXPECT_EQ(o.out, "0\n");
  EXPECT_EQ(o.err, "");
  EXPECT_EQ(o.calls,
            "cp [-p] [/var/backups/group.bak] [/var/backups/group.bak2]\n"
            "cp [-p] [/etc/group] [/var/backups/group.bak]\n"
            "chown [root:wheel] [/var/backups/group.bak]\n");
}

TEST(BackupFile, UpdateWithoutACurrentCopyMakesNoBackup) {
  FilesystemToolsWorld world;
  RcOutcome o = RunRcshLikeBaseline(
      world,
      "backup_file update /etc/group /var/backups/group.bak /var/backups/group.bak2; echo $?");
  EXPECT_EQ(o.out, "0\n");
  EXPECT_EQ(o.calls, "cp [-p] [/etc/group] [/var/backups/group.bak]\nchown [root:wheel] [/var/backups/group.bak]\n");
}

TEST(BackupFile, TheCurrentCopyIsLookedForUnderTheRootNotOnTheHost) {
  FilesystemToolsWorld world;  // /etc/passwd exists on the host, not in the world
  RcOutcome o = RunRcshLikeBaseline(world, "backup_file add /etc/new /etc/passwd /etc/passwd.bak");
  EXPECT_EQ(o.calls, "cp [-p] [/etc/new] [/etc/passwd]\nchown [root:wheel] [/etc/passwd]\n");
}

TEST(BackupFile, TheStatusIsChownsAndAFailedCopyDoesNotStopIt) {
  FilesystemToolsWorld world;
  world.FailTool("cp");
  world.FailTool("chown");
  RcOutcome o = RunRcshLikeBaseline(world, "backup_file add /a /b /c; echo $?");
  EXPECT_EQ(o.out, "1\n");
  EXPECT_EQ(o.calls, "cp [-p] [/a] [/b]\nchown [root:wheel] [/b]\n");
}

TEST(BackupFile, RemoveMovesTheCurrentCopyToTheBackup) {
  FilesystemToolsWorld world;
  world.Write("/var/backups/x.cur", "");
  RcOutcome o = RunRcshLikeBaseline(
      world, "backup_file remove /etc/x /var/backups/x.cur /var/backups/x.bak; echo $?");
  EXPECT_EQ(o.out, "0\n");
  EXPECT_EQ(o.calls, "mv [-f] [/var/backups/x.cur] [/var/backups/x.bak]\n");
  world.FailTool("mv");
  EXPECT_EQ(RunRcshLikeBaseline(
                world, "backup_file remove /etc/x /var/backups/x.cur /var/backups/x.bak; echo $?")
                .out,
            "1\n");
}

TEST(BackupFile, RemoveWithoutACurrentCopyAndUnknownActionsDoNothing) {
  FilesystemToolsWorld world;
  RcOutcome o =
      RunRcshLikeBaseline(world,
                          "backup_file remove /etc/x /var/x.cur /var/x.bak; echo $?; "
                          "backup_file frobnicate /a /b /c; echo $?; backup_file; echo $?");
  EXPECT_EQ(o.out, "0\n0\n0\n");
  EXPECT_EQ(o.calls, "");
}

TEST(BackupFile, ToolsAreCalledByNameSoAFunctionWinsAndItsExitEndsTheScript) {
  FilesystemToolsWorld world;
  RcOutcome o = RunRcshLikeBaseline(world,
                                    "chown() { echo \"own $*\"; }; backup_file add /a /b /c; "
                                    "cp() { exit 4; }; backup_file add /a /b /c; echo never");
  EXPECT_EQ(o.out, "own root:wheel /b\n");
  EXPECT_EQ(o.status, 4);
  EXPECT_EQ(o.calls, "cp [-p] [/a] [/b]\n");
}

TEST(BackupFile, IsNativeInRcsh) {
  FilesystemToolsWorld world;
  RcOutcome o = RunProgram(world, RcshBinary(), ". \"$RC_ROOT/etc/rc.subr\"; type backup_file");
  EXPECT_EQ(o.out, "backup_file is a shell builtin\n");
}

}  // namespace
}  // namespace rcsh::testing
