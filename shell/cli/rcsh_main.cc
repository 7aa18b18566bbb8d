// The rcsh program. With a first word naming a tool it runs that tool;
// otherwise it is a POSIX sh: rcsh [-n] [-c cmd] [script [args]].
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "shell/cli/sh_main.h"
#include "shell/cli/syntax_check.h"

namespace {

constexpr const char* kUsage =
    "usage: rcsh [--root DIR] [-n] [-c command] [script [arg ...]]\n"
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
  for (const std::string& arg : args) {
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return 0;
    }
    if (arg == "--dump-ast") break;
    if (arg.empty() || arg[0] != '-') break;
  }
  if (!args.empty() && args[0] == "--dump-ast") {
    if (args.size() < 2) {
      std::cerr << "rcsh: --dump-ast needs a file\n" << kUsage;
      return 2;
    }
    return rcsh::DumpAst(args[1], std::cout, std::cerr);
  }
  return rcsh::RunShellCommandLine(args);
}
