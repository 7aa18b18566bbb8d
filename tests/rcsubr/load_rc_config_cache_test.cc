// "Parsed once and cached per boot": configuration files read again by
// later load_rc_config calls in the same interpreter reuse their parse.
#include <gtest/gtest.h>

#include "rcsubr/rc_subr.h"
#include "shell/parse_cache.h"
#include "shell/shell.h"
#include "support/rc_world.h"

namespace rcsh::testing {
namespace {

TEST(LoadRcConfigCache, GlobalFilesAreParsedOncePerInterpreter) {
  RcWorld world{{"corpus/base"}};
  ASSERT_TRUE(world.ok());
  world.Append("/etc/rc.conf", "ifconfig_em0_alias0=\"inet 10.0.0.2/32\"");
  Interpreter::Options options;
  options.capture_output = true;
  options.inherit_environment = false;
  Interpreter sh(options);
  rcsubr::InstallRcSubr(sh);
  sh.SetVariable("RC_ROOT", world.root(), true);
  sh.SetVariable("PATH", world.root() + "/bin:" + world.root() + "/usr/bin", true);
  sh.RunString(". /etc/rc.subr; load_rc_config cron");
  ParseCache::Stats first = sh.shell().services().parse_cache->stats();
  // Ten more cold loads: defaults/rc.conf, rc.conf and rc.conf.local again.
  sh.RunString("i=0; while [ $i -lt 10 ]; do _rc_conf_loaded=false; load_rc_config cron; i=$((i+1)); done;"
               "echo $ifconfig_em0_alias0");
  ParseCache::Stats after = sh.shell().services().parse_cache->stats();
  EXPECT_EQ(sh.TakeStdout(), "inet 10.0.0.2/32\n");
  EXPECT_EQ(after.parses, first.parses + 1);  // only the loop's own text
  EXPECT_GE(after.hits - first.hits, 30u);
}

}  // namespace
}  // namespace rcsh::testing
