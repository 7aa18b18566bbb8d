// load_kld and check_required_after: which of kldstat/kldload/sysctl -f
// run, with which arguments, and the messages — the same as the baseline
// rc.subr under dash in the same stand-in world.
#include <gtest/gtest.h>

#include "rcsubr/system_natives_fixture.h"

namespace rcsh::rcsubr {
namespace {

using LoadKldTest = testing::SystemNativesTest;

TEST_F(LoadKldTest, LoadsAModuleThatIsNotThere) {
  auto o = RunBoth("rc_info=yes; load_kld geom_eli; echo \"[$?]\"");
  EXPECT_EQ(o.out, "/etc/rc.d/test: INFO: geom_eli kernel module loaded.\n[0]\n");
  EXPECT_EQ(o.calls, "kldstat -q -m geom_eli\nkldload geom_eli\n");
}

TEST_F(LoadKldTest, LeavesALoadedModuleAlone) {
  auto o = RunBoth("rc_debug=yes; load_kld zfs; echo \"[$?]\"");
  EXPECT_EQ(o.out, "[0]\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: DEBUG: load_kld: zfs kernel module already loaded.\n");
  EXPECT_EQ(o.calls, "kldstat -q -m zfs\n");
}

TEST_F(LoadKldTest, ModuleOptionNamesWhatToLookFor) {
  auto o = RunBoth("load_kld -m ipfw_nat ipfw_nat_file; echo \"[$?]\"; load_kld -mnone ipfw; echo \"[$?]\"");
  EXPECT_EQ(o.out, "[0]\n[0]\n");
  EXPECT_EQ(o.calls, "kldstat -q -m ipfw_nat\nkldstat -q -m none\nkldload ipfw\n");
}

TEST_F(LoadKldTest, RegexOptionGrepsKldstatVerbose) {
  auto o = RunBoth("load_kld -e 'ipfw_n' ipfw; echo \"[$?]\"; load_kld -e 'if_wg$' if_wg; echo \"[$?]\"");
  EXPECT_EQ(o.out, "[0]\n[0]\n");
  EXPECT_EQ(o.calls, "kldstat -v\nkldstat -v\nkldload if_wg\n");
}

TEST_F(LoadKldTest, FailedKldloadWarnsAndFails) {
  auto o = RunBoth("load_kld bad_module; echo \"[$?]\"");
  EXPECT_EQ(o.out, "[1]\n");
  EXPECT_EQ(o.err,
            "kldload: can't load bad_module: No such file or directory\n"
            "/etc/rc.d/test: WARNING: Unable to load kernel module bad_module\n");
}

TEST_F(LoadKldTest, AppliesTheModulesSysctlFileByItsLogicalPath) {
  world_.Write("/etc/sysctl.kld.d/if_wg.conf", "net.wg.x=1\n");
  auto o = RunBoth("load_kld if_wg");
  EXPECT_EQ(o.calls, "kldstat -q -m if_wg\nkldload if_wg\nsysctl -f /etc/sysctl.kld.d/if_wg.conf\n");
}

TEST_F(LoadKldTest, WrongNumberOfFilesIsAUsageError) {
  for (const char* call : {"load_kld", "load_kld a b", "load_kld -m x"}) {
    auto o = RunBoth(std::string(call) + "; echo not reached");
    EXPECT_EQ(o.status, 3) << call;
    EXPECT_EQ(o.err, "/etc/rc.d/test: ERROR: USAGE: load_kld [-e regex] [-m module] file\n") << call;
    EXPECT_EQ(o.calls, "") << call;
  }
}

TEST_F(LoadKldTest, UnknownOptionIsAUsageErrorAfterGetoptsComplains) {
  auto o = Run("load_kld -x zfs; echo not reached");
  EXPECT_EQ(o.status, 3);
  EXPECT_NE(o.err.find("Illegal option -x"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("/etc/rc.d/test: ERROR: USAGE: load_kld [-e regex] [-m module] file\n"), std::string::npos);
}

TEST_F(LoadKldTest, OptindStaysLocal) {
  auto o = RunBoth("OPTIND=5; load_kld -m zfs zfs; echo \"$OPTIND\"");
  EXPECT_EQ(o.out, "5\n");
}

TEST_F(LoadKldTest, RequiredModulesLoadForStartOnly) {
  auto o = RunBoth(
      "required_modules='zfs geom_eli ipfw_nat_file:ipfw_nat if_wg~^if_w'; "
      "check_required_after stop; echo \"[$?]\"; check_required_after start; echo \"[$?]\"");
  EXPECT_EQ(o.out, "[0]\n[0]\n");
  EXPECT_EQ(o.calls,
            "kldstat -q -m zfs\nkldstat -q -m geom_eli\nkldload geom_eli\nkldstat -q -m ipfw_nat\n"
            "kldstat -v\nkldload if_wg\n");
}

TEST_F(LoadKldTest, RequiredModuleFailureStopsUnlessForced) {
  auto o = RunBoth("required_modules='bad_one geom_eli'; check_required_after start; echo \"[$?]\"");
  EXPECT_EQ(o.out, "[1]\n");
  EXPECT_EQ(o.calls, "kldstat -q -m bad_one\nkldload bad_one\n");
  o = RunBoth("rc_force=yes; required_modules='bad_one geom_eli'; check_required_after start; echo \"[$?]\"");
  EXPECT_EQ(o.out, "[0]\n");
  EXPECT_EQ(o.calls, "kldstat -q -m bad_one\nkldload bad_one\nkldstat -q -m geom_eli\nkldload geom_eli\n");
}

TEST_F(LoadKldTest, RequiredModulesCallAnOverriddenLoadKld) {
  auto o = Run("load_kld() { echo \"load_kld $*\"; }; required_modules='a b:c d~e'; check_required_after start");
  EXPECT_EQ(o.out, "load_kld a\nload_kld -m c b\nload_kld -e e d\n");
}

}  // namespace
}  // namespace rcsh::rcsubr
