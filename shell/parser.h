// The recursive-descent parser of the POSIX shell grammar (XCU 2.10), with
// the FreeBSD sh extensions the rc.d world uses (`;&`, `{ }`, function names
// such as `3wire`). Alias substitution happens here, as POSIX describes it:
// on the command-name word, with the values known when the command is read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "shell/ast.h"
#include "shell/diagnostics.h"
#include "shell/lexer.h"

namespace rcsh {

/// Where the parser looks up aliases (the interpreter's alias table).
class AliasResolver {
 public:
  virtual ~AliasResolver() = default;
  /// The alias value, or null when `name` is not an alias.
  virtual const std::string* FindAlias(const std::string& name) const = 0;
};

/// Parses one buffer, one complete command at a time, so that an interpreter
/// can run each command before the next is read (aliases defined on one line
/// apply to the next; a syntax error late in a file stops only there).
class ScriptParser {
 public:
  ScriptParser(SourceManager& sources, BufferId buffer, AstArena& arena,
               DiagnosticList& diagnostics, const AliasResolver* aliases = nullptr);
  ~ScriptParser();

  enum class Status { kCommand, kError, kEnd };
  /// Reads the next complete command into `*out`. On kError the diagnostic
  /// is in the list and the parser has skipped to the next line.
  Status Next(CommandList** out);

  /// True when the rest of the input holds no further command.
  bool AtEnd() const { return lexer_.OnlyTriviaLeft(); }

  /// Parses everything, recording every syntax error (one per broken line).
  std::vector<CommandList*> ParseAll();

 private:
  class Impl;
  Lexer lexer_;
  DiagnosticList& diagnostics_;
  const AliasResolver* aliases_;
  std::unique_ptr<Impl> impl_;
};

/// Convenience for tests and tools: parse `text` named `name`.
struct ParsedScript {
  SourceManager sources;
  AstArena arena;
  DiagnosticList diagnostics;
  BufferId buffer = kNoBuffer;
  std::vector<CommandList*> commands;
};
std::unique_ptr<ParsedScript> ParseScript(std::string name, std::string text,
                                          const AliasResolver* aliases = nullptr);

}  // namespace rcsh
