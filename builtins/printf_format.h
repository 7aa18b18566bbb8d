// The printf builtin's core (XCU printf), as FreeBSD's sh does it: a pure
// function from format and arguments to output text, diagnostics and status,
// so the builtin wrapper only handles options and writes the streams.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rcsh {

/// What one printf invocation produced.
struct PrintfResult {
  std::string output;  ///< what printf writes to stdout
  std::string errors;  ///< diagnostics, each line "printf: ...\n"
  int status = 0;      ///< 0, or 1 if any argument was invalid or the format was bad
};

/// POSIX printf (XCU printf) as FreeBSD's sh builtin does it: every
/// conversion (d i o u x X c s b e E f F g G a A, %%, the L modifier on
/// floating conversions, n$ argument numbers) and escape; the format is
/// reused while arguments remain. `format` is the first operand (the caller
/// has already handled `--` and reported a missing format). Output written
/// before an error is kept, as the real builtin has already written it.
PrintfResult FormatPrintf(std::string_view format, const std::vector<std::string>& args);

}  // namespace rcsh
