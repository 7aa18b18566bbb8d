// The readers dot, vdot and sdot and Exists (rcsubr/rc_config_readers.cc):
// which files are sourced, under the root, what `dotted` records, the
// statuses, the verify option around a read. Compared with dash + the
// baseline rc.subr, and (for the verify option, which dash lacks) with rcsh
// running the shell rc.subr.
#include <sys/stat.h>
#include <unistd.h>

#include "rcsubr/rc_config_fixture.h"

namespace rcsh::rcsubr {
namespace {

using testing::RcOutcome;

class Dot : public testing::RcConfigTest {
 protected:
  void SetUp() override {
    RcConfigTest::SetUp();
    world_.Write("/etc/a.conf", "trace=\"${trace}a \"\n");
    world_.Write("/etc/b.conf", "trace=\"${trace}b \"\n");
    world_.Write("/etc/empty.conf", "");
  }
};

TEST_F(Dot, SourcesExistingNonEmptyFilesUnderTheRoot) {
  const char* script = "dot /etc/a.conf /etc/missing /etc/empty.conf /etc/b.conf; echo \"$?|$trace|$dotted\"";
  EXPECT_EQ(RunNative(script).out, "0|a b |/etc/a.conf /etc/b.conf\n");
  ExpectSameAsDash(script);
}

TEST_F(Dot, WithoutFilesDoesNothing) { ExpectSameAsDash("dot; echo \"$? ${dotted-unset}\""); }

TEST_F(Dot, RelativePathsAreNotRooted) {
  const char* script = "cd \"$RC_ROOT\"; dot ./etc/a.conf etc/b.conf; echo \"$trace|$dotted\"";
  EXPECT_EQ(RunNative(script).out, "a b |./etc/a.conf etc/b.conf\n");
  ExpectSameAsDash(script);
}

TEST_F(Dot, TheSourcedFileSeesTheReadersArgumentsAndMayUseLocal) {
  world_.Write("/etc/args.conf", "echo \"$# $1 $2\"; local inner=1; outer=2\n");
  const char* script = "set -- x y z; dot /etc/args.conf /etc/missing; echo \"$*|${inner-unset}|$outer\"";
  EXPECT_EQ(RunNative(script).out, "2 /etc/args.conf /etc/missing\nx y z|unset|2\n");
  ExpectSameAsDash(script);
}

TEST_F(Dot, ExitInAFileEndsTheScript) {
  world_.Write("/etc/a.conf", "exit 6\n");
  const char* script = "dot /etc/a.conf /etc/b.conf; echo never";
  EXPECT_EQ(RunNative(script).status, 6);
  ExpectSameAsDash(script);
}

TEST_F(Dot, ADirectoryIsSourcedAsAnEmptyFile) {
  world_.Mkdir("/etc/dir.conf/x");
  const char* script = "dot /etc/dir.conf /etc/b.conf; echo \"after $trace|$dotted\"";
  EXPECT_EQ(RunNative(script).out, "after b |/etc/dir.conf /etc/b.conf\n");
  ExpectSameAsDash(script);
}

TEST_F(Dot, AnUnreadableFileIsAFatalErrorOfDot) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads every file";
  chmod((world_.root() + "/etc/a.conf").c_str(), 0);
  ExpectSameAsDashButErrorWording("dot /etc/a.conf /etc/b.conf; echo \"after $trace\"");
}

TEST_F(Dot, TurnsVerifyOffWhileReadingAndRestoresIt) {
  world_.Write("/etc/v.conf", "o_verify\n");
  const char* script = "set -o verify; dot /etc/v.conf; o_verify; set +o verify; dot /etc/v.conf; o_verify";
  RcOutcome native = RunNative(script);
  EXPECT_EQ(native.out, "off\non\noff\noff\n");
  EXPECT_EQ(native, RunShellCode(script));
}

TEST_F(Dot, VdotSourcesVerifiedFilesWithVerifyOn) {
  world_.Write("/etc/v.conf", "o_verify\n");
  const char* script = "vdot /etc/v.conf /etc/a.conf /etc/missing; echo \"$?|$trace|$dotted\"; o_verify";
  RcOutcome native = RunNative(script);
  EXPECT_EQ(native.out, "on\n0|a |/etc/v.conf /etc/a.conf\noff\n");
  EXPECT_EQ(native, RunShellCode(script));
  ExpectSameAsDash("vdot /etc/a.conf /etc/missing /etc/b.conf; echo \"$?|$trace|$dotted\"");
}

TEST_F(Dot, VdotRefusesUnverifiedFilesWithStatus80) {
  const char* script =
      "is_verified() { echo \"check $1\" | sed \"s|$RC_ROOT|ROOT|\"; case $1 in *a.conf) return 1 ;; esac; }; "
      "vdot /etc/a.conf /etc/b.conf /etc/empty.conf; echo \"$?|$trace|$dotted\"";
  EXPECT_EQ(RunNative(script).out, "check ROOT/etc/a.conf\ncheck ROOT/etc/b.conf\n80|b |/etc/b.conf\n");
  ExpectSameAsDash(script);
}

TEST_F(Dot, SdotFallsBackToSafeDotForRefusedFiles) {
  const char* script =
      "is_verified() { case $1 in *a.conf) return 1 ;; esac; }; safe_dot() { echo \"safe $*\"; return 3; }; "
      "sdot /etc/a.conf /etc/b.conf; echo \"$?|$trace|$dotted\"; sdot /etc/a.conf; echo $?; "
      "sdot /etc/a.conf /etc/missing; echo $?; sdot; echo $?";
  EXPECT_EQ(RunNative(script).out, "safe /etc/a.conf\n0|b |/etc/b.conf\nsafe /etc/a.conf\n3\nsafe /etc/a.conf\n0\n0\n");
  ExpectSameAsDash(script);
}

TEST_F(Dot, SdotReadsWithTheDefaultSafeDot) {
  ExpectSameAsDash("is_verified() { return 1; }; sdot /etc/a.conf /etc/empty.conf; echo \"$?|$trace|$dotted\"");
}

TEST_F(Dot, ExistsPrintsTheFirstFilePassingTheTest) {
  world_.Mkdir("/var/db");
  const char* script =
      "Exists /etc/missing /etc/empty.conf /etc/a.conf /etc/b.conf; echo $?; Exists -f /etc/empty.conf; echo $?; "
      "Exists -d /etc/a.conf /var/db; echo $?; Exists /etc/missing; echo $?; Exists; echo $?; Exists -e; echo $?";
  EXPECT_EQ(RunNative(script).out, "/etc/a.conf\n0\n/etc/empty.conf\n0\n/var/db\n0\n1\n1\n1\n");
  ExpectSameAsDash(script);
}

TEST_F(Dot, ExistsTakesOnlyATwoCharacterOptionAndRelativePaths) {
  ExpectSameAsDash("cd \"$RC_ROOT\"; Exists etc/a.conf; Exists --f etc/a.conf; echo $?");
  ExpectSameAsDashButErrorWording("Exists -q /etc/a.conf; echo $?");
}

}  // namespace
}  // namespace rcsh::rcsubr
