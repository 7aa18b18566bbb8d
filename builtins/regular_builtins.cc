// Regular builtins that inspect or change the shell itself.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>

#include "builtins/builtin_table.h"
#include "builtins/builtins.h"
#include "builtins/posix_file_tester.h"
#include "builtins/printf_format.h"
#include "builtins/test_expr.h"

namespace rcsh::builtins {

int True(Shell&, std::vector<std::string>&) { return 0; }
int False(Shell&, std::vector<std::string>&) { return 1; }

int Echo(Shell& shell, std::vector<std::string>& argv) {
  // FreeBSD sh: -n (no newline) and -e (backslash escapes); by default
  // backslashes are printed as they are.
  size_t i = 1;
  bool newline = true;
  bool escapes = false;
  while (i < argv.size() && (argv[i] == "-n" || argv[i] == "-e")) {
    if (argv[i] == "-n") newline = false;
    else escapes = true;
    ++i;
  }
  std::string out;
  for (size_t k = i; k < argv.size(); ++k) {
    if (k > i) out += ' ';
    if (!escapes) {
      out += argv[k];
      continue;
    }
    const std::string& a = argv[k];
    for (size_t p = 0; p < a.size(); ++p) {
      if (a[p] != '\\' || p + 1 >= a.size()) {
        out += a[p];
        continue;
      }
      char e = a[++p];
      switch (e) {
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'c': shell.Write(1, out); return 0;
        case 'e': out += '\x1b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '\\': out += '\\'; break;
        case '0': {
          int value = 0;
          for (int d = 0; d < 3 && p + 1 < a.size() && a[p + 1] >= '0' && a[p + 1] <= '7'; ++d) value = value * 8 + (a[++p] - '0');
          out += static_cast<char>(value);
          break;
        }
        default: out += '\\'; out += e;
      }
    }
  }
  if (newline) out += '\n';
  if (!shell.Write(1, out)) {
    if (errno != EPIPE) shell.Error(std::string("echo: write error: ") + std::strerror(errno));
    return 1;
  }
  return 0;
}

int Printf(Shell& shell, std::vector<std::string>& argv) {
  if (argv.size() > 1 && argv[1] == "--") argv.erase(argv.begin() + 1);
  if (argv.size() < 2) {
    shell.Err("usage: printf format [arg ...]\n");
    return 1;  // FreeBSD: usage errors are status 1
  }
  std::vector<std::string> args(argv.begin() + 2, argv.end());
  PrintfResult result = FormatPrintf(argv[1], args);
  shell.Out(result.output);
  if (!result.errors.empty()) shell.Err(result.errors);
  return result.status;
}

int Test(Shell& shell, std::vector<std::string>& argv) {
  std::vector<std::string> args(argv.begin() + 1, argv.end());
  if (argv[0] == "[") {
    if (args.empty() || args.back() != "]") {
      shell.Error("[: missing ]");
      return 2;
    }
    args.pop_back();
  }
  // -t asks about the shell's fd, which maps to one of ours (or to memory).
  PosixFileTester files(shell.state().cwd ? shell.state().cwd->fd : AT_FDCWD, [&shell](int fd) {
    std::shared_ptr<OpenFile> file = shell.state().fds.Get(fd);
    return file && !file->is_memory() ? file->os_fd() : -1;
  });
  TestResult result = EvaluateTest(args, files, argv[0]);
  if (!result.error.empty()) shell.Error(result.error);
  return result.status;
}

namespace {

// The physical path of a directory descriptor.
std::string PhysicalPath(int fd) {
  char link[64];
  std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  char buffer[4096];
  ssize_t n = readlink(link, buffer, sizeof buffer - 1);
  if (n <= 0) return "";
  return std::string(buffer, static_cast<size_t>(n));
}

// "/a/b/../c/./d" -> "/a/c/d", lexically (cd -L).
std::string Canonicalize(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    std::string part = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  std::string out;
  for (const std::string& part : parts) out += "/" + part;
  return out.empty() ? "/" : out;
}

}  // namespace

int Pwd(Shell& shell, std::vector<std::string>& argv) {
  bool physical = shell.state().options.physical;
  for (size_t i = 1; i < argv.size(); ++i) {
    if (argv[i] == "-P") physical = true;
    else if (argv[i] == "-L") physical = false;
    else {
      shell.Error("pwd: Illegal option " + argv[i]);
      return 2;
    }
  }
  auto& cwd = shell.state().cwd;
  std::string path = physical || !cwd ? PhysicalPath(cwd ? cwd->fd : AT_FDCWD) : cwd->logical;
  shell.Out(path + "\n");
  return 0;
}

int Cd(Shell& shell, std::vector<std::string>& argv) {
  bool physical = shell.state().options.physical;
  size_t i = 1;
  for (; i < argv.size() && argv[i].size() > 1 && argv[i][0] == '-'; ++i) {
    if (argv[i] == "--") {
      ++i;
      break;
    }
    if (argv[i] == "-P") physical = true;
    else if (argv[i] == "-L") physical = false;
    else break;
  }
  std::string dir;
  bool print = false;
  if (i < argv.size()) {
    dir = argv[i];
  } else {
    const std::string* home = shell.GetVar("HOME");
    if (!home || home->empty()) {
      shell.Error("cd: HOME not set");
      return 1;
    }
    dir = *home;
  }
  if (dir == "-") {
    const std::string* old = shell.GetVar("OLDPWD");
    if (!old) {
      shell.Error("cd: OLDPWD not set");
      return 1;
    }
    dir = *old;
    print = true;
  }
  auto& cwd = shell.state().cwd;
  std::vector<std::string> candidates;
  bool relative_searchable = !dir.empty() && dir[0] != '/' && dir.rfind("./", 0) != 0 &&
                             dir.rfind("../", 0) != 0 && dir != "." && dir != "..";
  if (relative_searchable) {
    if (const std::string* cdpath = shell.GetVar("CDPATH")) {
      size_t start = 0;
      for (;;) {
        size_t colon = cdpath->find(':', start);
        std::string entry = cdpath->substr(start, colon == std::string::npos ? std::string::npos : colon - start);
        candidates.push_back(entry.empty() ? dir : entry + "/" + dir);
        if (colon == std::string::npos) break;
        start = colon + 1;
      }
    }
  }
  if (candidates.empty()) candidates.push_back(dir);
  int last_errno = ENOENT;
  for (const std::string& candidate : candidates) {
    std::string logical = candidate[0] == '/' ? candidate : (cwd ? cwd->logical : "") + "/" + candidate;
    logical = Canonicalize(logical);
    int fd = physical ? openat(cwd ? cwd->fd : AT_FDCWD, candidate.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC)
                      : open(logical.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
      last_errno = errno;
      continue;
    }
    fd = OwnFd(fd);
    if (physical) logical = PhysicalPath(fd);
    std::string old = cwd ? cwd->logical : "";
    cwd = std::make_shared<WorkingDirectory>(fd, logical);
    shell.SetVar("OLDPWD", old);
    shell.SetVar("PWD", logical);
    // FreeBSD sh prints the new directory (cd -, CDPATH) only when interactive.
    if ((print || candidate != dir) && shell.state().options.interactive) shell.Out(logical + "\n");
    return 0;
  }
  shell.Error("cd: " + dir + ": " + std::strerror(last_errno));
  return 1;
}

int Umask(Shell& shell, std::vector<std::string>& argv) {
  mode_t& mask = shell.state().umask;
  bool symbolic = argv.size() > 1 && argv[1] == "-S";
  size_t i = symbolic ? 2 : 1;
  if (i >= argv.size()) {
    if (symbolic) {
      std::string out;
      const char* who = "ugo";
      for (int k = 0; k < 3; ++k) {
        mode_t bits = (~mask >> (6 - 3 * k)) & 7;
        if (k) out += ',';
        out += who[k];
        out += '=';
        if (bits & 4) out += 'r';
        if (bits & 2) out += 'w';
        if (bits & 1) out += 'x';
      }
      shell.Out(out + "\n");
    } else {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "%04o", static_cast<unsigned>(mask));
      shell.Out(std::string(buffer) + "\n");
    }
    return 0;
  }
  const std::string& spec = argv[i];
  if (!spec.empty() && spec.find_first_not_of("01234567") == std::string::npos) {
    mask = static_cast<mode_t>(std::stoul(spec, nullptr, 8) & 0777);
    return 0;
  }
  // Symbolic: who[+-=]perms[,...], applied to the permissions (~mask).
  mode_t allowed = ~mask & 0777;
  size_t pos = 0;
  while (pos < spec.size()) {
    mode_t who = 0;
    while (pos < spec.size() && std::strchr("ugoa", spec[pos])) {
      char c = spec[pos++];
      who |= c == 'u' ? 0700 : c == 'g' ? 070 : c == 'o' ? 07 : 0777;
    }
    if (who == 0) who = 0777;
    if (pos >= spec.size() || !std::strchr("+-=", spec[pos])) {
      shell.Error("umask: Illegal mode: " + spec);
      return 1;
    }
    char op = spec[pos++];
    mode_t perms = 0;
    while (pos < spec.size() && std::strchr("rwx", spec[pos])) {
      char c = spec[pos++];
      perms |= c == 'r' ? 0444 : c == 'w' ? 0222 : 0111;
    }
    perms &= who;
    if (op == '+') allowed |= perms;
    else if (op == '-') allowed &= ~perms;
    else allowed = (allowed & ~who) | perms;
    if (pos < spec.size() && spec[pos] == ',') ++pos;
  }
  mask = ~allowed & 0777;
  return 0;
}

int Alias(Shell& shell, std::vector<std::string>& argv) {
  auto& aliases = shell.state().aliases;
  if (argv.size() == 1) {
    std::vector<std::pair<std::string, std::string>> sorted(aliases.begin(), aliases.end());
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [name, value] : sorted) shell.Out(name + "=" + ShellQuote(value) + "\n");
    return 0;
  }
  int status = 0;
  for (size_t i = 1; i < argv.size(); ++i) {
    size_t eq = argv[i].find('=');
    if (eq != std::string::npos && eq > 0) {
      aliases[argv[i].substr(0, eq)] = argv[i].substr(eq + 1);
      continue;
    }
    auto it = aliases.find(argv[i]);
    if (it == aliases.end()) {
      shell.Error("alias: " + argv[i] + ": not found");
      status = 1;
    } else {
      shell.Out(it->first + "=" + ShellQuote(it->second) + "\n");
    }
  }
  return status;
}

int Unalias(Shell& shell, std::vector<std::string>& argv) {
  auto& aliases = shell.state().aliases;
  if (argv.size() > 1 && argv[1] == "-a") {
    aliases.clear();
    return 0;
  }
  int status = 0;
  for (size_t i = 1; i < argv.size(); ++i) {
    if (!aliases.erase(argv[i])) {
      shell.Error("unalias: " + argv[i] + ": not found");
      status = 1;
    }
  }
  return status;
}

int Hash(Shell& shell, std::vector<std::string>& argv) {
  auto& paths = shell.state().command_paths;
  if (argv.size() == 1) {
    std::vector<std::string> sorted;
    for (const auto& [name, path] : paths) sorted.push_back(path);
    std::sort(sorted.begin(), sorted.end());
    for (const std::string& path : sorted) shell.Out(path + "\n");
    return 0;
  }
  int status = 0;
  for (size_t i = 1; i < argv.size(); ++i) {
    if (argv[i] == "-r") {
      paths.clear();
      continue;
    }
    paths.erase(argv[i]);
    if (shell.state().functions.count(argv[i]) || shell.services().builtins->Find(argv[i])) continue;
    if (shell.FindInPath(argv[i]).empty()) {
      shell.Error("hash: " + argv[i] + ": not found");
      status = 1;
    }
  }
  return status;
}

namespace {

bool IsKeyword(const std::string& name) {
  static const char* const kKeywords[] = {"!", "{", "}", "case", "do", "done", "elif", "else",
                                          "esac", "fi", "for", "if", "in", "then", "until", "while"};
  for (const char* keyword : kKeywords) {
    if (name == keyword) return true;
  }
  return false;
}

// Describes `name` like `type` (verbose) or `command -v` (terse). False if not found.
bool Describe(Shell& shell, const std::string& name, bool verbose, std::string* out) {
  ShellState& state = shell.state();
  auto alias = state.aliases.find(name);
  if (alias != state.aliases.end()) {
    *out = verbose ? name + " is an alias for " + alias->second : "alias " + name + "=" + ShellQuote(alias->second);
    return true;
  }
  if (IsKeyword(name)) {
    *out = verbose ? name + " is a shell keyword" : name;
    return true;
  }
  if (state.functions.count(name)) {
    *out = verbose ? name + " is a shell function" : name;
    return true;
  }
  if (const Builtin* builtin = shell.services().builtins->Find(name)) {
    *out = verbose ? name + (builtin->special ? " is a special shell builtin" : " is a shell builtin") : name;
    return true;
  }
  auto hashed = state.command_paths.find(name);
  if (verbose && hashed != state.command_paths.end()) {
    *out = name + " is a tracked alias for " + hashed->second;
    return true;
  }
  std::string path = name.find('/') != std::string::npos ? name : shell.FindInPath(name, false);
  int dir = state.cwd ? state.cwd->fd : AT_FDCWD;
  if (path.empty() || (name.find('/') != std::string::npos && faccessat(dir, name.c_str(), X_OK, AT_EACCESS) != 0)) {
    return false;
  }
  if (path[0] != '/') path = shell.AbsolutePath(path);
  *out = verbose ? name + " is " + path : path;
  return true;
}

}  // namespace

int Type(Shell& shell, std::vector<std::string>& argv) {
  int status = 0;
  for (size_t i = 1; i < argv.size(); ++i) {
    std::string text;
    if (Describe(shell, argv[i], true, &text)) {
      shell.Out(text + "\n");
    } else {
      shell.Err(argv[i] + ": not found\n");
      status = 127;
    }
  }
  return status;
}

int Command(Shell& shell, std::vector<std::string>& argv) {
  size_t i = 1;
  char mode = 0;
  for (; i < argv.size() && argv[i].size() > 1 && argv[i][0] == '-'; ++i) {
    if (argv[i] == "--") {
      ++i;
      break;
    }
    for (size_t k = 1; k < argv[i].size(); ++k) {
      char c = argv[i][k];
      if (c == 'v' || c == 'V') mode = c;
      else if (c != 'p') {
        shell.Error(std::string("command: Illegal option -") + c);
        return 2;
      }
    }
  }
  if (i >= argv.size()) return 0;
  if (mode) {
    int status = 0;
    for (; i < argv.size(); ++i) {
      std::string text;
      if (Describe(shell, argv[i], mode == 'V', &text)) {
        shell.Out(text + "\n");
      } else {
        if (mode == 'V') shell.Err(argv[i] + ": not found\n");
        status = 127;
      }
    }
    return status;
  }
  std::vector<std::string> rest(argv.begin() + static_cast<long>(i), argv.end());
  // `command` takes away the special builtins' power to end the shell.
  ++shell.special_errors_nonfatal;
  int status = shell.RunCommandArgv(rest, false);
  --shell.special_errors_nonfatal;
  return status;
}

int Local(Shell& shell, std::vector<std::string>& argv) {
  if (shell.function_depth() == 0) {
    shell.Error("local: not in a function");
    return 1;
  }
  for (size_t i = 1; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (arg == "-") {
      shell.SaveOptionsForFunction();
      continue;
    }
    size_t eq = arg.find('=');
    std::string name = arg.substr(0, eq);
    if (!IsValidName(name)) {
      shell.Error("local: " + name + ": bad variable name");
      return 1;
    }
    shell.state().vars.MakeLocal(name);
    if (eq != std::string::npos && !shell.SetVar(name, arg.substr(eq + 1))) return 1;
  }
  return 0;
}

int Setvar(Shell& shell, std::vector<std::string>& argv) {
  if (argv.size() != 3) {
    shell.Error("setvar: usage: setvar name value");
    return 2;
  }
  if (!IsValidName(argv[1])) {
    shell.Error("setvar: " + argv[1] + ": bad variable name");
    return 1;
  }
  return shell.SetVar(argv[1], argv[2]) ? 0 : 1;
}

}  // namespace rcsh::builtins
