// An in-memory FileTester: a map of path -> fake stat, symbolic links, the
// descriptors that are terminals and the effective ids. Paths are matched
// exactly as written (no normalisation): tests name what they added.
#pragma once

#include <sys/stat.h>
#include <unistd.h>

#include <map>
#include <set>
#include <string>

#include "builtins/test_expr.h"

namespace rcsh::testing {

class FakeFileTester : public FileTester {
 public:
  /// Adds a file; `mode` holds its type (S_IFREG, S_IFDIR, ...) and
  /// permission bits. It is owned by the current effective ids, has its own
  /// inode and a zero size and mtime; the returned stat can change those.
  struct stat& Add(const std::string& path, mode_t mode) {
    struct stat st = {};
    st.st_mode = mode;
    st.st_nlink = 1;
    st.st_uid = uid_;
    st.st_gid = gid_;
    st.st_dev = 1;
    st.st_ino = next_inode_++;
    return files_[path] = st;
  }
  struct stat& AddFile(const std::string& path, mode_t permissions = 0644) {
    return Add(path, S_IFREG | permissions);
  }
  struct stat& AddDirectory(const std::string& path, mode_t permissions = 0755) {
    return Add(path, S_IFDIR | permissions);
  }
  /// A symbolic link to `target`, which need not exist.
  void AddSymlink(const std::string& path, const std::string& target) {
    Add(path, S_IFLNK | 0777);
    links_[path] = target;
  }
  /// Another name for an existing file (same inode), like link(2).
  void AddHardLink(const std::string& path, const std::string& existing) {
    files_[path] = files_.at(existing);
  }
  /// Replaces the permission check for `path`: access() grants exactly the
  /// R_OK | W_OK | X_OK bits in `granted`.
  void SetAccess(const std::string& path, int granted) { access_[path] = granted; }
  void SetTerminal(int fd) { terminals_.insert(fd); }
  /// The effective ids; files added afterwards are owned by them.
  void SetIds(uid_t uid, gid_t gid) {
    uid_ = uid;
    gid_ = gid;
  }

  bool Stat(const std::string& path, bool follow_links, struct stat* out) const override {
    const std::string* resolved = Resolve(path, follow_links);
    if (resolved == nullptr) return false;
    *out = files_.at(*resolved);
    return true;
  }

  // Without an override, the permission bits of the owner, group or others
  // class decide, except that root may do anything: FreeBSD's access(2)
  // grants root X_OK even on a file without execute bits.
  bool Access(const std::string& path, int mode) const override {
    const std::string* resolved = Resolve(path, true);
    if (resolved == nullptr) return false;
    int granted;
    if (auto it = access_.find(*resolved); it != access_.end()) {
      granted = it->second;
    } else if (uid_ == 0) {
      granted = R_OK | W_OK | X_OK;
    } else {
      const struct stat& st = files_.at(*resolved);
      int shift = st.st_uid == uid_ ? 6 : st.st_gid == gid_ ? 3 : 0;
      granted = (st.st_mode >> shift) & 7;  // r w x are 4 2 1, as R_OK W_OK X_OK
    }
    return (mode & ~granted) == 0;
  }

  bool IsTerminal(int fd) const override { return terminals_.count(fd) > 0; }
  uid_t EffectiveUserId() const override { return uid_; }
  gid_t EffectiveGroupId() const override { return gid_; }

 private:
  // The path whose stat answers for `path`, following links (at most 8, then
  // ELOOP) when asked; null if there is no such file.
  const std::string* Resolve(const std::string& path, bool follow_links) const {
    const std::string* current = &path;
    for (int hops = 0; hops <= 8; ++hops) {
      auto it = files_.find(*current);
      if (it == files_.end()) return nullptr;
      if (!follow_links || !S_ISLNK(it->second.st_mode)) return &it->first;
      current = &links_.at(*current);
    }
    return nullptr;
  }

  std::map<std::string, struct stat> files_;
  std::map<std::string, std::string> links_;
  std::map<std::string, int> access_;
  std::set<int> terminals_;
  uid_t uid_ = 1001;
  gid_t gid_ = 1001;
  ino_t next_inode_ = 2;
};

}  // namespace rcsh::testing
