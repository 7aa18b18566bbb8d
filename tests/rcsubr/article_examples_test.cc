// The examples of "Practical rc.d scripting in BSD" (corpus/article/01-dummy
// ... 06-kiss), each run by the rcsh PROGRAM on a scratch world (base + the
// example's layer), the way a service(8)-like caller runs a script:
// `rcsh -c TEXT /etc/rc.d/NAME ARG...` with RC_ROOT set, the world's
// stand-ins first on PATH. The script text is used as it is: rcsh maps
// `. /etc/rc.subr` to the world's file itself. Outputs are the article's
// where it shows them and the baseline rc.subr's (under dash) elsewhere;
// corpus/tests/check-baseline.sh checks the same examples under dash.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/rc_outcome.h"
#include "support/rc_program_runner.h"
#include "support/rc_world.h"
#include "support/test_paths.h"

namespace rcsh::testing {
namespace {

namespace fs = std::filesystem;

// `rcsh -c "$(cat ROOT/SCRIPT)" SCRIPT ARGS...`, as a service(8)-like
// caller runs a script; RC_SHELL runs the scripts it starts in turn.
RcOutcome RunLikeService(const RcWorld& world, const std::string& script,
                         std::vector<std::string> args = {}) {
  return RunProgram(world, RcshBinary(), world.Read(script), script, args,
                    {"RC_SHELL=" + RcshBinary()});
}

// The article's usage lines predate today's keyword list (corpus/README.md).
constexpr const char* kMumbledUsage =
    "Usage: /etc/rc.d/mumbled "
    "[fast|force|one|quiet](start|stop|restart|rcvar|enable|disable|delete|enabled|describe|extracommands|reload|"
    "plugh|xyzzy|status|poll)\n";

void ExpectRun(const RcOutcome& run, int status, const std::string& out,
               const std::string& err = "") {
  EXPECT_EQ(run.status, status);
  EXPECT_EQ(run.out, out);
  EXPECT_EQ(run.err, err);
}

TEST(ArticleDummy, StartPrintsItsMessageAndStopDoesNothing) {
  RcWorld world{{"corpus/base", "corpus/article/01-dummy"}};
  ASSERT_TRUE(world.ok());
  ExpectRun(RunLikeService(world, "/etc/rc.d/dummy", {"start"}), 0, "Nothing started.\n");
  ExpectRun(RunLikeService(world, "/etc/rc.d/dummy", {"stop"}), 0, "");
}

TEST(ArticleConfigurableDummy, StaysOffUntilRcConfTurnsItOnAndTakesItsMessageFromThere) {
  RcWorld world{{"corpus/base", "corpus/article/02-confdummy"}};
  ASSERT_TRUE(world.ok());
  ExpectRun(RunLikeService(world, "/etc/rc.d/dummy", {"start"}), 0,
            "Cannot 'start' dummy. Set dummy_enable to YES in /etc/rc.conf or use 'onestart' "
            "instead of 'start'.\n");
  ExpectRun(RunLikeService(world, "/etc/rc.d/dummy", {"onestart"}), 0, "Nothing started.\n");
  world.Append("/etc/rc.conf", "dummy_enable=\"YES\"\ndummy_msg=\"Hello from rc.conf\"");
  ExpectRun(RunLikeService(world, "/etc/rc.d/dummy", {"start"}), 0, "Hello from rc.conf\n");
}

TEST(ArticleMumbled, TheDefaultMethodsStartFindAndStopTheDaemonByItsProcname) {
  RcWorld world{{"corpus/base", "corpus/article/03-mumbled"}};
  ASSERT_TRUE(world.ok());
  ExpectRun(RunLikeService(world, "/etc/rc.d/mumbled", {"onestart"}), 0, "Starting mumbled.\n");
  EXPECT_NE(world.Calls().find("limits -C daemon ROOT/usr/sbin/mumbled\nmumbled\n"), std::string::npos)
      << world.Calls();
  std::vector<std::string> pids = world.RunningDaemons();
  ASSERT_EQ(pids.size(), 1u);
  // No pidfile: procname (= command) is looked for in the process list.
  ExpectRun(RunLikeService(world, "/etc/rc.d/mumbled", {"onestatus"}), 0,
            "mumbled is running as pid " + pids[0] + ".\n");
  ExpectRun(RunLikeService(world, "/etc/rc.d/mumbled", {"onestop"}), 0,
            "Stopping mumbled.\nWaiting for PIDS: " + pids[0] + ".\n");
  ExpectRun(RunLikeService(world, "/etc/rc.d/mumbled", {"onestatus"}), 1,
            "mumbled is not running.\n");
}

TEST(ArticleMumbledAdvanced, WithoutAnArgumentPrintsTheUsageLine) {
  RcWorld world{{"corpus/base", "corpus/article/04-mumbled-advanced"}};
  ASSERT_TRUE(world.ok());
  ExpectRun(RunLikeService(world, "/etc/rc.d/mumbled"), 1, "", kMumbledUsage);
}

TEST(ArticleMumbledAdvanced, ExtraCommandsRunTheirMethods) {
  RcWorld world{{"corpus/base", "corpus/article/04-mumbled-advanced"}};
  ASSERT_TRUE(world.ok());
  ExpectRun(RunLikeService(world, "/etc/rc.d/mumbled", {"oneplugh"}), 0,
            "A hollow voice says \"plugh\".\n");
  ExpectRun(RunLikeService(world, "/etc/rc.d/mumbled", {"onexyzzy"}), 0, "Nothing happens.\n");
}

TEST(ArticleMumbledAdvanced, ThePrecmdRefusesAnUnknownMode) {
  RcWorld world{{"corpus/base", "corpus/article/04-mumbled-advanced"}};
  ASSERT_TRUE(world.ok());
  ExpectRun(RunLikeService(world, "/etc/rc.d/mumbled", {"onestart"}), 1, "",
            "/etc/rc.d/mumbled: WARNING: $mumbled_smart is not set properly - see rc.conf(5).\n"
            "/etc/rc.d/mumbled: WARNING: Invalid value for mumbled_mode\n"
            "/etc/rc.d/mumbled: WARNING: failed precmd routine for mumbled\n");
  EXPECT_TRUE(world.RunningDaemons().empty());
}

TEST(ArticleMumbledAdvanced, StartsWithItsArgumentsReloadsWithUsr1AndStopsThroughThePidfile) {
  RcWorld world{{"corpus/base", "corpus/article/04-mumbled-advanced"}};
  ASSERT_TRUE(world.ok());
  world.Append("/etc/rc.conf",
               "mumbled_enable=\"YES\"\nmumbled_mode=\"foo\"\nmumbled_smart=\"YES\"");
  ExpectRun(RunLikeService(world, "/etc/rc.d/mumbled", {"start"}), 0,
            "Nothing happens.\nStarting mumbled.\n");
  // command_args reach the daemon (their redirection does not); the precmd's
  // rc_flags are reset by its own nested run_rc_command xyzzy.
  EXPECT_EQ(world.Calls(),
            "kenv -q rc.debug\nlimits -C daemon ROOT/usr/sbin/mumbled mock arguments\nmumbled mock arguments\n");
  std::string pid = world.Read("/var/run/mumbled.pid");
  while (!pid.empty() && pid.back() == '\n') pid.pop_back();
  ASSERT_FALSE(pid.empty());
  ExpectRun(RunLikeService(world, "/etc/rc.d/mumbled", {"status"}), 0,
            "mumbled is running as pid " + pid + ".\n");
  ExpectRun(RunLikeService(world, "/etc/rc.d/mumbled", {"reload"}), 0, "");
  for (int tries = 0; tries < 40 && world.Read("/standin/state/mumbled.signals").empty(); ++tries) usleep(50000);
  EXPECT_EQ(world.Read("/standin/state/mumbled.signals"), "USR1\n");
  ExpectRun(RunLikeService(world, "/etc/rc.d/mumbled", {"stop"}), 0,
            "Stopping mumbled.\nWaiting for PIDS: " + pid + ".\nBye-bye\n");
}

TEST(ArticleMumbledAdvanced, AMissingRequiredFileStopsTheStart) {
  RcWorld world{{"corpus/base", "corpus/article/04-mumbled-advanced"}};
  ASSERT_TRUE(world.ok());
  world.Append("/etc/rc.conf", "mumbled_enable=\"YES\"\nmumbled_mode=\"bar\"");
  fs::remove(world.root() + "/etc/mumbled.conf");
  ExpectRun(RunLikeService(world, "/etc/rc.d/mumbled", {"start"}), 1, "",
            "/etc/rc.d/mumbled: WARNING: /etc/mumbled.conf is not readable.\n"
            "/etc/rc.d/mumbled: WARNING: failed precmd routine for mumbled\n");
  EXPECT_TRUE(world.RunningDaemons().empty());
}

TEST(ArticleForceDepend, MumbledStartsTheDisabledFrotzFirst) {
  RcWorld world{{"corpus/base", "corpus/article/05-force-depend"}};
  ASSERT_TRUE(world.ok());
  // frotz_enable lives in rc.conf.d/frotz, which mumbled's load_rc_config
  // does not read: checkyesno warns, the forcestatus fails, force_depend runs.
  ExpectRun(RunLikeService(world, "/etc/rc.d/mumbled", {"onestart"}), 0,
            "Starting frotz.\nStarting mumbled.\n",
            "/etc/rc.d/mumbled: WARNING: $frotz_enable is not set properly - see rc.conf(5).\n");
  EXPECT_EQ(world.RunningDaemons().size(), 2u);
  RcOutcome frotz = RunLikeService(world, "/etc/rc.d/frotz", {"onestatus"});
  EXPECT_EQ(frotz.status, 0);
  EXPECT_TRUE(frotz.out.starts_with("frotz is running as pid ")) << frotz.out;
}

TEST(ArticleKiss, ArgumentsAfterTheCommandReachTheMethods) {
  RcWorld world{{"corpus/base", "corpus/article/06-kiss"}};
  ASSERT_TRUE(world.ok());
  ExpectRun(RunLikeService(world, "/etc/rc.d/dummy", {"start"}), 0, "Nothing started.\n");
  ExpectRun(RunLikeService(world, "/etc/rc.d/dummy", {"start", "Hello", "world!"}), 0,
            "Greeting message: Hello world!\n");
  ExpectRun(RunLikeService(world, "/etc/rc.d/dummy", {"kiss"}), 0, "A ghost gives you a kiss.\n");
  ExpectRun(
      RunLikeService(world, "/etc/rc.d/dummy", {"kiss", "Once", "I", "was", "Etaoin", "Shrdlu..."}),
      0, "A ghost gives you a kiss and whispers: Once I was Etaoin Shrdlu...\n");
}

TEST(ArticleKiss, TheUsageLineListsTheExtraCommand) {
  RcWorld world{{"corpus/base", "corpus/article/06-kiss"}};
  ASSERT_TRUE(world.ok());
  ExpectRun(RunLikeService(world, "/etc/rc.d/dummy"), 1, "",
            "Usage: /etc/rc.d/dummy "
            "[fast|force|one|quiet](start|stop|restart|rcvar|enable|disable|delete|enabled|"
            "describe|extracommands|"
            "kiss)\n");
}

}  // namespace
}  // namespace rcsh::testing
