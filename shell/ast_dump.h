// A stable text form of the AST, for golden tests and `rcsh --dump-ast`.
// Compact form: one S-expression per complete command, e.g.
//   echo "a$b" >f   =>   (simple "echo" (word (dq "a" (param b))) (> 1 "f"))
// Full form: one command node per line, indented, with source ranges.
#pragma once

#include <string>
#include <vector>

#include "shell/ast.h"

namespace rcsh {

struct DumpOptions {
  bool multiline = false;  // one command node per line, indented
  bool ranges = false;     // append @line:col-line:col to commands, words, redirections
};

std::string DumpNode(const Node& node, const SourceManager& sources, DumpOptions options = {});
std::string DumpProgram(const std::vector<CommandList*>& commands, const SourceManager& sources,
                        DumpOptions options = {});

}  // namespace rcsh
