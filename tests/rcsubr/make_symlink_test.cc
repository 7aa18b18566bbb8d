// make_symlink (rcsubr/filesystem_natives.cc): the ln call, its three
// warnings, and where the link's directory is looked for.
#include <gtest/gtest.h>

#include "rcsubr/filesystem_tools_world.h"
#include "support/rc_differential.h"

namespace rcsh::testing {
namespace {

constexpr const char* kTwoArguments = "/etc/rc.d/test: WARNING: make_symlink(): requires two arguments.";

TEST(MakeSymlink, LinksWhenTheDirectoryExistsUnderTheRoot) {
  FilesystemToolsWorld world;
  world.Mkdir("/var/run");
  RcOutcome o = RunRcshLikeBaseline(world, "make_symlink /dev/null /var/run/log; echo $?");
  EXPECT_EQ(o.out, "0\n");
  EXPECT_EQ(o.err, "");
  EXPECT_EQ(o.calls, "ln [-sf] [/dev/null] [/var/run/log]\n");
}

TEST(MakeSymlink, WarnsAndReturns1WithoutTwoArguments) {
  FilesystemToolsWorld world;
  for (const char* call : {"make_symlink", "make_symlink /a", "make_symlink '' /b"}) {
    RcOutcome o = RunRcshLikeBaseline(world, std::string(call) + "; echo $?");
    EXPECT_EQ(o.out, "1\n") << call;
    EXPECT_EQ(o.err, std::string(kTwoArguments) + "\n") << call;
    EXPECT_EQ(o.calls, std::string("logger [") + kTwoArguments + "]\n") << call;
  }
}

TEST(MakeSymlink, WarnsWhenTheDirectoryIsMissingFromTheRoot) {
  FilesystemToolsWorld world;  // /usr/share exists on the host, not in the world
  RcOutcome o = RunRcshLikeBaseline(world, "make_symlink /a /usr/share/b; echo $?");
  EXPECT_EQ(o.out, "1\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: make_symlink(): the directory /usr/share does not exist.\n");
  EXPECT_EQ(o.calls.find("ln "), std::string::npos);
}

TEST(MakeSymlink, ALinkInTheRootDirectoryNeedsOnlyTheRoot) {
  FilesystemToolsWorld world;
  EXPECT_EQ(RunRcshLikeBaseline(world, "make_symlink /a /b").calls, "ln [-sf] [/a] [/b]\n");
}

TEST(MakeSymlink, ALinkWithoutASlashIsItsOwnDirectory) {
  FilesystemToolsWorld
      world;  // ${link%/*} leaves "b": the test is `-d b`, in the working directory
  RcOutcome o = RunRcshLikeBaseline(world, "make_symlink a b; echo $?");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: make_symlink(): the directory b does not exist.\n");
  world.Mkdir("/b");
  EXPECT_EQ(RunRcshLikeBaseline(world, "make_symlink a b; echo $?").calls, "ln [-sf] [a] [b]\n");
}

TEST(MakeSymlink, WarnsWhenLnFails) {
  FilesystemToolsWorld world;
  world.Mkdir("/dev");
  world.FailTool("ln");
  RcOutcome o = RunRcshLikeBaseline(world, "make_symlink /x /dev/y; echo $?");
  EXPECT_EQ(o.out, "1\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: make_symlink(): failed to create link /dev/y.\n");
}

TEST(MakeSymlink, ASiteWarnAndLnWin) {
  FilesystemToolsWorld world;
  RcOutcome o =
      RunRcshLikeBaseline(world,
                          "warn() { echo \"mine: $*\"; }; ln() { echo linking; return 3; }; "
                          "make_symlink /a /b; echo $?");
  EXPECT_EQ(o.out, "linking\nmine: make_symlink(): failed to create link /b.\n1\n");
  EXPECT_EQ(o.calls, "");
}

}  // namespace
}  // namespace rcsh::testing
