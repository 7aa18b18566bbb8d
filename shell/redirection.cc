#include "shell/redirection.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "shell/expander.h"
#include "shell/shell.h"

namespace rcsh {

int MakeHereDocumentFd(const std::string& text) {
  // A pipe holds 64 KiB without a reader, so small bodies need no writer.
  if (text.size() < 65536) {
    int ends[2];
    if (pipe2(ends, O_CLOEXEC) != 0) return -1;
    size_t done = 0;
    while (done < text.size()) {
      ssize_t n = write(ends[1], text.data() + done, text.size() - done);
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    close(ends[1]);
    return OwnFd(ends[0]);
  }
  const char* tmpdir = std::getenv("TMPDIR");
  int fd = open(tmpdir ? tmpdir : "/tmp", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0) return -1;
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = write(fd, text.data() + done, text.size() - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  lseek(fd, 0, SEEK_SET);
  return OwnFd(fd);
}

RedirectionScope::RedirectionScope(Shell& shell, const std::vector<Redirect*>& redirects)
    : shell_(shell) {
  for (const Redirect* redirect : redirects) {
    if (!Apply(*redirect)) {
      ok_ = false;
      Restore();
      return;
    }
  }
}

RedirectionScope::~RedirectionScope() { Restore(); }

void RedirectionScope::Restore() {
  for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) shell_.state().fds.Set(it->first, it->second);
  saved_.clear();
}

void RedirectionScope::Set(int fd, std::shared_ptr<OpenFile> file) {
  saved_.emplace_back(fd, shell_.state().fds.Get(fd));
  shell_.state().fds.Set(fd, std::move(file));
}

bool RedirectionScope::Apply(const Redirect& redirect) {
  const int fd = redirect.effective_fd();
  shell_.current_range = redirect.range;
  if (fd > kMaxShellFd) {
    shell_.Error(std::to_string(fd) + ": bad file descriptor number");
    return false;
  }
  WordExpander expander(shell_);
  if (redirect.op == RedirOp::kHereDoc || redirect.op == RedirOp::kHereDocStrip) {
    std::string text;
    if (redirect.body) {
      if (redirect.delimiter_quoted) {
        for (const WordPart* part : redirect.body->parts) text += static_cast<const SingleQuotedPart*>(part)->text;
      } else if (!expander.ExpandString(*redirect.body, &text)) {
        return false;
      }
    }
    int here = MakeHereDocumentFd(text);
    if (here < 0) {
      shell_.Error(std::string("cannot create here-document: ") + std::strerror(errno));
      return false;
    }
    Set(fd, OpenFile::FromOwnedFd(here));
    return true;
  }
  std::string target;
  if (!expander.ExpandString(*redirect.target, &target)) return false;
  if (redirect.op == RedirOp::kDupInput || redirect.op == RedirOp::kDupOutput) {
    if (target == "-") {
      Set(fd, nullptr);
      return true;
    }
    bool digits = !target.empty() && target.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || target.size() > 2) {
      shell_.Error(target + ": bad file descriptor number");
      return false;
    }
    std::shared_ptr<OpenFile> source = shell_.state().fds.Get(std::stoi(target));
    if (!source) {
      shell_.Error(target + ": Bad file descriptor");
      return false;
    }
    Set(fd, source);
    return true;
  }
  int flags = 0;
  switch (redirect.op) {
    case RedirOp::kInput: flags = O_RDONLY; break;
    case RedirOp::kOutput:
    case RedirOp::kClobber: flags = O_WRONLY | O_CREAT | O_TRUNC; break;
    case RedirOp::kAppend: flags = O_WRONLY | O_CREAT | O_APPEND; break;
    case RedirOp::kReadWrite: flags = O_RDWR | O_CREAT; break;
    default: break;
  }
  if (redirect.op == RedirOp::kOutput && shell_.state().options.noclobber) {
    int dir = shell_.state().cwd ? shell_.state().cwd->fd : AT_FDCWD;
    struct stat st;
    if (fstatat(dir, target.c_str(), &st, 0) == 0 && S_ISREG(st.st_mode)) {
      shell_.Error(target + ": cannot overwrite existing file");
      return false;
    }
  }
  int opened = shell_.OpenAt(target, flags, 0666);
  if (opened < 0) {
    const char* verb = redirect.op == RedirOp::kInput ? "cannot open " : "cannot create ";
    shell_.Error(verb + target + ": " + std::strerror(errno));
    return false;
  }
  Set(fd, OpenFile::FromOwnedFd(opened));
  return true;
}

}  // namespace rcsh
