// load_rc_config (rcsubr/rc_config_load.cc): which files are read in which
// order, the once-per-shell guard, the defaults file's source_rc_confs and
// its rc_conf_files indirection, the readers, set_rcvar defaults and
// set_rcvar_obsolete renames. Every case is also run under dash with the
// baseline rc.subr, and both must agree.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "rcsubr/rc_config_fixture.h"
#include "support/corpus_files.h"

namespace rcsh::rcsubr {
namespace {

using testing::RcOutcome;

namespace fs = std::filesystem;

// A defaults file whose source_rc_confs reads rc_conf_files once each, then
// any names the files added (like the corpus's, in a few lines).
constexpr const char* kDefaults = R"(trace="${trace}defaults "
seen=defaults
local_startup="/usr/local/etc/rc.d"
rc_conf_files="/etc/rc.conf /etc/rc.conf.local"
source_rc_confs() {
  local i done_list
  for pass in 1 2; do
    for i in ${rc_conf_files}; do
      case "$done_list" in *:$i:*) continue ;; esac
      done_list="$done_list:$i:"
      [ -r "${RC_ROOT}$i" ] && . "${RC_ROOT}$i"
    done
  done
}
)";

class LoadRcConfig : public testing::RcConfigTest {
 protected:
  void SetUp() override {
    RcConfigTest::SetUp();
    world_.Write("/etc/defaults/rc.conf", kDefaults);
    world_.Write("/etc/rc.conf", "trace=\"${trace}rc.conf \"\nseen=rc.conf\nfoo_flags=global\n");
    world_.Write("/etc/rc.conf.local", "trace=\"${trace}rc.conf.local \"\nseen=rc.conf.local\n");
  }
};

TEST_F(LoadRcConfig, ReadsDefaultsThenRcConfFilesThenServiceFilesLaterWins) {
  world_.Write("/etc/rc.conf.d/foo",
               "trace=\"${trace}etc/foo \"\nseen=etc-foo\nfoo_flags=service\n");
  world_.Write("/usr/local/etc/rc.conf.d/foo/b", "trace=\"${trace}local/b \"\nseen=local-b\n");
  world_.Write("/usr/local/etc/rc.conf.d/foo/a", "trace=\"${trace}local/a \"\n");
  const char* script = "load_rc_config foo; echo \"$trace|$seen|$foo_flags|$_rc_conf_loaded\"; echo \"$dotted\"";
  RcOutcome o = RunNative(script);
  EXPECT_EQ(o.out,
            "defaults rc.conf rc.conf.local etc/foo local/a local/b |local-b|service|true\n"
            "/etc/defaults/rc.conf /etc/rc.conf.d/foo /usr/local/etc/rc.conf.d/foo/a "
            "/usr/local/etc/rc.conf.d/foo/b\n");
  EXPECT_EQ(o.err, "");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfig, WithoutANameOnlyTheGlobalFilesAreRead) {
  world_.Write("/etc/rc.conf.d/foo", "trace=\"${trace}etc/foo \"\n");
  ExpectSameAsDash("load_rc_config; echo \"$trace\"");
  EXPECT_EQ(RunNative("load_rc_config; echo \"$trace\"").out, "defaults rc.conf rc.conf.local \n");
}

TEST_F(LoadRcConfig, ServiceDirectoryGivesItsRegularFilesInGlobOrder) {
  world_.Write("/etc/rc.conf.d/foo/20-second", "trace=\"${trace}20 \"\n");
  world_.Write("/etc/rc.conf.d/foo/10-first", "trace=\"${trace}10 \"\n");
  world_.Write("/etc/rc.conf.d/foo/.hidden", "trace=\"${trace}hidden \"\n");
  world_.Write("/etc/rc.conf.d/foo/empty", "");
  world_.Mkdir("/etc/rc.conf.d/foo/subdir");
  const char* script = "load_rc_config foo; echo \"$trace\"; echo \"$dotted\"";
  EXPECT_EQ(RunNative(script).out,
            "defaults rc.conf rc.conf.local 10 20 \n"
            "/etc/defaults/rc.conf /etc/rc.conf.d/foo/10-first /etc/rc.conf.d/foo/20-second\n");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfig, EmptyServiceDirectoryReadsNothing) {
  world_.Mkdir("/etc/rc.conf.d/foo");
  ExpectSameAsDash("load_rc_config foo; echo \"$trace\"; echo \"$dotted\"");
}

TEST_F(LoadRcConfig, EveryLocalStartupDirectoryLosesATrailingRcD) {
  world_.Write("/opt/etc/rc.conf.d/foo", "trace=\"${trace}opt \"\n");
  world_.Write("/srv/rc.d/rc.conf.d/foo", "trace=\"${trace}srv-rc.d \"\n");
  world_.Write("/srv/rc.conf.d/foo", "trace=\"${trace}srv \"\n");
  world_.Write("/etc/rc.conf.local", "local_startup=\"/opt/etc/rc.d /srv/rc.d/rc.d /srv/rc.d\"\n");
  const char* script = "load_rc_config foo; echo \"$trace\"";
  EXPECT_EQ(RunNative(script).out, "defaults rc.conf opt srv-rc.d srv \n");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfig, SecondCallRereadsOnlyTheServiceFiles) {
  world_.Write("/etc/rc.conf.d/foo", "trace=\"${trace}foo \"\n");
  world_.Write("/etc/rc.conf.d/bar", "trace=\"${trace}bar \"\n");
  const char* script = "load_rc_config foo; load_rc_config bar; load_rc_config foo; echo \"$trace\"";
  EXPECT_EQ(RunNative(script).out, "defaults rc.conf rc.conf.local foo bar foo \n");
  ExpectSameAsDash(script);
}

// Repeated reads may come from the parse cache; a changed file is new text
// and must be read as it is now.
TEST_F(LoadRcConfig, AServiceFileChangedBetweenCallsIsReadAsItIsNow) {
  world_.Write("/etc/rc.conf.d/foo", "foo_flags=first\n");
  const char* script =
      "load_rc_config foo; echo $foo_flags; echo 'foo_flags=second' > \"$RC_ROOT/etc/rc.conf.d/foo\";"
      " load_rc_config foo; echo $foo_flags; load_rc_config foo; echo $foo_flags";
  EXPECT_EQ(RunNative(script).out, "first\nsecond\nsecond\n");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfig, GuardIsInheritedBySubshells) {
  const char* script = "load_rc_config; (trace=; load_rc_config; echo \"sub:$trace\"); echo \"$trace\"";
  EXPECT_EQ(RunNative(script).out, "sub:\ndefaults rc.conf rc.conf.local \n");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfig, GuardValueIsRunAsACommand) {
  // false: read again; an empty command counts as loaded.
  for (const char* value : {"false", "' '", "true"}) {
    ExpectSameAsDash(std::string("_rc_conf_loaded=") + value + "; load_rc_config; echo \"$trace|$_rc_conf_loaded\"");
  }
  // A command that is not found fails: read again (after the shell's message).
  ExpectSameAsDashButErrorWording("_rc_conf_loaded=no_such_command_xyz; load_rc_config; echo \"$trace|$_rc_conf_loaded\"");
}

TEST_F(LoadRcConfig, RcConfFilesAddedByARcConfFileAreReadToo) {
  world_.Write(
      "/etc/rc.conf.local",
      "trace=\"${trace}rc.conf.local \"\nrc_conf_files=\"$rc_conf_files /etc/rc.conf.site\"\n");
  world_.Write("/etc/rc.conf.site", "trace=\"${trace}site \"\n");
  const char* script = "load_rc_config; echo \"$trace\"";
  EXPECT_EQ(RunNative(script).out, "defaults rc.conf rc.conf.local site \n");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfig, ADefaultsFileWithoutSourceRcConfsReadsOnlyItself) {
  world_.Write("/etc/defaults/rc.conf", "trace=\"${trace}defaults \"\n");
  ExpectSameAsDash("load_rc_config; echo \"$trace\"");
  // A program called source_rc_confs on PATH is called as well (`type` finds it).
  world_.AddStandin("/bin/source_rc_confs");
  ExpectSameAsDash("PATH=\"$RC_ROOT/bin:$PATH\"; load_rc_config; echo \"$trace\"");
}

TEST_F(LoadRcConfig, WithoutADefaultsFileOnlyRcConfIsRead) {
  fs::remove(world_.root() + "/etc/defaults/rc.conf");
  const char* script = "load_rc_config; echo \"$trace|$_rc_conf_loaded\"";
  EXPECT_EQ(RunNative(script).out, "rc.conf |true\n");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfig, WithNoGlobalFilesTheGuardIsStillSet) {
  fs::remove(world_.root() + "/etc/defaults/rc.conf");
  fs::remove(world_.root() + "/etc/rc.conf");
  const char* script = "load_rc_config foo; echo \"$trace|$_rc_conf_loaded|$dotted\"; echo $?";
  EXPECT_EQ(RunNative(script).out, "|true|\n0\n");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfig, EmptyFilesAreSkippedByTheReader) {
  world_.Write("/etc/rc.conf", "");
  world_.Write("/etc/rc.conf.d/foo", "");
  ExpectSameAsDash("load_rc_config foo; echo \"$trace|$dotted\"");
}

TEST_F(LoadRcConfig, UnreadableDefaultsFileFallsBackOrFailsLikeTheBaseline) {
  chmod((world_.root() + "/etc/defaults/rc.conf").c_str(), 0);
  ExpectSameAsDash("load_rc_config; echo \"$trace\"");
}

TEST_F(LoadRcConfig, ADirectoryWhereAGlobalFileIsExpectedReadsAsEmpty) {
  fs::remove(world_.root() + "/etc/rc.conf.local");
  world_.Mkdir("/etc/rc.conf.local/x");
  ExpectSameAsDash("load_rc_config; echo \"after:$trace\"");
}

TEST_F(LoadRcConfig, AnUnreadableServiceFileEndsTheScript) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads every file";
  world_.Write("/etc/rc.conf.d/foo", "x=1\n");
  chmod((world_.root() + "/etc/rc.conf.d/foo").c_str(), 0);
  ExpectSameAsDashButErrorWording("load_rc_config foo; echo never");
}

TEST_F(LoadRcConfig, ExitInAConfigFileEndsTheScript) {
  world_.Write("/etc/rc.conf.d/foo", "echo in-foo; exit 4\n");
  const char* script = "load_rc_config foo; echo never";
  RcOutcome o = RunNative(script);
  EXPECT_EQ(o.out, "in-foo\n");
  EXPECT_EQ(o.status, 4);
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfig, ReturnInAConfigFileEndsOnlyThatFile) {
  world_.Write("/etc/rc.conf", "trace=\"${trace}rc.conf \"\nreturn 0\ntrace=never\n");
  ExpectSameAsDash("load_rc_config; echo \"$trace\"");
}

TEST_F(LoadRcConfig, InvalidReaderIsWarnedAboutAndDotUsed) {
  const char* script = "load_rc_config_reader=cat; load_rc_config; echo \"$trace\"";
  RcOutcome o = RunNative(script);
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: Ignoring invalid load_rc_config_reader\n");
  EXPECT_EQ(o.out, "defaults rc.conf rc.conf.local \n");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfig, ReaderIsCalledByNameAndOptionsChooseIt) {
  world_.Write("/etc/rc.conf.d/foo", "x=1\n");
  const char* readers = "dot() { echo \"dot $*\"; } ; sdot() { echo \"sdot $*\"; }; vdot() { echo \"vdot $*\"; }\n";
  for (const char* call : {"load_rc_config foo", "load_rc_config -s foo", "load_rc_config --safe foo",
                           "load_rc_config -v foo", "load_rc_config --verify foo",
                           "load_rc_config_reader=vdot; load_rc_config foo",
                           "load_rc_config_reader=sdot; load_rc_config -v foo"}) {
    ExpectSameAsDash(std::string(readers) + call);
  }
  EXPECT_EQ(RunNative(std::string(readers) + "load_rc_config -v foo").out,
            "vdot /etc/defaults/rc.conf\nvdot /etc/rc.conf.d/foo\n");
}

TEST_F(LoadRcConfig, VerifyingReaderSkipsRefusedFilesSafeReaderFallsBack) {
  world_.Write("/etc/rc.conf.d/foo", "trace=\"${trace}foo \"\n");
  const char* refuse = "is_verified() { case $1 in *foo) return 1 ;; esac; return 0; }\n";
  ExpectSameAsDash(std::string(refuse) + "load_rc_config -v foo; echo \"$trace\"");
  ExpectSameAsDash(std::string(refuse) + "load_rc_config -s foo; echo \"$trace\"");
  ExpectSameAsDash(std::string(refuse) + "safe_dot() { echo \"safe $*\"; }; load_rc_config -s foo; echo \"$trace\"");
}

TEST_F(LoadRcConfig, DebugOnIsCalledWithTheServiceTags) {
  const char* script = "DebugOn() { echo \"DebugOn $*\"; }; load_rc_config foo; load_rc_config";
  EXPECT_EQ(RunNative(script).out, "DebugOn rc:foo foo\nDebugOn rc: \n");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfig, SetRcvarDefaultsFillEmptyOrUnsetVariables) {
  world_.Write("/etc/rc.conf", "foo_enable=\nbar_enable=NO\n");
  const char* script =
      "rcvar=foo_enable; set_rcvar foo_enable YES 'Enable foo'; set_rcvar bar_enable YES; set_rcvar baz_x dflt;"
      " set_rcvar nodef ''; load_rc_config foo;"
      " echo \"$foo_enable|$bar_enable|$baz_x|${nodef-unset}|$rcvars\"";
  EXPECT_EQ(RunNative(script).out, "YES|NO|dflt|unset|foo_enable bar_enable baz_x nodef\n");
  ExpectSameAsDash(script);
  // $rcvar alone (no set_rcvar) takes a _defval too.
  ExpectSameAsDash("rcvar=qux_enable; qux_enable_defval=on; load_rc_config; echo \"$qux_enable\"");
}

TEST_F(LoadRcConfig, ObsoleteVariablesAreCopiedAndWarnedAbout) {
  world_.Write("/etc/rc.conf", "old_a=1\nold_b=2\nold_c=3\n");
  const char* script =
      "set_rcvar_obsolete old_a new_a; set_rcvar_obsolete old_b new_b 'Gone since 14.'; set_rcvar_obsolete old_c;"
      " set_rcvar_obsolete old_unset new_d; load_rc_config; echo \"$new_a|$new_b|${new_d-unset}\"";
  RcOutcome o = RunNative(script);
  EXPECT_EQ(o.out, "1|2|unset\n");
  EXPECT_EQ(o.err,
            "/etc/rc.d/test: WARNING: $old_a is obsolete.  Use $new_a instead.\n"
            "/etc/rc.d/test: WARNING: $old_b is obsolete.  Gone since 14.\n"
            "/etc/rc.d/test: WARNING: $old_c is obsolete.  Ignored.\n");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfig, InvalidNamesInTheListsAreLeftAlone) {
  ExpectSameAsDash("rcvars='a-b 1x ok'; ok_defval=yes; load_rc_config; echo \"$ok\"");
}

TEST_F(LoadRcConfig, TheCorpusConfigurationReadsTheSame) {
  for (const char* file : {"defaults/rc.conf", "rc.conf", "rc.conf.local", "rc.conf.site", "rc.conf.d/ntpd",
                           "rc.conf.d/dbd/10-resources", "rc.conf.d/dbd/20-paths"}) {
    world_.Write(std::string("/etc/") + file,
                 testing::ReadFileOrDie(testing::SourceDir() + "/corpus/base/etc/" + file));
  }
  ExpectSameAsDash(
      "load_rc_config dbd; load_rc_config ntpd; echo \"$dotted\"; echo \"$hostname|$dbd_nice|$dbd_umask|$ntpd_flags\";"
      " echo \"$rc_conf_files|$local_startup\"");
}

}  // namespace
}  // namespace rcsh::rcsubr
