// An in-memory DirectoryReader: a map of directory -> entry names. Paths are
// normalised the way the kernel would see them ("a//b/./" is "a/b"), so tests
// can hand it whatever ExpandPathname builds.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "shell/pathname_expansion.h"

namespace rcsh::testing {

class FakeDirectoryReader : public DirectoryReader {
 public:
  /// Adds a file (and its parent directories). Relative paths live under
  /// the current directory "", absolute ones under "/".
  void AddFile(const std::string& path) { AddEntry(Normalize(path)); }
  /// Adds an empty directory (and its parents).
  void AddDirectory(const std::string& path) {
    std::string dir = Normalize(path);
    AddEntry(dir);
    dirs_[dir];
  }
  /// The directory still exists but listing it fails (like mode 0).
  void MakeUnreadable(const std::string& path) { unreadable_.insert(Normalize(path)); }

  std::optional<std::vector<std::string>> ListDirectory(const std::string& dir) const override {
    ++list_calls_;
    std::string key = Normalize(dir);
    auto it = dirs_.find(key);
    if (it == dirs_.end() || unreadable_.count(key)) return std::nullopt;
    return std::vector<std::string>(it->second.begin(), it->second.end());
  }

  bool Exists(const std::string& path) const override {
    std::string key = Normalize(path);
    if (!path.empty() && path.back() == '/') return dirs_.count(key) > 0;
    if (key.empty() || key == "/") return true;
    auto [parent, name] = SplitLast(key);
    auto it = dirs_.find(parent);
    return it != dirs_.end() && it->second.count(name) > 0;
  }

  /// How many times ListDirectory was called (to check that literal parts
  /// of a word are not listed).
  int list_calls() const { return list_calls_; }

 private:
  // Resolves the path lexically, as the kernel would without symbolic
  // links: slash runs collapse, "." and a trailing '/' vanish, ".." goes up.
  // "" is the current directory, "/" the root.
  static std::string Normalize(const std::string& path) {
    std::vector<std::string> parts;
    size_t i = 0;
    while (i < path.size()) {
      size_t slash = path.find('/', i);
      if (slash == std::string::npos) slash = path.size();
      std::string part = path.substr(i, slash - i);
      if (part == "..") {
        if (!parts.empty()) parts.pop_back();
      } else if (!part.empty() && part != ".") {
        parts.push_back(part);
      }
      i = slash + 1;
    }
    std::string out = !path.empty() && path[0] == '/' ? "/" : "";
    for (size_t k = 0; k < parts.size(); ++k) out += (k ? "/" : "") + parts[k];
    return out;
  }

  static std::pair<std::string, std::string> SplitLast(const std::string& key) {
    size_t slash = key.rfind('/');
    if (slash == std::string::npos) return {"", key};
    return {slash == 0 ? "/" : key.substr(0, slash), key.substr(slash + 1)};
  }

  void AddEntry(const std::string& key) {
    if (key.empty() || key == "/") return;
    auto [parent, name] = SplitLast(key);
    dirs_[parent].insert(name);
    AddEntry(parent);
  }

  std::map<std::string, std::set<std::string>> dirs_ = {{"", {}}, {"/", {}}};
  std::set<std::string> unreadable_;
  mutable int list_calls_ = 0;  // a test statistic, not state
};

}  // namespace rcsh::testing
