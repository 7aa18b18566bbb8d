// The parse cache: which texts it may keep, and that re-reading a file or
// re-running an eval string reuses the parse.
#include "shell/parse_cache.h"

#include <gtest/gtest.h>

#include <fstream>

#include "shell/interpreter.h"
#include "shell/shell.h"
#include "support/scoped_temp_dir.h"

namespace rcsh {
namespace {

TEST(ParseCacheCacheable, TextsThatMayDefineAliasesAreNot) {
  EXPECT_FALSE(ParseCache::Cacheable("alias ll='ls -l'\n"));
  EXPECT_FALSE(ParseCache::Cacheable("x=1; alias\n"));
  EXPECT_FALSE(ParseCache::Cacheable("command alias x=y"));
  EXPECT_FALSE(ParseCache::Cacheable("\"alias\" x=y"));
}

TEST(ParseCacheCacheable, NamesThatOnlyContainTheWordAre) {
  EXPECT_TRUE(ParseCache::Cacheable("ifconfig_em0_alias0=\"inet 10.0.0.2/32\"\n"));
  EXPECT_TRUE(ParseCache::Cacheable("aliases=1; unaliased=2; alias_x=3\n"));
  EXPECT_TRUE(ParseCache::Cacheable(""));
}

TEST(ParseCacheStats, ReSourcingAFileParsesItOnce) {
  testing::ScopedTempDir dir;
  std::string file = dir.path() + "/rc.conf";
  std::ofstream(file) << "ifconfig_em0_alias0=\"inet 10.0.0.2/32\"\nsshd_enable=YES\n";
  Interpreter::Options options;
  options.capture_output = true;
  options.inherit_environment = false;
  Interpreter sh(options);
  sh.RunString(". " + file + "; . " + file + "; . " + file + "; echo $sshd_enable");
  EXPECT_EQ(sh.TakeStdout(), "YES\n");
  ParseCache::Stats stats = sh.shell().services().parse_cache->stats();
  EXPECT_EQ(stats.hits, 2u);
}

TEST(ParseCacheStats, AChangedFileIsParsedAgain) {
  testing::ScopedTempDir dir;
  std::string file = dir.path() + "/f";
  Interpreter::Options options;
  options.capture_output = true;
  options.inherit_environment = false;
  Interpreter sh(options);
  std::ofstream(file) << "x=1\n";
  sh.RunString(". " + file);
  std::ofstream(file, std::ios::trunc) << "x=2\n";
  sh.RunString(". " + file + "; echo $x");
  EXPECT_EQ(sh.TakeStdout(), "2\n");
  EXPECT_EQ(sh.shell().services().parse_cache->stats().hits, 0u);
}

}  // namespace
}  // namespace rcsh
