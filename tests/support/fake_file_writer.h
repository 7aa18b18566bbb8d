// An in-memory FileWriter: a map of path -> contents and mode, with failures
// that tests can inject. Paths are matched exactly as written.
#pragma once

#include <sys/types.h>

#include <map>
#include <string>
#include <string_view>

#include "rcsubr/file_writer.h"

namespace rcsh::testing {

class FakeFileWriter : public rcsubr::FileWriter {
 public:
  struct File {
    std::string contents;
    mode_t mode = 0644;
  };

  void AddFile(const std::string& path, std::string contents, mode_t mode = 0644) {
    files_[path] = File{std::move(contents), mode};
  }
  /// The file, or null when it does not exist.
  const File* Find(const std::string& path) const {
    auto it = files_.find(path);
    return it == files_.end() ? nullptr : &it->second;
  }
  /// Reads of `path` fail with `error`.
  void FailReads(const std::string& path, std::string error) {
    read_errors_[path] = std::move(error);
  }
  /// Replacing `path` fails with `error`, leaving the old file as it was.
  void FailReplaces(const std::string& path, std::string error) {
    replace_errors_[path] = std::move(error);
  }
  /// How many replacements succeeded.
  int replace_count() const { return replace_count_; }

  ReadStatus ReadFile(const std::string& path, std::string* contents, std::string* error) override {
    if (auto failure = read_errors_.find(path); failure != read_errors_.end()) {
      *error = failure->second;
      return ReadStatus::kError;
    }
    const File* file = Find(path);
    if (file == nullptr) return ReadStatus::kNotFound;
    *contents = file->contents;
    return ReadStatus::kOk;
  }

  bool ReplaceFileAtomically(const std::string& path, std::string_view contents,
                             std::string* error) override {
    if (auto failure = replace_errors_.find(path); failure != replace_errors_.end()) {
      *error = failure->second;
      return false;
    }
    auto it = files_.find(path);
    mode_t mode = it == files_.end() ? 0644 : it->second.mode;
    files_[path] = File{std::string(contents), mode};
    ++replace_count_;
    return true;
  }

  bool RemoveFile(const std::string& path, std::string* error) override {
    if (auto failure = replace_errors_.find(path); failure != replace_errors_.end()) {
      *error = failure->second;
      return false;
    }
    files_.erase(path);
    return true;
  }

 private:
  std::map<std::string, File> files_;
  std::map<std::string, std::string> read_errors_;
  std::map<std::string, std::string> replace_errors_;
  int replace_count_ = 0;
};

}  // namespace rcsh::testing
