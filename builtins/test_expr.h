// The test / [ builtin's core (XCU test), as FreeBSD's sh does it: a pure
// evaluator over the arguments, with every question about files asked
// through FileTester so that tests can use a fake file system.
#pragma once

#include <sys/stat.h>
#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

namespace rcsh {

/// What test(1) needs from the OS; the interpreter implements it relative to
/// its own working directory and fd table.
class FileTester {
 public:
  virtual ~FileTester() = default;
  /// stat(2) (or lstat(2) when !follow_links); false if the file is missing.
  virtual bool Stat(const std::string& path, bool follow_links, struct stat* out) const = 0;
  /// access(2) with the effective ids: `mode` is R_OK, W_OK or X_OK.
  virtual bool Access(const std::string& path, int mode) const = 0;
  /// isatty(3) on the shell's descriptor `fd`.
  virtual bool IsTerminal(int fd) const = 0;
  /// The effective user and group ids, for -O, -G and root's -x.
  virtual uid_t EffectiveUserId() const = 0;
  virtual gid_t EffectiveGroupId() const = 0;
};

/// The outcome of one test invocation.
struct TestResult {
  int status;         ///< 0 true, 1 false, 2 error
  std::string error;  ///< e.g. "test: a: unexpected operator" (FreeBSD wording), empty if none
};

/// Evaluates test's arguments. `args` excludes the command name and, for
/// `[`, the closing `]` (the caller checks it). Up to four arguments follow
/// the POSIX rules by count; longer expressions use FreeBSD's grammar, where
/// `!` binds tighter than the binary primaries, which bind tighter than -a,
/// which binds tighter than -o. `command_name` prefixes error messages
/// (FreeBSD says "[: ..." when invoked as `[`).
TestResult EvaluateTest(const std::vector<std::string>& args, const FileTester& files,
                        std::string_view command_name = "test");

namespace test_internal {
/// EvaluateTest without the POSIX rules by argument count, so a test can
/// check that FreeBSD's grammar alone gives the same answers.
TestResult EvaluateTestByGrammar(const std::vector<std::string>& args, const FileTester& files);
}  // namespace test_internal

}  // namespace rcsh
