// read and getopts: the builtins that parse input and options.
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "builtins/builtins.h"

namespace rcsh::builtins {
namespace {

bool IsIfsWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

}  // namespace

int Read(Shell& shell, std::vector<std::string>& argv) {
  bool raw = false;
  size_t i = 1;
  std::string prompt;
  for (; i < argv.size() && argv[i].size() > 1 && argv[i][0] == '-'; ++i) {
    if (argv[i] == "--") {
      ++i;
      break;
    }
    if (argv[i] == "-r") {
      raw = true;
    } else if (argv[i] == "-p" && i + 1 < argv.size()) {
      prompt = argv[++i];
    } else {
      shell.Error("read: Illegal option " + argv[i]);
      return 2;
    }
  }
  std::vector<std::string> names(argv.begin() + static_cast<long>(i), argv.end());
  if (names.empty()) names.push_back("REPLY");
  for (const std::string& name : names) {
    if (!IsValidName(name)) {
      shell.Error("read: " + name + ": bad variable name");
      return 2;
    }
  }
  if (!prompt.empty() && isatty(0)) shell.Err(prompt);
  std::shared_ptr<OpenFile> input = shell.state().fds.Get(0);
  if (!input || input->is_memory()) {
    shell.Error("read: standard input is not readable");
    return 2;
  }
  // Byte by byte, so that the rest of a pipe stays for the next reader.
  std::string chars;
  std::vector<bool> escaped;
  bool eof = false;
  bool pending_escape = false;
  for (;;) {
    char c;
    ssize_t n = ::read(input->os_fd(), &c, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      eof = true;
      break;
    }
    if (pending_escape) {
      pending_escape = false;
      if (c == '\n') continue;  // line continuation
      chars += c;
      escaped.push_back(true);
      continue;
    }
    if (c == '\\' && !raw) {
      pending_escape = true;
      continue;
    }
    if (c == '\n') break;
    chars += c;
    escaped.push_back(false);
  }
  const std::string* ifs_var = shell.GetVar("IFS");
  const std::string ifs = ifs_var ? *ifs_var : " \t\n";
  auto is_ifs = [&](size_t k) { return !escaped[k] && ifs.find(chars[k]) != std::string::npos; };
  auto is_ifs_space = [&](size_t k) { return is_ifs(k) && IsIfsWhitespace(chars[k]); };
  size_t pos = 0;
  while (pos < chars.size() && is_ifs_space(pos)) ++pos;
  for (size_t v = 0; v < names.size(); ++v) {
    std::string value;
    if (v + 1 == names.size()) {
      size_t end = chars.size();
      while (end > pos && is_ifs_space(end - 1)) --end;
      value = chars.substr(pos, end > pos ? end - pos : 0);
      pos = chars.size();
    } else {
      while (pos < chars.size() && !is_ifs(pos)) value += chars[pos++];
      while (pos < chars.size() && is_ifs_space(pos)) ++pos;
      if (pos < chars.size() && is_ifs(pos)) {
        ++pos;
        while (pos < chars.size() && is_ifs_space(pos)) ++pos;
      }
    }
    if (!shell.SetVar(names[v], value)) return 2;
  }
  return eof ? 1 : 0;
}

int Getopts(Shell& shell, std::vector<std::string>& argv) {
  if (argv.size() < 3) {
    shell.Error("getopts: usage: getopts optstring name [arg ...]");
    return 2;
  }
  const std::string& optstring = argv[1];
  const std::string& name = argv[2];
  std::vector<std::string> args = argv.size() > 3 ? std::vector<std::string>(argv.begin() + 3, argv.end())
                                                  : shell.state().positional;
  long optind = 1;
  if (const std::string* value = shell.GetVar("OPTIND")) {
    if (!ParseNumber(*value, &optind) || optind < 1) optind = 1;
  }
  size_t& offset = shell.state().getopts_offset;
  if (optind == 1 && offset > 0 && (static_cast<size_t>(optind) > args.size() || offset >= args[0].size())) offset = 0;
  const bool silent = !optstring.empty() && optstring[0] == ':';
  auto finish = [&]() {
    offset = 0;
    shell.SetVar(name, "?");
    shell.SetVar("OPTIND", std::to_string(optind));
    return 1;
  };
  if (static_cast<size_t>(optind) > args.size()) return finish();
  const std::string& arg = args[static_cast<size_t>(optind) - 1];
  if (offset == 0) {
    if (arg == "--") {
      ++optind;
      return finish();
    }
    if (arg.size() < 2 || arg[0] != '-') return finish();
    offset = 1;
  }
  char c = arg[offset++];
  std::string result(1, c);
  size_t spec = c == ':' ? std::string::npos : optstring.find(c);
  auto advance_if_done = [&] {
    if (offset >= arg.size()) {
      ++optind;
      offset = 0;
    }
  };
  if (spec == std::string::npos) {
    if (silent) {
      shell.SetVar("OPTARG", result);
    } else {
      shell.state().vars.Unset("OPTARG");
      shell.Err(std::string("getopts: Illegal option -") + c + "\n");
    }
    result = "?";
    advance_if_done();
  } else if (spec + 1 < optstring.size() && optstring[spec + 1] == ':') {
    if (offset < arg.size()) {
      shell.SetVar("OPTARG", arg.substr(offset));
      ++optind;
      offset = 0;
    } else if (static_cast<size_t>(optind) < args.size()) {
      shell.SetVar("OPTARG", args[static_cast<size_t>(optind)]);
      optind += 2;
      offset = 0;
    } else {
      ++optind;
      offset = 0;
      if (silent) {
        shell.SetVar("OPTARG", result);
        result = ":";
      } else {
        shell.state().vars.Unset("OPTARG");
        shell.Err(std::string("getopts: No arg for -") + c + " option\n");
        result = "?";
      }
    }
  } else {
    shell.state().vars.Unset("OPTARG");
    advance_if_done();
  }
  shell.SetVar(name, result);
  shell.SetVar("OPTIND", std::to_string(optind));
  return 0;
}

}  // namespace rcsh::builtins
