// _echoonce and check_namevarlist (rcsubr/script_natives.cc), against dash
// running the shell rc.subr.
#include <gtest/gtest.h>

#include "support/rc_differential.h"

namespace rcsh::testing {
namespace {

TEST(EchoOnce, ModeZeroPrintsOnceWithoutANewline) {
  RcWorld world;
  RcOutcome run = RunRcshLikeBaseline(
      world,
      "_echoonce seen 'Starting:' 0; _echoonce seen 'Starting:' 0; echo \" $seen $?\"\n"
      "_echoonce third 'x' ''; echo\n");
  EXPECT_EQ(run.out, "Starting: finished 0\nx\n");
}

TEST(EchoOnce, ModeOnePrintsWhenTheVariableIsSet) {
  RcWorld world;
  RcOutcome run =
      RunRcshLikeBaseline(world, "_echoonce v '.' 1; v=x; _echoonce v '.' 1; echo \"$v $?\"\n");
  EXPECT_EQ(run.out, ".\nx 0\n");
}

TEST(CheckNamevarlist, KnowsTheReservedSuffixes) {
  RcWorld world;
  std::string program;
  for (const char* word : {"program", "chroot", "chdir", "env", "flags", "fib", "nice", "user", "group", "groups",
                           "prepend", "setup", "enable", "pidfile", "", "Program", "flags2"}) {
    program += std::string("check_namevarlist '") + word + "'; printf %s $?\n";
  }
  RcOutcome run = RunRcshLikeBaseline(world, program + "echo\n");
  EXPECT_EQ(run.out, "00000000000011111\n");
}

}  // namespace
}  // namespace rcsh::testing
