#include "rcsubr/process_match.h"

#include <algorithm>
#include <charconv>

namespace rcsh::rcsubr {
namespace {

// What `read` and field splitting treat as blanks with the default IFS.
bool IsIfsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n';
}

std::string_view TrimBlanks(std::string_view text) {
  while (!text.empty() && IsIfsBlank(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsIfsBlank(text.back())) text.remove_suffix(1);
  return text;
}

// Field splitting with the default IFS. (rc.subr's unquoted `set -- $line`
// would also glob the words; a shebang word with * ? [ is not worth it.)
std::vector<std::string> SplitFields(std::string_view text) {
  std::vector<std::string> fields;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsIfsBlank(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !IsIfsBlank(text[i])) ++i;
    if (i > start) fields.emplace_back(text.substr(start, i - start));
  }
  return fields;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

ProcessMatcher::ProcessMatcher(const std::string& procname, const std::string& interpreter,
                               int jail_id, const FirstLineReader& read_first_line)
    : jail_id_(jail_id) {
  if (interpreter.empty() || interpreter == ".") {
    size_t slash = procname.rfind('/');
    std::string base = slash == std::string::npos ? procname : procname.substr(slash + 1);
    argv0_forms_ = {procname, base, base + ":", "(" + base + ")", "[" + base + "]"};
    return;
  }
  interpreted_ = true;
  std::optional<std::string> read = read_first_line ? read_first_line(procname) : std::nullopt;
  // `read -r` of the first line: an unreadable file reads as an empty line.
  std::string_view line = read ? TrimBlanks(*read) : std::string_view();
  if (line.substr(0, 2) != "#!") {
    warning_ = "no shebang line in " + procname;
    matches_nothing_ = true;
    return;
  }
  std::vector<std::string> words = SplitFields(line.substr(2));
  if (!words.empty() && EndsWith(words.front(), "/bin/env")) words.erase(words.begin());
  std::string first = words.empty() ? "" : words.front();
  if (first != interpreter) {
    warning_ = "$command_interpreter " + interpreter + " != " + first;
    matches_nothing_ = true;
    return;
  }
  words.push_back(procname);
  prefix_ = CommandLine(words);
}

bool ProcessMatcher::Matches(const ProcessInfo& process) const {
  if (matches_nothing_ || process.jail_id != jail_id_) return false;
  std::string joined = CommandLine(process.argv);
  std::string_view command = TrimBlanks(joined);
  if (interpreted_) {
    return command.substr(0, prefix_.size()) == prefix_ &&
           (command.size() == prefix_.size() || command[prefix_.size()] == ' ');
  }
  // ${command%% *}: only a space ends the first word here, not a tab.
  std::string_view argv0 = command.substr(0, command.find(' '));
  return std::find(argv0_forms_.begin(), argv0_forms_.end(), argv0) != argv0_forms_.end();
}

std::vector<pid_t> FindProcesses(const ProcessTable& table, const std::string& procname,
                                 const std::string& interpreter, int jail_id,
                                 const FirstLineReader& read_first_line,
                                 std::vector<std::string>* warnings) {
  ProcessMatcher matcher(procname, interpreter, jail_id, read_first_line);
  if (matcher.warning() && warnings != nullptr) warnings->push_back(*matcher.warning());
  std::vector<pid_t> pids;
  if (matcher.warning()) return pids;
  for (const ProcessInfo& process : table.List()) {
    if (matcher.Matches(process)) pids.push_back(process.pid);
  }
  // FreeBSD's ps orders by terminal, then pid; daemons have no terminal.
  std::sort(pids.begin(), pids.end());
  return pids;
}

std::optional<pid_t> CheckPidfile(std::string_view pidfile_text, const std::string& procname,
                                  const std::string& interpreter, int jail_id,
                                  const ProcessTable& table, const FirstLineReader& read_first_line,
                                  std::vector<std::string>* warnings) {
  // `read -r _cp_pid _cp_junk < pidfile`: the first word of the first line.
  std::string_view line = pidfile_text.substr(0, pidfile_text.find('\n'));
  while (!line.empty() && IsIfsBlank(line.front())) line.remove_prefix(1);
  std::string_view word = line.substr(0, std::min(line.find(' '), line.find('\t')));
  if (word.empty()) return std::nullopt;

  ProcessMatcher matcher(procname, interpreter, jail_id, read_first_line);
  if (matcher.warning()) {
    if (warnings != nullptr) warnings->push_back(*matcher.warning());
    return std::nullopt;
  }
  pid_t pid = 0;
  if (word.front() < '0' || word.front() > '9') return std::nullopt;  // from_chars takes '-'
  auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), pid);
  if (error != std::errc() || end != word.data() + word.size() || pid <= 0) return std::nullopt;
  std::optional<ProcessInfo> process = table.Find(pid);
  if (!process || !matcher.Matches(*process)) return std::nullopt;
  return pid;
}

}  // namespace rcsh::rcsubr
