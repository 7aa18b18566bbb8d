// The line helpers of the filesystem natives (rcsubr/rc_fs_lines.cc).
#include "rcsubr/rc_fs_lines.h"

#include <gtest/gtest.h>

namespace rcsh::rcsubr {
namespace {

using Lines = std::vector<std::string>;

TEST(ReadLoopLines, OnlyNewlineTerminatedLinesCount) {
  EXPECT_EQ(ReadLoopLines("a\n\nb\n"), (Lines{"a", "", "b"}));
  EXPECT_EQ(ReadLoopLines("a\nunterminated"), (Lines{"a"}));
  EXPECT_EQ(ReadLoopLines(""), Lines{});
}

TEST(HasLineStarting, MatchesAtTheStartOfAnyLineOnly) {
  EXPECT_TRUE(HasLineStarting("# PROVIDE: a\n", "# PROVIDE:"));
  EXPECT_TRUE(HasLineStarting("#!/bin/sh\n# PROVIDE: a", "# PROVIDE:"));
  EXPECT_FALSE(HasLineStarting(" # PROVIDE: a\n#  PROVIDE: b\n", "# PROVIDE:"));
  EXPECT_FALSE(HasLineStarting("", "# PROVIDE:"));
}

}  // namespace
}  // namespace rcsh::rcsubr
