// Syntax checking from the command line: `rcsh -n FILE`, `rcsh --dump-ast
// FILE`, and the `check` tool that parse-checks whole rc.d trees.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace rcsh {

/// Parses each file like `sh -n`; prints diagnostics to `err`. Returns 0, or
/// 2 when any file has a syntax error (1 when a file cannot be read).
int CheckSyntax(const std::vector<std::string>& files, std::ostream& err);

/// Prints the full AST dump of `file`. Same exit statuses as CheckSyntax.
int DumpAst(const std::string& file, std::ostream& out, std::ostream& err);

/// The `check` tool: parse every file under the given paths and print a
/// summary (files, bytes, commands, errors, MB/s).
int RunCheckTool(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace rcsh
