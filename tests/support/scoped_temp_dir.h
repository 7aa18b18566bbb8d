// A fresh directory under $TMPDIR (or /tmp), removed with its contents when
// the object goes away. For tests that need real files.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

namespace rcsh::testing {

class ScopedTempDir {
 public:
  ScopedTempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern =
        std::string(base != nullptr && *base != '\0' ? base : "/tmp") + "/rcsh-test-XXXXXX";
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ScopedTempDir(const ScopedTempDir&) = delete;
  ScopedTempDir& operator=(const ScopedTempDir&) = delete;
  ~ScopedTempDir() {
    if (path_.empty()) return;
    std::error_code ignored;
    // A test may have made it unwritable; give the permissions back first.
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(path_, ignored);
  }

  /// Empty when the directory could not be created.
  const std::string& path() const { return path_; }
  std::string Child(const std::string& name) const { return path_ + "/" + name; }

  /// Writes `contents` to `name` (plain, not atomic: test setup).
  void Write(const std::string& name, const std::string& contents) const {
    std::ofstream(Child(name), std::ios::binary | std::ios::trunc) << contents;
  }
  /// The whole file, or "<missing>" when it cannot be read.
  std::string Read(const std::string& name) const {
    std::ifstream in(Child(name), std::ios::binary);
    if (!in) return "<missing>";
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
  }

 private:
  std::string path_;
};

}  // namespace rcsh::testing
