// run_rc_command's informational commands: rcvar (with set_rcvar knobs and
// multi-line descriptions), describe, extracommands, and the usage line for
// no or an unknown argument.
#include <gtest/gtest.h>

#include "rc_command_fixture.h"

namespace rcsh::testing {
namespace {

class RunRcCommandInfo : public RcCommandTest {};

TEST_F(RunRcCommandInfo, RcvarListsEachKnobWithDescriptionAndDefault) {
  world_.Append("/etc/rc.conf", "tsvc_enable=YES");
  RcOutcome o = RunTsvc("desc='Test service'\nset_rcvar tsvc_mode fast 'How to run^^fast or slow'",
                        {"rcvar"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out,
            "# tsvc : Test service\n"
            "#\n"
            "tsvc_enable=\"YES\"\n"
            "#   (default: \"\")\n"
            "tsvc_mode=\"fast\"\n"
            "# - How to run\n"
            "#   fast or slow\n"
            "#   (default: \"fast\")\n"
            "\n");
}

TEST_F(RunRcCommandInfo, RcvarWithoutDescription) {
  RcOutcome o = RunTsvc("", {"rcvar"});
  EXPECT_EQ(o.out, "# tsvc\n#\ntsvc_enable=\"\"\n#   (default: \"\")\n\n");
}

TEST_F(RunRcCommandInfo, ExtracommandsPrintsTheList) {
  RcOutcome o = RunTsvc("extra_commands='reload kiss'\nworld_enable=YES", {"oneextracommands"});
  EXPECT_EQ(o.out, "reload kiss\n");
}

TEST_F(RunRcCommandInfo, NoArgumentPrintsTheUsageAndExits) {
  RcOutcome o = RunTsvc("", {});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err, "Usage: /etc/rc.d/tsvc [fast|force|one|quiet](start|stop|restart|rcvar|enable|disable|"
                   "delete|enabled|describe|extracommands|status|poll)\n");
}

TEST_F(RunRcCommandInfo, AnUnknownArgumentIsNamed) {
  RcOutcome o = RunTsvc("command=\nstatus_cmd=true", {"bogus"});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.err, "/etc/rc.d/tsvc: unknown directive 'bogus'.\n"
                   "Usage: /etc/rc.d/tsvc [fast|force|one|quiet](start|stop|restart|rcvar|enable|disable|"
                   "delete|enabled|describe|extracommands|status)\n");
}

}  // namespace
}  // namespace rcsh::testing
