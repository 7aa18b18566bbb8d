// Word expansion (XCU 2.6) in the POSIX order: tilde, parameter, command
// substitution and arithmetic; then field splitting by IFS, pathname
// expansion and quote removal. Like yash, every produced byte carries origin
// flags (quoted? from an unquoted expansion?) so that splitting and globbing
// see exactly the characters POSIX says they should.
#pragma once

#include <string>
#include <vector>

#include "shell/ast.h"

namespace rcsh {

class Shell;

class WordExpander {
 public:
  explicit WordExpander(Shell& shell) : shell_(shell) {}

  /// Full expansion of each word into fields. False after an expansion
  /// error (already reported; the shell is exiting).
  bool ExpandFields(const std::vector<Word*>& words, std::vector<std::string>* fields);
  /// Expansion without field splitting or globbing: assignments, redirection
  /// targets, the word of `case`, here-document bodies.
  bool ExpandString(const Word& word, std::string* out);
  /// Expansion for pattern matching: the text, and which bytes came from
  /// quoting (those match literally).
  bool ExpandPattern(const Word& word, std::string* text, std::vector<bool>* quoted);

 private:
  struct Piece;
  struct Builder;
  bool AppendParts(const std::vector<WordPart*>& parts, bool quoted, bool literal_splittable,
                   Builder& out);
  bool AppendPart(const WordPart& part, bool quoted, bool literal_splittable, Builder& out);
  bool AppendParam(const ParamExpPart& part, bool quoted, Builder& out);
  bool AppendSpecialList(const ParamExpPart& part, bool quoted, Builder& out);
  bool LookupParam(const std::string& name, std::string* value, bool* is_set);
  bool ApplyPatternOp(const ParamExpPart& part, std::string* value);
  bool EvaluateArith(const ArithSubPart& part, std::string* out);
  void SplitAndGlob(Builder& builder, std::vector<std::string>* fields);
  std::string TildeValue(const std::string& user);

  Shell& shell_;
};

}  // namespace rcsh
