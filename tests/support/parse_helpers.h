// Shorthands for parser tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "shell/parser.h"

namespace rcsh::testing {

/// Parses `script` (named "t.sh") and returns the compact dump: one line per
/// complete command, a single foreground command shown without its (list ...)
/// wrapper. If there are syntax errors, returns "error: " + the message of
/// the first one instead.
std::string DumpOf(std::string_view script, const AliasResolver* aliases = nullptr);

/// One table row: an input and its expected DumpOf().
struct Case {
  const char* input;
  const char* expected;
};

/// Expects DumpOf(input) == expected for every row.
void ExpectDumps(const std::vector<Case>& cases, const AliasResolver* aliases = nullptr);

/// Every diagnostic, fully rendered (location line, source line, caret).
std::string ErrorsOf(std::string_view script);

}  // namespace rcsh::testing
