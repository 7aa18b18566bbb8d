// Pathname expansion (POSIX XCU 2.6.6): a word with unquoted * ? [ becomes
// the sorted list of existing paths it matches. The file system is reached
// only through DirectoryReader, so the expansion itself is a pure function
// of the word and what the reader reports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rcsh {

/// What pathname expansion needs from the file system (the interpreter
/// resolves relative paths against its own working directory).
class DirectoryReader {
 public:
  virtual ~DirectoryReader() = default;
  /// Entry names of `dir` ("" means the current directory; otherwise it may
  /// end in '/'), without . and .., in any order, or nullopt if it cannot be
  /// read.
  virtual std::optional<std::vector<std::string>> ListDirectory(const std::string& dir) const = 0;
  /// True if `path` exists (lstat succeeds). A trailing '/' asks for a
  /// directory (or a symbolic link to one), as lstat("x/") does.
  virtual bool Exists(const std::string& path) const = 0;
};

/// Expands one word given as text + per-byte quoted flags (`quoted` empty:
/// nothing quoted). Returns the sorted matches (strcmp order), or an empty
/// vector when nothing matches (the caller then keeps the word as it is).
/// A word without wildcards also yields an empty vector: there is nothing
/// to expand, and the file system is not touched.
std::vector<std::string> ExpandPathname(std::string_view text, const std::vector<bool>& quoted,
                                        const DirectoryReader& reader);

}  // namespace rcsh
