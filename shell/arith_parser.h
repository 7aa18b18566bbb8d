// The parser of arithmetic expressions (XCU 2.6.4 / 1.1.2.1): every POSIX C
// operator, assignment operators and ?: included, over signed 64-bit values.
#pragma once

#include <string_view>

#include "shell/ast.h"

namespace rcsh {

struct ArithParseResult {
  /// Null only when expansions are glued to other text (`1$x`), which can
  /// only be understood after expansion.
  ArithNode* expr = nullptr;
  bool has_expansions = false;
};

/// Parses the content of $((...)); expansions inside it become
/// ArithExpansion leaves. Throws SyntaxError (BadArithmetic).
ArithParseResult ParseArithmeticWord(const Word& text, AstArena& arena, SourceRange whole);

/// Parses expanded text at run time. Throws SyntaxError (BadArithmetic).
ArithNode* ParseArithmeticString(std::string_view text, AstArena& arena, SourceRange where);

}  // namespace rcsh
