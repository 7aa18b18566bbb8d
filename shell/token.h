// Tokens of the command language (XCU 2.3, 2.10.1).
#pragma once

#include "shell/ast.h"

namespace rcsh {

enum class TokenKind : uint8_t {
  kWord,
  kIoNumber,
  kNewline,
  kEof,
  kSemi,        // ;
  kDoubleSemi,  // ;;
  kSemiAmp,     // ;&  (case fall-through, FreeBSD sh)
  kAmp,         // &
  kAndIf,       // &&
  kPipe,        // |
  kOrIf,        // ||
  kLParen,      // (
  kRParen,      // )
  kLess,        // <
  kGreat,       // >
  kClobber,     // >|
  kDGreat,      // >>
  kLessAnd,     // <&
  kGreatAnd,    // >&
  kLessGreat,   // <>
  kDLess,       // <<
  kDLessDash,   // <<-
};

struct Token {
  TokenKind kind = TokenKind::kEof;
  SourceRange range;
  Word* word = nullptr;  // kWord only
  int io_number = -1;    // kIoNumber only

  bool is_word(const char* text) const {
    return kind == TokenKind::kWord && word->is_plain_literal() && word->literal() == text;
  }
  bool is_redirection_operator() const {
    return kind >= TokenKind::kLess && kind <= TokenKind::kDLessDash;
  }
};

/// The operator's spelling, or a description ("newline", "end of file").
const char* TokenKindText(TokenKind kind);

}  // namespace rcsh
