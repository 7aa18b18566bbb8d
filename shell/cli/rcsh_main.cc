// The rcsh program. With a first word naming a tool it runs that tool;
// otherwise it is a POSIX sh: rcsh [-n] [-c cmd] [script [args]].
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "shell/cli/syntax_check.h"

namespace {

constexpr const char* kUsage =
    "usage: rcsh [-n] [-c command] [script [arg ...]]\n"
    "       rcsh --dump-ast FILE\n"
    "       rcsh TOOL [options]    tools: check\n"
    "       rcsh TOOL --help       help for one tool\n";

struct Tool {
  const char* name;
  int (*run)(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
};

constexpr Tool kTools[] = {
    {"check", rcsh::RunCheckTool},
};

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty()) {
    for (const Tool& tool : kTools) {
      if (args[0] == tool.name) {
        return tool.run(std::vector<std::string>(args.begin() + 1, args.end()), std::cout, std::cerr);
      }
    }
  }
  bool no_exec = false;
  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return 0;
    }
    if (arg == "--dump-ast") {
      if (i + 1 >= args.size()) {
        std::cerr << "rcsh: --dump-ast needs a file\n" << kUsage;
        return 2;
      }
      return rcsh::DumpAst(args[i + 1], std::cout, std::cerr);
    }
    if (arg == "-n") {
      no_exec = true;
      continue;
    }
    if (arg == "--") {
      ++i;
      break;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      std::cerr << "rcsh: unknown option " << arg << "\n" << kUsage;
      return 2;
    }
    break;
  }
  if (no_exec) {
    if (i >= args.size()) {
      std::cerr << "rcsh: -n needs a script\n";
      return 2;
    }
    return rcsh::CheckSyntax({args[i]}, std::cerr);
  }
  std::cerr << "rcsh: running scripts needs the evaluator, which is not built yet; "
               "use -n, --dump-ast or a tool\n";
  return 2;
}
