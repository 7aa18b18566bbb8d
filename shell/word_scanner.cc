#include "shell/word_scanner.h"

#include <cctype>

#include "shell/arith_parser.h"
#include "shell/syntax_error.h"

namespace rcsh {
namespace {

bool IsNameStart(int c) { return c == '_' || (c >= 0 && c < 128 && std::isalpha(c)); }
bool IsNameChar(int c) { return c == '_' || (c >= 0 && c < 128 && std::isalnum(c)); }
bool IsDigit(int c) { return c >= '0' && c <= '9'; }
bool IsSpecialParam(int c) {
  return c == '@' || c == '*' || c == '#' || c == '?' || c == '-' || c == '$' || c == '!';
}
bool IsWordTerminator(int c) {
  switch (c) {
    case -1: case ' ': case '\t': case '\n':
    case ';': case '&': case '|': case '(': case ')': case '<': case '>':
      return true;
    default:
      return false;
  }
}

// Appends characters to a literal part, starting a new one when needed.
class LiteralBuilder {
 public:
  LiteralBuilder(Lexer& lexer, std::vector<WordPart*>& parts) : lexer_(lexer), parts_(parts) {}
  void Add(uint32_t begin, char c) {
    if (!current_) {
      current_ = lexer_.arena().make<LiteralPart>();
      current_->range = {lexer_.buffer(), begin, begin};
      parts_.push_back(current_);
    }
    current_->text += c;
    current_->range.end = lexer_.offset();
  }
  // A run of ordinary characters in one append (the hot path of scanning).
  void AddRun(uint32_t begin, std::string_view run) {
    if (!current_) {
      current_ = lexer_.arena().make<LiteralPart>();
      current_->range = {lexer_.buffer(), begin, begin};
      parts_.push_back(current_);
    }
    current_->text.append(run);
    current_->range.end = begin + static_cast<uint32_t>(run.size());
  }
  void Push(WordPart* part) {
    current_ = nullptr;
    parts_.push_back(part);
  }

 private:
  Lexer& lexer_;
  std::vector<WordPart*>& parts_;
  LiteralPart* current_ = nullptr;
};

// Characters with no special meaning in a mode: scanned as runs. Bit 0:
// unquoted words, bit 1: double quotes, bit 2: here-document bodies.
struct PlainTable {
  uint8_t bits[256];
  constexpr PlainTable() : bits() {
    for (int c = 1; c < 256; ++c) bits[c] = 7;
    for (char c : std::string_view(" \t\n;&|()<>\\'\"$`")) bits[static_cast<unsigned char>(c)] &= ~1;
    for (char c : std::string_view("\"\\$`")) bits[static_cast<unsigned char>(c)] &= ~2;
    for (char c : std::string_view("\\$`")) bits[static_cast<unsigned char>(c)] &= ~4;
  }
};
constexpr PlainTable kPlain;

// The range of a literal's suffix starting at `at`, exact when the literal has
// no line continuations in it (then text and source have the same length).
SourceRange SuffixRange(const LiteralPart* part, size_t at) {
  SourceRange r = part->range;
  if (r.size() == part->text.size()) r.begin += static_cast<uint32_t>(at);
  return r;
}

}  // namespace

Word* WordScanner::ScanWord() {
  auto* word = lexer_.arena().make<Word>();
  uint32_t begin = lexer_.offset();
  ScanParts(word->parts, Mode::kUnquoted, false);
  word->range = lexer_.RangeFrom(begin);
  SplitTildePrefixes(word, false, lexer_.arena());
  return word;
}

Word* WordScanner::ScanHereDocBody() {
  auto* word = lexer_.arena().make<Word>();
  uint32_t begin = lexer_.offset();
  ScanParts(word->parts, Mode::kHereDoc, false);
  word->range = lexer_.RangeFrom(begin);
  return word;
}

void WordScanner::ScanParts(std::vector<WordPart*>& parts, Mode mode, bool pattern_op) {
  LiteralBuilder literal(lexer_, parts);
  const bool dq_like = mode == Mode::kDoubleQuoted || mode == Mode::kHereDoc ||
                       mode == Mode::kParamArgQuoted || mode == Mode::kArith;
  int paren_depth = 0;
  const uint8_t plain_bit = mode == Mode::kUnquoted ? 1 : mode == Mode::kDoubleQuoted ? 2 : mode == Mode::kHereDoc ? 4 : 0;
  for (;;) {
    if (plain_bit) {
      std::string_view text = lexer_.BufferText();
      uint32_t start = lexer_.offset();
      uint32_t end = start;
      uint32_t limit = lexer_.frame_end();
      while (end < limit && (kPlain.bits[static_cast<unsigned char>(text[end])] & plain_bit)) ++end;
      if (end > start) {
        literal.AddRun(start, text.substr(start, end - start));
        lexer_.AdvanceRawBy(end - start);
      }
    }
    int c = lexer_.Peek();
    uint32_t begin = lexer_.offset();
    switch (mode) {
      case Mode::kUnquoted:
        if (IsWordTerminator(c)) return;
        break;
      case Mode::kDoubleQuoted:
        if (c == '"' || c == -1) return;
        break;
      case Mode::kHereDoc:
        if (c == -1) return;
        break;
      case Mode::kParamArg:
      case Mode::kParamArgQuoted:
        if (c == '}' || c == -1) return;
        break;
      case Mode::kArith:
        if (c == -1) return;
        if (c == ')' && paren_depth == 0) return;
        if (c == '(') ++paren_depth;
        if (c == ')') --paren_depth;
        break;
    }
    if (c == 0) ThrowSyntaxError(DiagId::NulByte, {lexer_.buffer(), begin, begin + 1}, {});
    if (c == '\\') {
      lexer_.Advance();
      int next = lexer_.PeekRaw();
      bool escapes = false;
      if (!dq_like) {
        escapes = next != -1;
      } else {
        escapes = next == '$' || next == '`' || next == '\\' ||
                  (next == '"' && (mode == Mode::kDoubleQuoted || mode == Mode::kParamArgQuoted)) ||
                  (next == '}' && mode == Mode::kParamArgQuoted);
      }
      if (!escapes) {
        literal.Add(begin, '\\');
        continue;
      }
      lexer_.AdvanceRaw();
      auto* part = lexer_.arena().make<EscapedPart>();
      part->character = static_cast<char>(next);
      part->range = lexer_.RangeFrom(begin);
      literal.Push(part);
      continue;
    }
    if (c == '\'' && (mode == Mode::kUnquoted || mode == Mode::kParamArg ||
                      (mode == Mode::kParamArgQuoted && pattern_op))) {
      literal.Push(ScanSingleQuoted());
      continue;
    }
    if (c == '"' && mode != Mode::kHereDoc && mode != Mode::kDoubleQuoted) {
      literal.Push(ScanDoubleQuoted());
      continue;
    }
    if (c == '$') {
      if (WordPart* part = ScanDollar(mode)) {
        literal.Push(part);
      } else {
        lexer_.Advance();  // a lone '$' is literal
        literal.Add(begin, '$');
      }
      continue;
    }
    if (c == '`') {
      literal.Push(ScanBackquote(mode));
      continue;
    }
    lexer_.Advance();
    literal.Add(begin, static_cast<char>(c));
  }
}

WordPart* WordScanner::ScanSingleQuoted() {
  uint32_t begin = lexer_.offset();
  lexer_.AdvanceRaw();
  auto* part = lexer_.arena().make<SingleQuotedPart>();
  for (;;) {
    int c = lexer_.PeekRaw();
    if (c == -1) {
      ThrowSyntaxError(DiagId::UnterminatedQuote, {lexer_.buffer(), begin, begin + 1},
                       {"single quote", FormatLineColumn(lexer_.sources(), {lexer_.buffer(), begin, begin})});
    }
    lexer_.AdvanceRaw();
    if (c == '\'') break;
    part->text += static_cast<char>(c);
  }
  part->range = lexer_.RangeFrom(begin);
  return part;
}

WordPart* WordScanner::ScanDoubleQuoted() {
  uint32_t begin = lexer_.offset();
  lexer_.Advance();
  auto* part = lexer_.arena().make<DoubleQuotedPart>();
  ScanParts(part->parts, Mode::kDoubleQuoted, false);
  if (lexer_.Peek() != '"') {
    ThrowSyntaxError(DiagId::UnterminatedQuote, {lexer_.buffer(), begin, begin + 1},
                     {"double quote", FormatLineColumn(lexer_.sources(), {lexer_.buffer(), begin, begin})});
  }
  lexer_.Advance();
  part->range = lexer_.RangeFrom(begin);
  return part;
}

WordPart* WordScanner::ScanDollar(Mode mode) {
  uint32_t begin = lexer_.offset();
  int c = lexer_.PeekAt(1);
  if (c == '\'' && (mode == Mode::kUnquoted || mode == Mode::kParamArg)) {
    lexer_.Advance();
    return ScanDollarSingleQuoted(begin);
  }
  if (c == '(') {
    lexer_.Advance();
    if (lexer_.PeekAt(1) == '(') {
      // $(( is arithmetic whenever the text up to a closing )) scans as such
      // (XCU 2.6.3); otherwise it is $( ( ... ) ): go back and parse that.
      uint32_t saved = lexer_.SavePosition();
      if (!lexer_.KnownNotArithmetic(saved)) {
        if (WordPart* arithmetic = TryScanArithmetic(begin)) return arithmetic;
        lexer_.RestorePosition(saved);
        lexer_.MarkNotArithmetic(saved);
      }
    }
    lexer_.Advance();
    Lexer::DepthGuard depth(lexer_, {lexer_.buffer(), begin, begin + 2});
    auto* part = lexer_.arena().make<CommandSubPart>();
    part->body = lexer_.nested_parser().ParseDollarParen(lexer_);
    part->range = lexer_.RangeFrom(begin);
    return part;
  }
  if (c == '{') {
    lexer_.Advance();
    lexer_.Advance();
    return ScanBraced(begin, mode);
  }
  if (!IsNameStart(c) && !IsDigit(c) && !IsSpecialParam(c)) return nullptr;
  auto* part = lexer_.arena().make<ParamExpPart>();
  part->in_double_quotes = mode != Mode::kUnquoted && mode != Mode::kParamArg;
  if (IsNameStart(c)) {
    lexer_.Advance();
    while (IsNameChar(lexer_.Peek())) {
      part->name += static_cast<char>(lexer_.Peek());
      lexer_.Advance();
    }
  } else {
    lexer_.Advance();
    part->name = static_cast<char>(lexer_.Peek());
    lexer_.Advance();
  }
  part->range = lexer_.RangeFrom(begin);
  return part;
}

WordPart* WordScanner::ScanBraced(uint32_t begin, Mode mode) {
  Lexer::DepthGuard depth(lexer_, {lexer_.buffer(), begin, begin + 2});
  auto* part = lexer_.arena().make<ParamExpPart>();
  part->braced = true;
  part->in_double_quotes = mode != Mode::kUnquoted && mode != Mode::kParamArg;
  auto bad = [&](const char* what) {
    ThrowSyntaxError(DiagId::BadSubstitution, lexer_.RangeFrom(begin), {what});
  };
  int c = lexer_.Peek();
  if (c == '#') {
    int c1 = lexer_.PeekAt(1);
    if (IsNameStart(c1) || IsDigit(c1) || (IsSpecialParam(c1) && lexer_.PeekAt(2) == '}')) {
      part->op = ParamOp::kLength;
      lexer_.Advance();
      c = lexer_.Peek();
    }
  }
  if (IsNameStart(c)) {
    while (IsNameChar(lexer_.Peek())) {
      part->name += static_cast<char>(lexer_.Peek());
      lexer_.Advance();
    }
  } else if (IsDigit(c)) {
    while (IsDigit(lexer_.Peek())) {
      part->name += static_cast<char>(lexer_.Peek());
      lexer_.Advance();
    }
  } else if (IsSpecialParam(c)) {
    part->name = static_cast<char>(c);
    lexer_.Advance();
  } else if (c == -1) {
    bad("missing '}' after '${'");
  } else {
    bad("expected a parameter name after '${'");
  }
  c = lexer_.Peek();
  if (c == '}') {
    lexer_.Advance();
    part->range = lexer_.RangeFrom(begin);
    return part;
  }
  if (part->op == ParamOp::kLength) bad("expected '}' after '${#name'");
  if (c == ':') {
    part->colon = true;
    lexer_.Advance();
    c = lexer_.Peek();
    if (c != '-' && c != '=' && c != '?' && c != '+') bad("expected one of - = ? + after ':'");
  }
  bool pattern = false;
  switch (c) {
    case '-': part->op = ParamOp::kDefault; break;
    case '=': part->op = ParamOp::kAssign; break;
    case '?': part->op = ParamOp::kError; break;
    case '+': part->op = ParamOp::kAlternative; break;
    case '#':
      pattern = true;
      part->op = lexer_.PeekAt(1) == '#' ? ParamOp::kRemoveLargestPrefix
                                         : ParamOp::kRemoveSmallestPrefix;
      if (part->op == ParamOp::kRemoveLargestPrefix) lexer_.Advance();
      break;
    case '%':
      pattern = true;
      part->op = lexer_.PeekAt(1) == '%' ? ParamOp::kRemoveLargestSuffix
                                         : ParamOp::kRemoveSmallestSuffix;
      if (part->op == ParamOp::kRemoveLargestSuffix) lexer_.Advance();
      break;
    case -1:
      bad("missing '}'");
      break;
    default:
      bad("unknown operator in '${...}'");
  }
  lexer_.Advance();
  auto* argument = lexer_.arena().make<Word>();
  uint32_t arg_begin = lexer_.offset();
  ScanParts(argument->parts, part->in_double_quotes ? Mode::kParamArgQuoted : Mode::kParamArg,
            pattern);
  argument->range = lexer_.RangeFrom(arg_begin);
  if (!part->in_double_quotes) SplitTildePrefixes(argument, false, lexer_.arena());
  part->argument = argument;
  if (lexer_.Peek() != '}') {
    ThrowSyntaxError(DiagId::UnterminatedQuote, {lexer_.buffer(), begin, begin + 2},
                     {"'${'", FormatLineColumn(lexer_.sources(), {lexer_.buffer(), begin, begin})});
  }
  lexer_.Advance();
  part->range = lexer_.RangeFrom(begin);
  return part;
}

WordPart* WordScanner::ScanDollarSingleQuoted(uint32_t begin) {
  lexer_.AdvanceRaw();  // the quote
  auto* part = lexer_.arena().make<DollarSingleQuotedPart>();
  auto unterminated = [&] {
    ThrowSyntaxError(DiagId::UnterminatedQuote, {lexer_.buffer(), begin, begin + 2},
                     {"$' quote", FormatLineColumn(lexer_.sources(), {lexer_.buffer(), begin, begin})});
  };
  auto take = [&]() -> int {
    int c = lexer_.PeekRaw();
    if (c == -1) unterminated();
    lexer_.AdvanceRaw();
    return c;
  };
  auto append_utf8 = [&](uint32_t cp) {
    std::string& s = part->text;
    if (cp < 0x80) {
      s += static_cast<char>(cp);
    } else if (cp < 0x800) {
      s += static_cast<char>(0xC0 | (cp >> 6));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      s += static_cast<char>(0xE0 | (cp >> 12));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      s += static_cast<char>(0xF0 | (cp >> 18));
      s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    }
  };
  auto hex_value = [](int c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (;;) {
    int c = take();
    if (c == '\'') break;
    if (c != '\\') {
      part->text += static_cast<char>(c);
      continue;
    }
    int e = take();
    switch (e) {
      case 'a': part->text += '\a'; break;
      case 'b': part->text += '\b'; break;
      case 'e': case 'E': part->text += '\x1b'; break;
      case 'f': part->text += '\f'; break;
      case 'n': part->text += '\n'; break;
      case 'r': part->text += '\r'; break;
      case 't': part->text += '\t'; break;
      case 'v': part->text += '\v'; break;
      case '\\': case '\'': case '"': case '?': part->text += static_cast<char>(e); break;
      case 'c': {
        int x = take();
        part->text += static_cast<char>(x == '?' ? 127 : (x & 0x1f));
        break;
      }
      case 'x': case 'u': case 'U': {
        int max_digits = e == 'x' ? 2 : (e == 'u' ? 4 : 8);
        uint32_t value = 0;
        int digits = 0;
        while (digits < max_digits && hex_value(lexer_.PeekRaw()) >= 0) {
          value = value * 16 + static_cast<uint32_t>(hex_value(take()));
          ++digits;
        }
        if (digits == 0) {
          part->text += '\\';
          part->text += static_cast<char>(e);
        } else if (e == 'x') {
          part->text += static_cast<char>(value);
        } else {
          append_utf8(value);
        }
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          int value = e - '0';
          for (int i = 0; i < 2 && lexer_.PeekRaw() >= '0' && lexer_.PeekRaw() <= '7'; ++i) {
            value = value * 8 + (take() - '0');
          }
          part->text += static_cast<char>(value);
        } else {
          part->text += '\\';
          part->text += static_cast<char>(e);
        }
    }
  }
  part->range = lexer_.RangeFrom(begin);
  return part;
}

WordPart* WordScanner::TryScanArithmetic(uint32_t begin) {
  Lexer::DepthGuard depth(lexer_, {lexer_.buffer(), begin, begin + 3});
  lexer_.Advance();
  lexer_.Advance();
  auto* part = lexer_.arena().make<ArithSubPart>();
  auto* text = lexer_.arena().make<Word>();
  uint32_t text_begin = lexer_.offset();
  try {
    ScanParts(text->parts, Mode::kArith, false);
  } catch (const SyntaxError&) {
    return nullptr;  // not arithmetic text; the caller re-reads it as $( (
  }
  text->range = lexer_.RangeFrom(text_begin);
  if (lexer_.Peek() == -1) {
    ThrowSyntaxError(DiagId::UnterminatedQuote, {lexer_.buffer(), begin, begin + 3},
                     {"'$(('", FormatLineColumn(lexer_.sources(), {lexer_.buffer(), begin, begin})});
  }
  if (lexer_.PeekAt(1) != ')') return nullptr;
  lexer_.Advance();
  lexer_.Advance();
  part->text = text;
  part->range = lexer_.RangeFrom(begin);
  ArithParseResult parsed = ParseArithmeticWord(*text, lexer_.arena(), part->range);
  part->expr = parsed.expr;
  part->has_expansions = parsed.has_expansions;
  return part;
}

WordPart* WordScanner::ScanBackquote(Mode mode) {
  uint32_t begin = lexer_.offset();
  lexer_.AdvanceRaw();
  uint32_t content_begin = lexer_.offset();
  std::string content;
  bool changed = false;
  const bool in_dq = mode == Mode::kDoubleQuoted || mode == Mode::kParamArgQuoted ||
                     mode == Mode::kHereDoc || mode == Mode::kArith;
  for (;;) {
    int c = lexer_.PeekRaw();
    if (c == -1) {
      ThrowSyntaxError(DiagId::UnterminatedQuote, {lexer_.buffer(), begin, begin + 1},
                       {"backquote", FormatLineColumn(lexer_.sources(), {lexer_.buffer(), begin, begin})});
    }
    if (c == '`') break;
    lexer_.AdvanceRaw();
    if (c == '\\') {
      int next = lexer_.PeekRaw();
      if (next == '$' || next == '`' || next == '\\' || (in_dq && next == '"')) {
        content += static_cast<char>(next);
        lexer_.AdvanceRaw();
        changed = true;
        continue;
      }
    }
    content += static_cast<char>(c);
  }
  uint32_t content_end = lexer_.offset();
  lexer_.AdvanceRaw();
  Lexer::DepthGuard depth(lexer_, {lexer_.buffer(), begin, begin + 1});
  auto* part = lexer_.arena().make<CommandSubPart>();
  part->backquoted = true;
  SourceRange content_range{lexer_.buffer(), content_begin, content_end};
  BufferId id = lexer_.buffer();
  uint32_t frame_begin = content_begin;
  uint32_t frame_end = content_end;
  if (changed) {
    // The body differs from the source text: parse the unescaped copy, whose
    // positions map back to the backquotes through `origin`.
    uint32_t size = static_cast<uint32_t>(content.size());
    id = lexer_.sources().add(lexer_.sources().buffer(id).name(), std::move(content), content_range);
    frame_begin = 0;
    frame_end = size;
  }
  part->body = lexer_.WithFrame(id, frame_begin, frame_end,
                                [&] { return lexer_.nested_parser().ParseFrameToEnd(lexer_); });
  part->range = {content_range.buffer, begin, content_end + 1};
  return part;
}

void WordScanner::SplitTildePrefixes(Word* word, bool assignment, AstArena& arena) {
  for (size_t i = 0; i < word->parts.size(); ++i) {
    if (word->parts[i]->kind != NodeKind::Literal) continue;
    auto* literal = static_cast<LiteralPart*>(word->parts[i]);
    // Where a tilde-prefix may start in this literal.
    size_t start = std::string::npos;
    if (i == 0 && !literal->text.empty() && literal->text[0] == '~') {
      start = 0;
    } else if (assignment) {
      size_t colon = literal->text.find(":~");
      if (colon != std::string::npos) start = colon + 1;
    }
    if (start == std::string::npos) {
      if (!assignment) return;
      continue;
    }
    const std::string& text = literal->text;
    size_t end = start + 1;
    while (end < text.size() && text[end] != '/' && !(assignment && text[end] == ':')) ++end;
    // A prefix running into a quoted or expanded part is not a tilde-prefix.
    if (end == text.size() && i + 1 < word->parts.size()) {
      if (!assignment) return;
      continue;
    }
    auto* tilde = arena.make<TildePart>();
    tilde->user = text.substr(start + 1, end - start - 1);
    SourceRange tilde_range = SuffixRange(literal, start);
    if (literal->range.size() == text.size()) tilde_range.end = tilde_range.begin + static_cast<uint32_t>(end - start);
    tilde->range = tilde_range;
    std::vector<WordPart*> replacement;
    if (start > 0) {
      auto* before = arena.make<LiteralPart>();
      before->text = text.substr(0, start);
      before->range = literal->range;
      if (literal->range.size() == text.size()) before->range.end = before->range.begin + static_cast<uint32_t>(start);
      replacement.push_back(before);
    }
    replacement.push_back(tilde);
    if (end < text.size()) {
      auto* after = arena.make<LiteralPart>();
      after->text = text.substr(end);
      after->range = SuffixRange(literal, end);
      replacement.push_back(after);
    }
    word->parts.erase(word->parts.begin() + static_cast<long>(i));
    word->parts.insert(word->parts.begin() + static_cast<long>(i), replacement.begin(), replacement.end());
    if (!assignment) return;
    // Assignments: the remainder (a new literal, last in `replacement`) is
    // examined on the next turn for a further ":~".
    i += replacement.size() - (end < text.size() ? 2 : 1);
  }
}

}  // namespace rcsh
