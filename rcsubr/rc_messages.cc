#include "rcsubr/rc_messages.h"

#include <fcntl.h>
#include <unistd.h>

#include "rcsubr/yes_no.h"

namespace rcsh::rcsubr {

std::string UnderRoot(const Shell& shell, const std::string& path) {
  if (path.empty() || path[0] != '/') return path;
  return shell.GetVarOr("RC_ROOT", "") + path;
}

void RcMessage(Shell& shell, RcMessageLevel level, const std::string& message) {
  const char* label = "ERROR";
  switch (level) {
    case RcMessageLevel::kError: label = "ERROR"; break;
    case RcMessageLevel::kWarning: label = "WARNING"; break;
    case RcMessageLevel::kInfo: label = "INFO"; break;
    case RcMessageLevel::kDebug: label = "DEBUG"; break;
  }
  if (level == RcMessageLevel::kInfo || level == RcMessageLevel::kDebug) {
    const char* knob = level == RcMessageLevel::kInfo ? "rc_info" : "rc_debug";
    if (ParseYesNo(shell.GetVarOr(knob, "")) != YesNo::kYes) return;
  }
  std::string text = shell.state().arg0 + ": " + label + ": " + message;
  std::string logger = UnderRoot(shell, "/usr/bin/logger");
  int dir = shell.state().cwd ? shell.state().cwd->fd : AT_FDCWD;
  if (faccessat(dir, logger.c_str(), X_OK, AT_EACCESS) == 0) {
    shell.RunExternal(logger, {logger, text}, {}, false);
  }
  // info goes to stdout, the others to stderr (rc.subr(8)).
  shell.Write(level == RcMessageLevel::kInfo ? 1 : 2, text + "\n");
}

}  // namespace rcsh::rcsubr
