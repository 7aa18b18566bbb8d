// make_symlink (rcsubr/filesystem_natives.cc): the ln call, its three
// warnings, and where the link's directory is looked for.
#include <gtest/gtest.h>

#include "rc_fs_world.h"

namespace rcsh::testing {
namespace {

constexpr const char* kTwoArguments = "/etc/rc.d/test: WARNING: make_symlink(): requires two arguments.";

TEST(MakeSymlink, LinksWhenTheDirectoryExistsUnderTheRoot) {
  RcFsWorld world;
  world.MakeDirectory("var/run");
  RcFsOutcome o = world.RunBoth("make_symlink /dev/null /var/run/log; echo $?");
  EXPECT_EQ(o.out, "0\n");
  EXPECT_EQ(o.err, "");
  EXPECT_EQ(o.calls, "ln [-sf] [/dev/null] [/var/run/log]\n");
}

TEST(MakeSymlink, WarnsAndReturns1WithoutTwoArguments) {
  RcFsWorld world;
  for (const char* call : {"make_symlink", "make_symlink /a", "make_symlink '' /b"}) {
    RcFsOutcome o = world.RunBoth(std::string(call) + "; echo $?");
    EXPECT_EQ(o.out, "1\n") << call;
    EXPECT_EQ(o.err, std::string(kTwoArguments) + "\n") << call;
    EXPECT_EQ(o.calls, std::string("logger [") + kTwoArguments + "]\n") << call;
  }
}

TEST(MakeSymlink, WarnsWhenTheDirectoryIsMissingFromTheRoot) {
  RcFsWorld world;  // /usr/share exists on the host, not in the world
  RcFsOutcome o = world.RunBoth("make_symlink /a /usr/share/b; echo $?");
  EXPECT_EQ(o.out, "1\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: make_symlink(): the directory /usr/share does not exist.\n");
  EXPECT_EQ(o.calls.find("ln "), std::string::npos);
}

TEST(MakeSymlink, ALinkInTheRootDirectoryNeedsOnlyTheRoot) {
  RcFsWorld world;
  EXPECT_EQ(world.RunBoth("make_symlink /a /b").calls, "ln [-sf] [/a] [/b]\n");
}

TEST(MakeSymlink, ALinkWithoutASlashIsItsOwnDirectory) {
  RcFsWorld world;  // ${link%/*} leaves "b": the test is `-d b`, in the working directory
  RcFsOutcome o = world.RunBoth("make_symlink a b; echo $?");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: make_symlink(): the directory b does not exist.\n");
  world.MakeDirectory("b");
  EXPECT_EQ(world.RunBoth("make_symlink a b; echo $?").calls, "ln [-sf] [a] [b]\n");
}

TEST(MakeSymlink, WarnsWhenLnFails) {
  RcFsWorld world;
  world.MakeDirectory("dev");
  world.FailTool("ln");
  RcFsOutcome o = world.RunBoth("make_symlink /x /dev/y; echo $?");
  EXPECT_EQ(o.out, "1\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: make_symlink(): failed to create link /dev/y.\n");
}

TEST(MakeSymlink, ASiteWarnAndLnWin) {
  RcFsWorld world;
  RcFsOutcome o = world.RunBoth("warn() { echo \"mine: $*\"; }; ln() { echo linking; return 3; }; "
                                "make_symlink /a /b; echo $?");
  EXPECT_EQ(o.out, "linking\nmine: make_symlink(): failed to create link /b.\n1\n");
  EXPECT_EQ(o.calls, "");
}

}  // namespace
}  // namespace rcsh::testing
