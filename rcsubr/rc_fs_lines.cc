#include "rcsubr/rc_fs_lines.h"

namespace rcsh::rcsubr {

bool ReadShellFile(RcSubrContext& context, Shell& shell, const std::string& path, std::string* contents) {
  std::string error;
  return context.files->ReadFile(shell.AbsolutePath(path), contents, &error) == FileWriter::ReadStatus::kOk;
}

std::vector<std::string> ReadLoopLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t newline = text.find('\n'); newline != std::string::npos; newline = text.find('\n', start)) {
    lines.push_back(text.substr(start, newline - start));
    start = newline + 1;
  }
  return lines;
}

std::string TrimIfsWhitespace(Shell& shell, const std::string& line) {
  std::string ifs = shell.GetVarOr("IFS", " \t\n");
  std::string white;
  for (char c : std::string(" \t\n"))
    if (ifs.find(c) != std::string::npos) white += c;
  size_t first = line.find_first_not_of(white);
  if (first == std::string::npos) return "";
  return line.substr(first, line.find_last_not_of(white) - first + 1);
}

bool HasLineStarting(const std::string& text, const std::string& prefix) {
  return text.starts_with(prefix) || text.find("\n" + prefix) != std::string::npos;
}

}  // namespace rcsh::rcsubr
