// The file operations an rc.conf edit needs: read the old text and replace
// it atomically. Behind an interface so that the editing logic can be tested
// against a fake (tests/support/fake_file_writer.h) and the POSIX
// implementation on its own.
#pragma once

#include <string>
#include <string_view>

namespace rcsh::rcsubr {

/// Reads whole files and replaces them so that a reader (or a crash) sees
/// either the old or the new contents, never a mix.
class FileWriter {
 public:
  virtual ~FileWriter() = default;

  enum class ReadStatus { kOk, kNotFound, kError };
  /// Reads all of `path` into `*contents`. kNotFound when it does not exist;
  /// kError with `*error` set ("PATH: reason") otherwise.
  virtual ReadStatus ReadFile(const std::string& path, std::string* contents,
                              std::string* error) = 0;

  /// Makes `path` hold exactly `contents`: write a temporary file in the same
  /// directory, fsync it, rename it over `path`, fsync the directory. The old
  /// file's permission bits (and owner, when allowed) are kept; a new file
  /// gets 0644. A symbolic link is followed and its target replaced. On any
  /// failure before the rename the temporary file is removed, `path` is
  /// untouched, and false is returned with `*error` set.
  virtual bool ReplaceFileAtomically(const std::string& path, std::string_view contents,
                                     std::string* error) = 0;

  /// Removes `path` (a file emptied by `service NAME delete`). False with
  /// `*error` set when it cannot; a missing file is not an error.
  virtual bool RemoveFile(const std::string& path, std::string* error) = 0;
};

/// The real implementation on POSIX calls (mkstemp, write, fsync, rename).
/// Temporary files are named ".BASENAME.rcsh-XXXXXX" next to the target, so
/// one left behind by a killed process is recognisable and never has the
/// target's name.
class PosixFileWriter : public FileWriter {
 public:
  ReadStatus ReadFile(const std::string& path, std::string* contents, std::string* error) override;
  bool ReplaceFileAtomically(const std::string& path, std::string_view contents,
                             std::string* error) override;
  bool RemoveFile(const std::string& path, std::string* error) override;
};

/// The prefix of the temporary files PosixFileWriter creates for a target
/// called `basename` (".rc.conf.rcsh-" for "rc.conf").
std::string TemporaryFilePrefix(std::string_view basename);

}  // namespace rcsh::rcsubr
