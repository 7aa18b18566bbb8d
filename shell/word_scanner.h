// Scans one word into its parts (XCU 2.2 quoting, 2.6 expansions as syntax):
// literals, quotes, escapes, $name, ${...}, $(...), `...`, $((...)), $'...'.
// The scanner only builds the AST; nothing is expanded here.
#pragma once

#include "shell/lexer.h"

namespace rcsh {

class WordScanner {
 public:
  explicit WordScanner(Lexer& lexer) : lexer_(lexer) {}

  /// An unquoted word, ending before the first unquoted blank or operator.
  Word* ScanWord();
  /// The whole current frame as the body of an unquoted here-document.
  Word* ScanHereDocBody();

  /// Turns leading `~user` (and, in assignments, `~` after ':') into
  /// TildeParts. `assignment` is true for the value of NAME=value.
  static void SplitTildePrefixes(Word* word, bool assignment, AstArena& arena);

 private:
  enum class Mode {
    kUnquoted,       // a token word
    kDoubleQuoted,   // inside "..."
    kHereDoc,        // unquoted here-document body
    kParamArg,       // the word of ${x-word} outside double quotes
    kParamArgQuoted, // the word of "${x-word}"
    kArith,          // inside $((...))
  };

  void ScanParts(std::vector<WordPart*>& parts, Mode mode, bool pattern_op);
  WordPart* ScanDollar(Mode mode);
  WordPart* ScanBraced(uint32_t begin, Mode mode);
  WordPart* ScanDollarSingleQuoted(uint32_t begin);
  /// $((...)) when the text scans as arithmetic up to "))"; else null.
  WordPart* TryScanArithmetic(uint32_t begin);
  WordPart* ScanBackquote(Mode mode);
  WordPart* ScanSingleQuoted();
  WordPart* ScanDoubleQuoted();

  Lexer& lexer_;
};

}  // namespace rcsh
