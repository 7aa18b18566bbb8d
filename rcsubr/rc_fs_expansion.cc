#include "rcsubr/rc_fs_expansion.h"

#include <fcntl.h>

#include "rcsubr/rc_shell_calls.h"
#include "shell/pathname_expansion.h"
#include "shell/posix_directory_reader.h"

namespace rcsh::rcsubr {
namespace {

// `text` with the first `quoted_prefix` bytes quoted, globbed; the word
// itself when it matches nothing or globbing is off.
std::vector<std::string> GlobWord(Shell& shell, const std::string& text, size_t quoted_prefix) {
  if (!shell.state().options.noglob) {
    std::vector<bool> quoted(text.size(), false);
    for (size_t i = 0; i < quoted_prefix && i < text.size(); ++i) quoted[i] = true;
    ShellState& state = shell.state();
    PosixDirectoryReader reader(state.cwd ? state.cwd->fd : AT_FDCWD);
    std::vector<std::string> matches = ExpandPathname(text, quoted, reader);
    if (!matches.empty()) return matches;
  }
  return {text};
}

}  // namespace

std::vector<std::string> ExpandUnquoted(Shell& shell, const std::string& value) {
  std::vector<std::string> words;
  for (const std::string& field : SplitFields(shell, value)) {
    for (std::string& word : GlobWord(shell, field, 0)) words.push_back(std::move(word));
  }
  return words;
}

std::vector<std::string> GlobInDirectory(Shell& shell, const std::string& dir,
                                         const std::string& pattern) {
  return GlobWord(shell, dir + "/" + pattern, dir.size());
}

std::string BaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace rcsh::rcsubr
