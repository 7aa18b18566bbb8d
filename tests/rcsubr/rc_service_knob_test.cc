// `service NAME enable|disable|delete`: which rc.conf file is edited, the
// messages, every other line kept, a broken rc.conf refused and untouched,
// and emptied rc.conf.d files removed with service_delete_empty.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rc_command_fixture.h"
#include "support/fake_file_writer.h"

namespace rcsh::testing {
namespace {

using ::testing::HasSubstr;

class ServiceKnob : public RcCommandTest {};

TEST_F(ServiceKnob, EnableAppendsToRcConfKeepingEverythingElse) {
  std::string before = world_.Read("/etc/rc.conf");
  RcOutcome o = RunTsvc("", {"enable"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "tsvc enabled in /etc/rc.conf\n");
  EXPECT_EQ(world_.Read("/etc/rc.conf"), before + "tsvc_enable=\"YES\"\n");
}

TEST_F(ServiceKnob, DisableRewritesTheExistingLineInPlace) {
  world_.Append("/etc/rc.conf", "tsvc_enable=YES # keep me");
  world_.Append("/etc/rc.conf", "# trailing comment");
  RcOutcome o = RunTsvc("", {"disable"});
  EXPECT_EQ(o.out, "tsvc disabled in /etc/rc.conf\n");
  std::string text = world_.Read("/etc/rc.conf");
  EXPECT_THAT(text, HasSubstr("tsvc_enable=NO # keep me\n# trailing comment\n"));
}

TEST_F(ServiceKnob, TheFileThatSetsTheKnobLastIsEdited) {
  world_.Write("/etc/rc.conf.d/tsvc", "tsvc_enable=NO\n");
  RcOutcome o = RunTsvc("", {"enable"});
  EXPECT_EQ(o.out, "tsvc enabled in /etc/rc.conf.d/tsvc\n");
  EXPECT_EQ(world_.Read("/etc/rc.conf.d/tsvc"), "tsvc_enable=YES\n");
}

TEST_F(ServiceKnob, ABrokenRcConfIsRefusedAndLeftAlone) {
  // The editor's view of rc.conf does not parse (the shell sourced a good
  // copy, so the script itself got this far).
  FakeFileWriter files;
  files.AddFile(world_.root() + "/etc/rc.conf", "hostname=x\nif [ x ]; then\n");
  world_.Write("/etc/rc.d/tsvc", TsvcScript(""), 0755);
  rcsubr::RcSubrOptions options;
  options.files = &files;
  RcOutcome o = RunEmbeddedScript(world_, "/etc/rc.d/tsvc", {"enable"}, BindRcSubr(options));
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.out, "");
  EXPECT_THAT(o.err, HasSubstr("/etc/rc.d/tsvc: WARNING: cannot enable tsvc: /etc/rc.conf:3:1: error:"));
  EXPECT_EQ(files.Find(world_.root() + "/etc/rc.conf")->contents, "hostname=x\nif [ x ]; then\n");
  EXPECT_EQ(files.replace_count(), 0);
}

TEST_F(ServiceKnob, ASyntaxErrorInRcConfEndsTheScriptBeforeAnyEdit) {
  world_.Append("/etc/rc.conf", "if [ x ]; then");
  std::string before = world_.Read("/etc/rc.conf");
  RcOutcome o = RunTsvc("", {"enable"});
  EXPECT_EQ(o.status, 2);
  EXPECT_THAT(o.err, HasSubstr("ROOT/etc/rc.conf:"));
  EXPECT_EQ(world_.Read("/etc/rc.conf"), before);
}

TEST_F(ServiceKnob, AWriteFailureIsReportedAndNothingChanges) {
  FakeFileWriter files;
  files.AddFile(world_.root() + "/etc/rc.conf", "hostname=x\n");
  files.FailReplaces(world_.root() + "/etc/rc.conf", "disk full");
  world_.Write("/etc/rc.d/tsvc", TsvcScript(""), 0755);
  rcsubr::RcSubrOptions options;
  options.files = &files;
  RcOutcome o = RunEmbeddedScript(world_, "/etc/rc.d/tsvc", {"enable"}, BindRcSubr(options));
  EXPECT_EQ(o.status, 1);
  EXPECT_THAT(o.err, HasSubstr("cannot enable tsvc: disk full"));
  EXPECT_EQ(files.Find(world_.root() + "/etc/rc.conf")->contents, "hostname=x\n");
}

TEST_F(ServiceKnob, DeleteRemovesTheKnobFromEveryFile) {
  world_.Append("/etc/rc.conf", "tsvc_enable=YES");
  world_.Write("/etc/rc.conf.d/tsvc", "tsvc_enable=YES\ntsvc_flags=-x\n");
  RcOutcome o = RunTsvc("", {"delete"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "tsvc_enable deleted in /etc/rc.conf /etc/rc.conf.d/tsvc\n");
  EXPECT_EQ(world_.Read("/etc/rc.conf.d/tsvc"), "tsvc_flags=-x\n");
  EXPECT_THAT(world_.Read("/etc/rc.conf"), ::testing::Not(HasSubstr("tsvc_enable")));
}

TEST_F(ServiceKnob, DeleteRemovesAnEmptiedRcConfDFileWhenAsked) {
  world_.Append("/etc/rc.conf", "service_delete_empty=YES");
  world_.Write("/etc/rc.conf.d/tsvc", "tsvc_enable=YES\n");
  RcOutcome o = RunTsvc("", {"delete"});
  EXPECT_EQ(o.out, "tsvc_enable deleted in /etc/rc.conf.d/tsvc\nEmpty file /etc/rc.conf.d/tsvc removed\n");
  EXPECT_FALSE(world_.Exists("/etc/rc.conf.d/tsvc"));
}

TEST_F(ServiceKnob, DeleteOfAnAbsentKnobPrintsNothing) {
  RcOutcome o = RunTsvc("", {"delete"});
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.out + o.err, "");
}

TEST_F(ServiceKnob, AServiceWithoutRcvarCannotBeEnabled) {
  RcOutcome o = RunTsvc("rcvar=", {"enable"});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.err, "/etc/rc.d/tsvc: WARNING: cannot enable tsvc: it has no rcvar.\n");
}

}  // namespace
}  // namespace rcsh::testing
