// Reading the files rc.subr reads with `while read -r ...; done < FILE`
// (devfs rules, fstab) or greps (local scripts' PROVIDE lines), natively:
// the whole file through the context's FileWriter, then the lines a read
// loop would see. A grep becomes a search in the text (one spawn saved).
#pragma once

#include <string>
#include <vector>

#include "rcsubr/rc_context.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {

/// The contents of `path` (relative paths against the shell's working
/// directory); false when it cannot be read (missing, a
/// directory, no permission).
bool ReadShellFile(RcSubrContext& context, Shell& shell, const std::string& path, std::string* contents);

/// The lines `while read -r ...` processes: only newline-terminated ones (a
/// last line without '\n' makes read fail, so the loop never sees it).
std::vector<std::string> ReadLoopLines(const std::string& text);

/// What `read -r VAR` stores for `line`: leading and trailing IFS white
/// space removed.
std::string TrimIfsWhitespace(Shell& shell, const std::string& line);

/// `grep -q '^PREFIX'`: some line of `text` starts with `prefix`.
bool HasLineStarting(const std::string& text, const std::string& prefix);

}  // namespace rcsh::rcsubr
