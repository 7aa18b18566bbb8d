#include <gtest/gtest.h>

#include "support/parse_helpers.h"

namespace rcsh::testing {
namespace {

TEST(ParserSmoke, SimpleCommandDumpsItsWords) {
  EXPECT_EQ(DumpOf("echo hello world\n"), "(simple \"echo\" \"hello\" \"world\")");
}

}  // namespace
}  // namespace rcsh::testing
