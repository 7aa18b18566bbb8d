// The lexer: turns source text into tokens (XCU 2.3). It reads from a stack
// of frames — the file itself, alias values being substituted, here-document
// bodies and backquote bodies — so nested parses share one cursor. Words are
// scanned into their parts by WordScanner; `$(...)` bodies are handed back to
// a parser through NestedParser, which is how `$(case x in a) ...; esac)`
// finds the right closing parenthesis.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "shell/ast.h"
#include "shell/diagnostics.h"
#include "shell/token.h"

namespace rcsh {

class Lexer;

/// Implemented by the parser: parse commands from the lexer's current position.
class NestedParser {
 public:
  virtual ~NestedParser() = default;
  /// Parses a compound list and the closing ')' of a `$(` substitution.
  virtual CommandList* ParseDollarParen(Lexer& lexer) = 0;
  /// Parses a whole frame (a backquote body) up to its end.
  virtual CommandList* ParseFrameToEnd(Lexer& lexer) = 0;
};

/// Limits that keep hostile input from exhausting the stack.
inline constexpr int kMaxNestingDepth = 400;

class Lexer {
 public:
  Lexer(SourceManager& sources, BufferId buffer, AstArena& arena);

  void set_nested_parser(NestedParser* parser) { nested_parser_ = parser; }

  /// Reads the next token. Throws SyntaxError.
  Token Next();

  /// Registers a here-document whose body starts after the next newline.
  void AddPendingHereDoc(Redirect* redirect) {
    pending_heredocs_.push_back({frames_.size() - 1, substitution_level_, redirect});
  }

  /// Entering/leaving a `$(...)` body: here-documents opened inside it take
  /// their bodies from its own lines, not the outer command's.
  void EnterSubstitution() { ++substitution_level_; }
  void LeaveSubstitution() { --substitution_level_; }

  /// True (once) when an alias whose value ends in a blank just ended: the
  /// next word is then also checked for aliases (XCU 2.3.1).
  bool TakeAliasBlank() {
    bool pending = alias_blank_pending_;
    alias_blank_pending_ = false;
    return pending;
  }

  /// `$((` positions already found not to be arithmetic: remembering them
  /// keeps nested retries linear instead of exponential.
  bool KnownNotArithmetic(uint32_t pos) const {
    return not_arithmetic_.count((uint64_t{buffer()} << 32) | pos) > 0;
  }
  void MarkNotArithmetic(uint32_t pos) { not_arithmetic_.insert((uint64_t{buffer()} << 32) | pos); }

  /// Backtracking for `$((`: where the cursor is, and going back there.
  uint32_t SavePosition() const { return frames_.back().pos; }
  void RestorePosition(uint32_t pos) { frames_.back().pos = pos; }

  /// Set by the parser when a syntax error was found at a newline token, so
  /// that recovery does not skip the following line.
  void set_error_at_line_start(bool value) { error_at_line_start_ = value; }

  /// Substitutes `value` for the alias `name`; following tokens come from it.
  void PushAlias(const std::string& name, const std::string& value, SourceRange use);
  bool IsAliasActive(const std::string& name) const;

  /// Error recovery: drops nested frames and skips past the next newline.
  void SkipToNextLine();
  /// True when the main frame is exhausted.
  bool AtEnd();
  /// True when nothing but blanks, newlines and comments remains in the
  /// main frame (and no nested frame or here-document is pending).
  bool OnlyTriviaLeft() const;

  // ---- character-level access, shared with WordScanner ----
  /// The current character, after removing line continuations; -1 at frame end.
  int Peek() {
    SkipContinuations();
    return PeekRaw();
  }
  /// The character `n` positions after the current one (continuations skipped).
  int PeekAt(int n);
  /// The raw current character; no continuation processing.
  int PeekRaw() const {
    const Frame& f = frames_.back();
    return f.pos < f.end ? static_cast<unsigned char>(f.text[f.pos]) : -1;
  }
  void Advance() {
    SkipContinuations();
    AdvanceRaw();
  }
  /// Skips `n` characters known to contain no line continuation.
  void AdvanceRawBy(uint32_t n) { frames_.back().pos += n; }
  void AdvanceRaw() {
    Frame& f = frames_.back();
    if (f.pos < f.end) ++f.pos;
  }
  uint32_t offset() const { return frames_.back().pos; }
  BufferId buffer() const { return frames_.back().buffer; }
  SourceRange RangeFrom(uint32_t begin) const { return {buffer(), begin, offset()}; }
  std::string_view BufferText() const { return frames_.back().text; }
  uint32_t frame_end() const { return frames_.back().end; }

  /// Parses [begin, end) of buffer `id` as a nested frame with `fn`.
  template <typename Fn>
  auto WithFrame(BufferId id, uint32_t begin, uint32_t end, Fn fn) {
    PushFrame(id, begin, end, FrameKind::kNested, "");
    struct Pop {
      Lexer* lexer;
      ~Pop() { lexer->frames_.pop_back(); }
    } pop{this};
    return fn();
  }

  SourceManager& sources() { return sources_; }
  AstArena& arena() { return arena_; }
  NestedParser& nested_parser() { return *nested_parser_; }

  /// Depth of the current recursive descent, shared by parser and scanner.
  struct DepthGuard {
    DepthGuard(Lexer& lexer, SourceRange where);
    ~DepthGuard() { --lexer_.depth_; }
    Lexer& lexer_;
  };

 private:
  enum class FrameKind { kMain, kAlias, kNested };
  struct Frame {
    BufferId buffer;
    std::string_view text;  // the whole buffer; pos/end index into it
    uint32_t pos;
    uint32_t end;
    FrameKind kind;
    std::string alias_name;
    bool ends_in_blank = false;  // alias values only
  };

  void PushFrame(BufferId id, uint32_t begin, uint32_t end, FrameKind kind, std::string alias);
  void SkipContinuations() {
    Frame& f = frames_.back();
    while (f.pos + 1 < f.end && f.text[f.pos] == '\\' && f.text[f.pos + 1] == '\n') f.pos += 2;
  }
  void SkipBlanksAndComments();
  bool TryOperator(Token& token);
  void ReadHereDocBodies();
  void PopAliasFrame();
  [[noreturn]] void ThrowUnterminatedHereDoc(Redirect* redirect);
  void ReadHereDocBody(Redirect* redirect);

  SourceManager& sources_;
  AstArena& arena_;
  NestedParser* nested_parser_ = nullptr;
  std::vector<Frame> frames_;
  struct PendingHereDoc {
    size_t frame;  // index of the frame whose next newline starts the body
    int substitution_level;
    Redirect* redirect;
  };
  std::vector<PendingHereDoc> pending_heredocs_;
  int depth_ = 0;
  int substitution_level_ = 0;
  bool error_at_line_start_ = false;
  bool alias_blank_pending_ = false;
  std::unordered_set<uint64_t> not_arithmetic_;
};

}  // namespace rcsh
