// warn, err, info and debug of rc.subr(8): the message on the right stream,
// prefixed with $0, and the same text sent to syslog through logger(1) when
// /usr/bin/logger is executable — run as an external command, so that a
// replay trace sees the same calls as under the shell rc.subr.
#pragma once

#include <string>

#include "shell/shell.h"

namespace rcsh::rcsubr {

enum class RcMessageLevel { kError, kWarning, kInfo, kDebug };

/// Prints (and logs) `$0: LEVEL: message`. info/debug only when rc_info /
/// rc_debug is a yes-value. Absolute paths are looked up under $RC_ROOT.
void RcMessage(Shell& shell, RcMessageLevel level, const std::string& message);

/// `$RC_ROOT` + path for absolute paths (the corpus's root-prefix rule).
std::string UnderRoot(const Shell& shell, const std::string& path);

}  // namespace rcsh::rcsubr
