#include "shell/cli/sh_main.h"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <iostream>

#include "shell/cli/syntax_check.h"
#include "rcsubr/rc_subr.h"
#include "shell/interpreter.h"
#include "shell/shell.h"

namespace rcsh {

namespace {

// `--root DIR`: the world every absolute rc path is looked up under (see
// README "Root prefix"). Returns false after a message when DIR is unusable.
bool ParseRootOption(const std::vector<std::string>& args, size_t* i, std::string* root) {
  if (*i >= args.size() || (args[*i] != "--root" && !args[*i].starts_with("--root="))) return true;
  std::string dir;
  if (args[*i] == "--root") {
    if (*i + 1 >= args.size()) {
      std::cerr << "rcsh: --root needs a directory\n";
      return false;
    }
    dir = args[*i + 1];
    *i += 2;
  } else {
    dir = args[*i].substr(7);
    *i += 1;
  }
  char resolved[PATH_MAX];
  struct stat info;
  if (realpath(dir.c_str(), resolved) == nullptr || stat(resolved, &info) != 0 || !S_ISDIR(info.st_mode)) {
    std::cerr << "rcsh: --root " << dir << ": not a directory\n";
    return false;
  }
  *root = resolved;
  if (*root == "/") root->clear();  // the real system
  return true;
}

}  // namespace

int RunShellCommandLine(const std::vector<std::string>& args) {
  ShellOptions options;
  bool command_mode = false;
  size_t i = 0;
  std::string root;
  if (!ParseRootOption(args, &i, &root)) return 2;
  for (; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") {
      ++i;
      break;
    }
    if (arg.size() < 2 || (arg[0] != '-' && arg[0] != '+')) break;
    bool on = arg[0] == '-';
    for (size_t k = 1; k < arg.size(); ++k) {
      char letter = arg[k];
      if (letter == 'c') {
        command_mode = true;
      } else if (letter == 's') {
        // read commands from stdin: the default without operands
      } else if (letter == 'o') {
        if (i + 1 >= args.size() || !options.SetByName(args[i + 1], on)) {
          std::cerr << "rcsh: bad -o option\n";
          return 2;
        }
        ++i;
      } else if (!options.SetByLetter(letter, on)) {
        std::cerr << "rcsh: illegal option " << arg[0] << letter << "\n";
        return 2;
      }
    }
  }
  if (options.noexec && !command_mode && i < args.size()) {
    // `rcsh -n script`: a syntax check only, all errors reported.
    return CheckSyntax({args[i]}, std::cerr);
  }
  // The shell's umask is virtual (applied when it creates files and in
  // children); the process's own is cleared so that it is not applied twice.
  mode_t mask = umask(0);
  // Builtins writing to a closed pipe get EPIPE instead of killing rcsh.
  signal(SIGPIPE, SIG_IGN);
  Interpreter::Options interpreter_options;
  interpreter_options.allow_process_replace = true;
  if (command_mode) {
    if (i >= args.size()) {
      std::cerr << "rcsh: -c requires an argument\n";
      return 2;
    }
    interpreter_options.arg0 = i + 1 < args.size() ? args[i + 1] : "rcsh";
  }
  Interpreter interpreter(interpreter_options);
  rcsubr::RcSubrOptions rc_subr_options;
  // For comparisons (bench/, corpus/tests): read the shell rc.subr as well.
  const char* shell_rc_subr = std::getenv("RCSH_SHELL_RC_SUBR");
  rc_subr_options.read_shell_rc_subr = shell_rc_subr != nullptr && *shell_rc_subr != '\0';
  rcsubr::InstallRcSubr(interpreter, rc_subr_options);
  interpreter.shell().state().umask = mask;
  interpreter.shell().state().options = options;
  if (!root.empty()) interpreter.SetVariable("RC_ROOT", root, true);
  if (command_mode) {
    std::vector<std::string> positional;
    if (i + 2 < args.size()) positional.assign(args.begin() + static_cast<long>(i) + 2, args.end());
    interpreter.SetPositional(positional);
    interpreter.shell().exec_last_command = true;
    interpreter.RunString(args[i], interpreter_options.arg0);
    return interpreter.Finish();
  }
  if (i < args.size()) {
    std::vector<std::string> positional(args.begin() + static_cast<long>(i) + 1, args.end());
    if (!root.empty() && args[i].starts_with("/")) {
      interpreter.RunFileAs(root + args[i], args[i], positional);
    } else {
      interpreter.RunFile(args[i], positional);
    }
    return interpreter.Finish();
  }
  std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  interpreter.RunString(text, "rcsh");
  return interpreter.Finish();
}

}  // namespace rcsh
