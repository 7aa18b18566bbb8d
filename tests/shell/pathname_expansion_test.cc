// Pathname expansion over the fake directory reader, plus one run of the real
// reader over a temporary directory.
#include "shell/pathname_expansion.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "shell/posix_directory_reader.h"
#include "support/fake_directory_reader.h"

namespace rcsh::testing {
namespace {

using Paths = std::vector<std::string>;

// A tree like the one rc.d scripts glob over.
class PathnameExpansionTest : public ::testing::Test {
 protected:
  PathnameExpansionTest() {
    for (const char* file :
         {"/etc/rc.conf", "/etc/rc.conf.local", "/etc/rc.d/sshd", "/etc/rc.d/cron",
          "/etc/rc.d/NETWORKING", "/etc/rc.d/.hidden", "/etc/defaults/rc.conf",
          "/usr/local/etc/rc.d/nginx", "/usr/local/etc/rc.d/postgresql", "a.sh", "b.sh", "c.txt",
          ".profile", "dir1/x", "dir2/y", "dir2/.z", "[a]", "star*", "q?"}) {
      fs_.AddFile(file);
    }
    fs_.AddDirectory("empty");
    fs_.AddDirectory("/etc/rc.conf.d");
  }

  Paths Expand(std::string_view text, const std::vector<bool>& quoted = {}) {
    return ExpandPathname(text, quoted, fs_);
  }

  FakeDirectoryReader fs_;
};

TEST_F(PathnameExpansionTest, StarInTheCurrentDirectoryIsSortedAndSkipsHiddenFiles) {
  EXPECT_EQ(Expand("*"),
            (Paths{"[a]", "a.sh", "b.sh", "c.txt", "dir1", "dir2", "empty", "q?", "star*"}));
}

TEST_F(PathnameExpansionTest, SuffixPattern) {
  EXPECT_EQ(Expand("*.sh"), (Paths{"a.sh", "b.sh"}));
}

TEST_F(PathnameExpansionTest, LeadingLiteralDotMatchesHiddenFilesButNeverDotAndDotDot) {
  EXPECT_EQ(Expand(".*"), (Paths{".profile"}));
  EXPECT_EQ(Expand("dir2/.*"), (Paths{"dir2/.z"}));
  EXPECT_EQ(Expand("dir2/*"), (Paths{"dir2/y"}));
}

TEST_F(PathnameExpansionTest, AbsolutePathKeepsItsLeadingSlash) {
  EXPECT_EQ(Expand("/etc/rc.d/*"),
            (Paths{"/etc/rc.d/NETWORKING", "/etc/rc.d/cron", "/etc/rc.d/sshd"}));
}

TEST_F(PathnameExpansionTest, DoubleSlashesArePreserved) {
  EXPECT_EQ(Expand("//etc//rc.d/c*"), (Paths{"//etc//rc.d/cron"}));
  EXPECT_EQ(Expand("dir*//x"), (Paths{"dir1//x"}));
}

TEST_F(PathnameExpansionTest, WildcardsInSeveralComponents) {
  EXPECT_EQ(Expand("/*/*/etc/rc.d/[np]*"),
            (Paths{"/usr/local/etc/rc.d/nginx", "/usr/local/etc/rc.d/postgresql"}));
  EXPECT_EQ(Expand("dir?/*"), (Paths{"dir1/x", "dir2/y"}));
}

TEST_F(PathnameExpansionTest, TrailingLiteralComponentMustExist) {
  EXPECT_EQ(Expand("dir*/x"), (Paths{"dir1/x"}));
  EXPECT_EQ(Expand("dir*/nothere"), Paths{});
  EXPECT_EQ(Expand("/*/defaults/rc.conf"), (Paths{"/etc/defaults/rc.conf"}));
}

TEST_F(PathnameExpansionTest, TrailingSlashKeepsOnlyDirectories) {
  EXPECT_EQ(Expand("*/"), (Paths{"dir1/", "dir2/", "empty/"}));
  EXPECT_EQ(Expand("/etc/rc.conf*/"), (Paths{"/etc/rc.conf.d/"}));
  EXPECT_EQ(Expand("d*//"), (Paths{"dir1//", "dir2//"}));
  EXPECT_EQ(Expand("*/x/"), Paths{});  // x is a file
}

TEST_F(PathnameExpansionTest, LiteralWordNeedsNoExpansion) {
  EXPECT_EQ(Expand("a.sh"), Paths{});
  EXPECT_EQ(Expand("/etc/rc.conf"), Paths{});
  EXPECT_EQ(Expand(""), Paths{});
  EXPECT_EQ(Expand("/"), Paths{});
  EXPECT_EQ(Expand("*", {true}), Paths{});
  EXPECT_EQ(Expand("\\*"), Paths{});
  EXPECT_EQ(fs_.list_calls(), 0);
}

TEST_F(PathnameExpansionTest, NoMatchIsEmpty) {
  EXPECT_EQ(Expand("*.c"), Paths{});
  EXPECT_EQ(Expand("nodir/*"), Paths{});
  EXPECT_EQ(Expand("empty/*"), Paths{});
}

TEST_F(PathnameExpansionTest, LiteralPrefixIsNotListed) {
  EXPECT_EQ(Expand("/usr/local/etc/rc.d/n*"), (Paths{"/usr/local/etc/rc.d/nginx"}));
  EXPECT_EQ(fs_.list_calls(), 1);
}

TEST_F(PathnameExpansionTest, QuotedWildcardsAreLiteral) {
  // "star*"* : the first star is quoted.
  std::vector<bool> quoted = {true, true, true, true, true, false};
  EXPECT_EQ(Expand("star**", quoted), (Paths{"star*"}));
  EXPECT_EQ(Expand("q\\?*"), (Paths{"q?"}));
  EXPECT_EQ(Expand("\\[*"), (Paths{"[a]"}));
}

TEST_F(PathnameExpansionTest, QuotedDotMatchesHiddenFiles) {
  EXPECT_EQ(Expand(".p*", {true, false, false}), (Paths{".profile"}));
}

TEST_F(PathnameExpansionTest, BracketCannotSpanASlash) {
  fs_.AddFile("[x/y]z");
  // `[x/y]` is not a bracket expression: both '[' and ']' are literal.
  EXPECT_EQ(Expand("[x/y]*"), (Paths{"[x/y]z"}));
}

TEST_F(PathnameExpansionTest, UnreadableDirectoryContributesNothing) {
  fs_.MakeUnreadable("dir1");
  EXPECT_EQ(Expand("dir?/*"), (Paths{"dir2/y"}));
}

TEST_F(PathnameExpansionTest, DotComponentsAreTakenLiterally) {
  EXPECT_EQ(Expand("./*.sh"), (Paths{"./a.sh", "./b.sh"}));
  fs_.AddDirectory("dir1/sub");
  EXPECT_EQ(Expand("dir1/sub/../*"), (Paths{"dir1/sub/../sub", "dir1/sub/../x"}));
}

TEST(PosixDirectoryReaderTest, ExpandsInARealTemporaryDirectory) {
  namespace fs = std::filesystem;
  char templ[] = "/tmp/rcsh-glob-XXXXXX";
  ASSERT_NE(mkdtemp(templ), nullptr);
  fs::path root = templ;
  fs::create_directories(root / "rc.d");
  fs::create_directories(root / "conf.d");
  for (const char* file : {"rc.d/sshd", "rc.d/cron", "rc.d/.hidden", "conf.d/a.conf", "top"}) {
    std::ofstream(root / file) << "x\n";
  }
  fs::create_symlink("rc.d", root / "link");

  int dir_fd = open(templ, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  ASSERT_GE(dir_fd, 0);
  PosixDirectoryReader reader(dir_fd);
  // Relative to dir_fd, not to the process's working directory.
  EXPECT_EQ(ExpandPathname("*", {}, reader), (Paths{"conf.d", "link", "rc.d", "top"}));
  EXPECT_EQ(ExpandPathname("rc.d/*", {}, reader), (Paths{"rc.d/cron", "rc.d/sshd"}));
  EXPECT_EQ(ExpandPathname("*/", {}, reader), (Paths{"conf.d/", "link/", "rc.d/"}));
  EXPECT_EQ(ExpandPathname("*/*.conf", {}, reader), (Paths{"conf.d/a.conf"}));
  EXPECT_EQ(ExpandPathname("*/sshd", {}, reader), (Paths{"link/sshd", "rc.d/sshd"}));
  EXPECT_EQ(ExpandPathname("nowhere/*", {}, reader), Paths{});
  EXPECT_TRUE(reader.Exists("top"));
  EXPECT_FALSE(reader.Exists("top/"));
  EXPECT_FALSE(reader.ListDirectory("top").has_value());
  EXPECT_EQ(reader.ListDirectory("").value().size(), 4u);

  // Absolute patterns ignore dir_fd.
  std::string absolute = (root / "rc.d").string() + "/c*";
  EXPECT_EQ(ExpandPathname(absolute, {}, PosixDirectoryReader()),
            (Paths{(root / "rc.d" / "cron").string()}));

  close(dir_fd);
  fs::remove_all(root);
}

}  // namespace
}  // namespace rcsh::testing
