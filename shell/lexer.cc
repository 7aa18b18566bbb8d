#include "shell/lexer.h"

#include "shell/syntax_error.h"
#include "shell/word_scanner.h"

namespace rcsh {

const char* TokenKindText(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kIoNumber: return "io-number";
    case TokenKind::kNewline: return "newline";
    case TokenKind::kEof: return "end of file";
    case TokenKind::kSemi: return ";";
    case TokenKind::kDoubleSemi: return ";;";
    case TokenKind::kSemiAmp: return ";&";
    case TokenKind::kAmp: return "&";
    case TokenKind::kAndIf: return "&&";
    case TokenKind::kPipe: return "|";
    case TokenKind::kOrIf: return "||";
    case TokenKind::kLParen: return "(";
    case TokenKind::kRParen: return ")";
    case TokenKind::kLess: return "<";
    case TokenKind::kGreat: return ">";
    case TokenKind::kClobber: return ">|";
    case TokenKind::kDGreat: return ">>";
    case TokenKind::kLessAnd: return "<&";
    case TokenKind::kGreatAnd: return ">&";
    case TokenKind::kLessGreat: return "<>";
    case TokenKind::kDLess: return "<<";
    case TokenKind::kDLessDash: return "<<-";
  }
  return "?";
}

Lexer::Lexer(SourceManager& sources, BufferId buffer, AstArena& arena)
    : sources_(sources), arena_(arena) {
  std::string_view text = sources.buffer(buffer).text();
  frames_.push_back(Frame{buffer, text, 0, static_cast<uint32_t>(text.size()), FrameKind::kMain, ""});
}

Lexer::DepthGuard::DepthGuard(Lexer& lexer, SourceRange where) : lexer_(lexer) {
  if (++lexer_.depth_ > kMaxNestingDepth) {
    --lexer_.depth_;
    ThrowSyntaxError(DiagId::NestingTooDeep, where, {std::to_string(kMaxNestingDepth)});
  }
}

void Lexer::PushFrame(BufferId id, uint32_t begin, uint32_t end, FrameKind kind,
                      std::string alias) {
  frames_.push_back(Frame{id, sources_.buffer(id).text(), begin, end, kind, std::move(alias)});
}

void Lexer::PushAlias(const std::string& name, const std::string& value, SourceRange use) {
  BufferId id = sources_.add("alias " + name, value, use);
  PushFrame(id, 0, static_cast<uint32_t>(value.size()), FrameKind::kAlias, name);
  frames_.back().ends_in_blank = !value.empty() && (value.back() == ' ' || value.back() == '\t');
}

bool Lexer::IsAliasActive(const std::string& name) const {
  for (const Frame& frame : frames_) {
    if (frame.kind == FrameKind::kAlias && frame.alias_name == name) return true;
  }
  return false;
}

// ---------------------------------------------------------------- characters

int Lexer::PeekAt(int n) {
  SkipContinuations();
  const Frame& f = frames_.back();
  uint32_t pos = f.pos;
  for (int i = 0; i <= n; ++i) {
    while (pos + 1 < f.end && f.text[pos] == '\\' && f.text[pos + 1] == '\n') pos += 2;
    if (pos >= f.end) return -1;
    if (i == n) return static_cast<unsigned char>(f.text[pos]);
    ++pos;
  }
  return -1;
}

bool Lexer::OnlyTriviaLeft() const {
  if (frames_.size() != 1 || !pending_heredocs_.empty()) return false;
  const Frame& f = frames_.back();
  bool in_comment = false;
  for (uint32_t i = f.pos; i < f.end; ++i) {
    char c = f.text[i];
    if (c == '\n') in_comment = false;
    else if (in_comment || c == ' ' || c == '\t') continue;
    else if (c == '#') in_comment = true;
    else return false;
  }
  return true;
}

bool Lexer::AtEnd() {
  return frames_.size() == 1 && Peek() == -1;
}

// ---------------------------------------------------------------- tokens

void Lexer::SkipBlanksAndComments() {
  for (;;) {
    int c = Peek();
    if (c == ' ' || c == '\t') {
      AdvanceRaw();
    } else if (c == '#') {
      // A comment runs to the newline; continuations do not apply inside it.
      while (PeekRaw() != -1 && PeekRaw() != '\n') AdvanceRaw();
    } else {
      return;
    }
  }
}

bool Lexer::TryOperator(Token& token) {
  int c = Peek();
  int c1 = PeekAt(1);
  int length = 1;
  switch (c) {
    case ';':
      if (c1 == ';') token.kind = TokenKind::kDoubleSemi, length = 2;
      else if (c1 == '&') token.kind = TokenKind::kSemiAmp, length = 2;
      else token.kind = TokenKind::kSemi;
      break;
    case '&':
      if (c1 == '&') token.kind = TokenKind::kAndIf, length = 2;
      else token.kind = TokenKind::kAmp;
      break;
    case '|':
      if (c1 == '|') token.kind = TokenKind::kOrIf, length = 2;
      else token.kind = TokenKind::kPipe;
      break;
    case '(': token.kind = TokenKind::kLParen; break;
    case ')': token.kind = TokenKind::kRParen; break;
    case '<':
      if (c1 == '<') {
        if (PeekAt(2) == '-') token.kind = TokenKind::kDLessDash, length = 3;
        else token.kind = TokenKind::kDLess, length = 2;
      } else if (c1 == '&') {
        token.kind = TokenKind::kLessAnd, length = 2;
      } else if (c1 == '>') {
        token.kind = TokenKind::kLessGreat, length = 2;
      } else {
        token.kind = TokenKind::kLess;
      }
      break;
    case '>':
      if (c1 == '>') token.kind = TokenKind::kDGreat, length = 2;
      else if (c1 == '&') token.kind = TokenKind::kGreatAnd, length = 2;
      else if (c1 == '|') token.kind = TokenKind::kClobber, length = 2;
      else token.kind = TokenKind::kGreat;
      break;
    default:
      return false;
  }
  uint32_t begin = offset();
  for (int i = 0; i < length; ++i) Advance();
  token.range = RangeFrom(begin);
  return true;
}

Token Lexer::Next() {
  for (;;) {
    SkipBlanksAndComments();
    Token token;
    int c = Peek();
    if (c == -1) {
      if (frames_.back().kind == FrameKind::kAlias) {
        PopAliasFrame();
        continue;
      }
      token.kind = TokenKind::kEof;
      token.range = RangeFrom(offset());
      for (const PendingHereDoc& pending : pending_heredocs_) {
        if (pending.frame == frames_.size() - 1 && pending.substitution_level == substitution_level_) {
          ThrowUnterminatedHereDoc(pending.redirect);
        }
      }
      return token;
    }
    if (c == '\n') {
      uint32_t begin = offset();
      AdvanceRaw();
      token.kind = TokenKind::kNewline;
      token.range = RangeFrom(begin);
      ReadHereDocBodies();
      return token;
    }
    if (c == 0) {
      uint32_t begin = offset();
      AdvanceRaw();
      ThrowSyntaxError(DiagId::NulByte, RangeFrom(begin), {});
    }
    if (TryOperator(token)) return token;

    uint32_t begin = offset();
    token.kind = TokenKind::kWord;
    token.word = WordScanner(*this).ScanWord();
    token.range = RangeFrom(begin);
    int next = Peek();
    if ((next == '<' || next == '>') && token.word->is_plain_literal()) {
      const std::string& text = token.word->literal();
      bool digits = !text.empty() && text.size() <= 9 &&
                    text.find_first_not_of("0123456789") == std::string::npos;
      if (digits) {
        token.kind = TokenKind::kIoNumber;
        token.io_number = std::stoi(text);
      }
    }
    return token;
  }
}

// ---------------------------------------------------------------- here-documents

void Lexer::PopAliasFrame() {
  alias_blank_pending_ = frames_.back().ends_in_blank;
  frames_.pop_back();
  // Here-documents opened inside the alias text read their bodies after the
  // next newline of the frame that continues.
  for (PendingHereDoc& pending : pending_heredocs_) {
    if (pending.frame >= frames_.size()) pending.frame = frames_.size() - 1;
  }
}

void Lexer::ThrowUnterminatedHereDoc(Redirect* redirect) {
  std::erase_if(pending_heredocs_, [&](const PendingHereDoc& p) { return p.redirect == redirect; });
  ThrowSyntaxError(DiagId::UnterminatedHereDoc, redirect->range,
                   {redirect->delimiter, FormatLineColumn(sources_, redirect->range)});
}

void Lexer::ReadHereDocBodies() {
  // Bodies follow this newline for here-documents opened in this frame.
  std::vector<Redirect*> ready;
  size_t frame = frames_.size() - 1;
  std::erase_if(pending_heredocs_, [&](const PendingHereDoc& p) {
    if (p.frame != frame || p.substitution_level != substitution_level_) return false;
    ready.push_back(p.redirect);
    return true;
  });
  for (Redirect* redirect : ready) ReadHereDocBody(redirect);
}

void Lexer::ReadHereDocBody(Redirect* redirect) {
  Frame& f = frames_.back();
  const bool strip = redirect->op == RedirOp::kHereDocStrip;
  const uint32_t body_begin = f.pos;
  uint32_t body_end = 0;
  bool found = false;
  std::string stripped;  // the body with leading tabs removed (<<- only)
  uint32_t pos = f.pos;
  while (pos < f.end) {
    uint32_t line_begin = pos;
    uint32_t line_end = pos;
    while (line_end < f.end && f.text[line_end] != '\n') ++line_end;
    uint32_t content = line_begin;
    if (strip) {
      while (content < line_end && f.text[content] == '\t') ++content;
    }
    std::string_view line = f.text.substr(content, line_end - content);
    pos = line_end < f.end ? line_end + 1 : line_end;
    if (line == redirect->delimiter) {
      body_end = line_begin;
      found = true;
      break;
    }
    if (strip) stripped.append(f.text.substr(content, pos - content));
  }
  if (!found) {
    f.pos = f.end;
    ThrowUnterminatedHereDoc(redirect);
  }
  f.pos = pos;
  redirect->body_read = true;

  SourceRange body_range{f.buffer, body_begin, body_end};
  if (redirect->delimiter_quoted) {
    auto* word = arena_.make<Word>();
    auto* part = arena_.make<SingleQuotedPart>();
    part->text = strip ? stripped : std::string(f.text.substr(body_begin, body_end - body_begin));
    part->range = body_range;
    word->range = body_range;
    if (!part->text.empty()) word->parts.push_back(part);
    redirect->body = word;
    return;
  }
  BufferId id = f.buffer;
  uint32_t begin = body_begin;
  uint32_t end = body_end;
  if (strip && stripped.size() != body_end - body_begin) {
    uint32_t size = static_cast<uint32_t>(stripped.size());
    id = sources_.add(sources_.buffer(f.buffer).name(), std::move(stripped), body_range);
    begin = 0;
    end = size;
  }
  redirect->body = WithFrame(id, begin, end, [&] { return WordScanner(*this).ScanHereDocBody(); });
  redirect->body->range = body_range;
}

void Lexer::SkipToNextLine() {
  while (frames_.size() > 1 && frames_.back().kind == FrameKind::kAlias) frames_.pop_back();
  pending_heredocs_.clear();
  depth_ = 0;
  substitution_level_ = 0;
  alias_blank_pending_ = false;
  if (error_at_line_start_) {
    error_at_line_start_ = false;
    return;
  }
  for (;;) {
    int c = PeekRaw();
    if (c == -1) return;
    AdvanceRaw();
    if (c == '\n') return;
  }
}

}  // namespace rcsh
