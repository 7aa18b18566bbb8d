// Redirections (XCU 2.7) applied to the shell's virtual fd table for the
// duration of one command, then undone — or kept, for `exec`.
#pragma once

#include <memory>
#include <utility>
#include <vector>

#include "shell/ast.h"
#include "shell/fd_table.h"

namespace rcsh {

class Shell;

class RedirectionScope {
 public:
  /// Applies `redirects` in order. On failure, prints the error, undoes what
  /// was applied and ok() is false.
  RedirectionScope(Shell& shell, const std::vector<Redirect*>& redirects);
  ~RedirectionScope();
  RedirectionScope(const RedirectionScope&) = delete;
  RedirectionScope& operator=(const RedirectionScope&) = delete;

  bool ok() const { return ok_; }
  /// Makes the redirections permanent (`exec` without a command).
  void Keep() { saved_.clear(); }

 private:
  bool Apply(const Redirect& redirect);
  void Set(int fd, std::shared_ptr<OpenFile> file);
  void Restore();

  Shell& shell_;
  std::vector<std::pair<int, std::shared_ptr<OpenFile>>> saved_;
  bool ok_ = true;
};

/// A readable descriptor holding `text` (a pipe when it fits, else an
/// unlinked temporary file). Returns -1 on failure.
int MakeHereDocumentFd(const std::string& text);

}  // namespace rcsh
