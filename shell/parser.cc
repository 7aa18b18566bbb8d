#include "shell/parser.h"

#include <cctype>

#include "shell/syntax_error.h"
#include "shell/word_scanner.h"

namespace rcsh {
namespace {

bool IsValidName(const std::string& s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  }
  return true;
}

// FreeBSD sh accepts any unquoted word without '=' or glob/quote characters
// as a function name (rc.d has `3wire`); dash would reject some of these.
bool IsValidFunctionName(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c == '=' || c == '*' || c == '?' || c == '[' || c == '$' || c == '`' || c == '"' ||
        c == '\'' || c == '\\' || c == '~')
      return false;
  }
  return true;
}

bool IsReservedCloser(const std::string& s) {
  return s == "then" || s == "else" || s == "elif" || s == "fi" || s == "do" || s == "done" ||
         s == "esac" || s == "}";
}

// Removes quoting from a here-document delimiter's source text (XCU 2.7.4).
std::string RemoveDelimiterQuotes(std::string_view text, bool* quoted) {
  std::string out;
  *quoted = false;
  char quote = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      continue;
    }
    if (quote == '\'') {
      if (c == '\'') quote = 0;
      else out += c;
    } else if (quote == '"') {
      if (c == '"') {
        quote = 0;
      } else if (c == '\\' && i + 1 < text.size() &&
                 (text[i + 1] == '$' || text[i + 1] == '`' || text[i + 1] == '"' || text[i + 1] == '\\')) {
        out += text[++i];
      } else {
        out += c;
      }
    } else if (c == '\'' || c == '"') {
      quote = c;
      *quoted = true;
    } else if (c == '\\' && i + 1 < text.size()) {
      out += text[++i];
      *quoted = true;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

// One recursive-descent parser with its own one-token lookahead. A nested
// `$(...)` or backquote body gets a fresh Parser on the same lexer.
class Parser : public NestedParser {
 public:
  Parser(Lexer& lexer, const AliasResolver* aliases) : lexer_(lexer), aliases_(aliases) {}

  CommandList* ParseCompleteCommand();

  CommandList* ParseDollarParen(Lexer& lexer) override {
    Parser nested(lexer, aliases_);
    uint32_t open = lexer.offset() - 2;
    lexer.EnterSubstitution();
    struct Leave {
      Lexer& lexer;
      ~Leave() { lexer.LeaveSubstitution(); }
    } leave{lexer};
    CommandList* body = nested.ParseCompoundList();
    const Token& close = nested.Peek();
    if (close.kind != TokenKind::kRParen) {
      nested.FailExpectedClose(")", "$(", {lexer.buffer(), open, open + 2}, close);
    }
    nested.Take();
    return body;
  }

  CommandList* ParseFrameToEnd(Lexer& lexer) override {
    Parser nested(lexer, aliases_);
    CommandList* body = nested.ParseCompoundList();
    const Token& end = nested.Peek();
    if (end.kind != TokenKind::kEof) nested.FailUnexpected(end);
    return body;
  }

 private:
  // ---- tokens
  const Token& Peek() {
    if (!peeked_) peeked_ = lexer_.Next();
    return *peeked_;
  }
  Token Take() {
    Token token = Peek();
    peeked_.reset();
    last_end_ = token.range;
    return token;
  }
  bool PeekIsWord(const char* text) { return Peek().is_word(text); }
  bool PeekIs(TokenKind kind) { return Peek().kind == kind; }
  void SkipNewlines() {
    while (PeekIs(TokenKind::kNewline)) Take();
  }
  bool IsCloser(const Token& token) const {
    switch (token.kind) {
      case TokenKind::kEof:
      case TokenKind::kRParen:
      case TokenKind::kDoubleSemi:
      case TokenKind::kSemiAmp:
        return true;
      case TokenKind::kWord:
        return token.word->is_plain_literal() && IsReservedCloser(token.word->literal());
      default:
        return false;
    }
  }
  // A list spans its commands; separators after the last one are not part of it.
  static void SetListRange(CommandList* list, SourceRange begin) {
    if (list->items.empty()) {
      list->range = {begin.buffer, begin.begin, begin.begin};
      return;
    }
    SourceRange first = list->items.front().command->range;
    SourceRange last = list->items.back().command->range;
    list->range = first;
    if (last.buffer == first.buffer && last.end >= first.begin) list->range.end = last.end;
  }
  SourceRange RangeFrom(SourceRange begin) const {
    if (last_end_.buffer != begin.buffer || last_end_.end < begin.begin) return begin;
    return {begin.buffer, begin.begin, last_end_.end};
  }

  // ---- errors
  std::string Describe(const Token& token) {
    switch (token.kind) {
      case TokenKind::kNewline: return "newline";
      case TokenKind::kEof: return "end of file";
      case TokenKind::kWord:
      case TokenKind::kIoNumber: {
        std::string text(lexer_.sources().slice(token.range));
        if (text.size() > 24) text = text.substr(0, 21) + "...";
        return "'" + text + "'";
      }
      default:
        return std::string("'") + TokenKindText(token.kind) + "'";
    }
  }
  [[noreturn]] void Fail(DiagId id, const Token& at, const std::vector<std::string>& args) {
    lexer_.set_error_at_line_start(at.kind == TokenKind::kNewline);
    ThrowSyntaxError(id, at.range, args);
  }
  [[noreturn]] void FailUnexpected(const Token& at) { Fail(DiagId::UnexpectedToken, at, {Describe(at)}); }
  [[noreturn]] void FailExpected(const std::string& what, const Token& at) {
    Fail(DiagId::ExpectedToken, at, {what, Describe(at)});
  }
  [[noreturn]] void FailExpectedClose(const char* close, const char* open, SourceRange open_range,
                                      const Token& at) {
    Fail(DiagId::ExpectedClose, at,
         {close, open, FormatLineColumn(lexer_.sources(), open_range), Describe(at)});
  }
  void ExpectClose(const char* close, const char* open, SourceRange open_range) {
    const Token& token = Peek();
    bool ok = (std::string_view(close) == ")") ? token.kind == TokenKind::kRParen : token.is_word(close);
    if (!ok) FailExpectedClose(close, open, open_range, token);
    Take();
  }
  void ExpectWord(const char* word, const std::string& context) {
    if (!PeekIsWord(word)) FailExpected("'" + std::string(word) + "' " + context, Peek());
    Take();
  }
  CommandList* NonEmpty(CommandList* list) {
    if (list->items.empty()) Fail(DiagId::EmptyCommandList, Peek(), {Describe(Peek())});
    return list;
  }

  // ---- grammar
  CommandList* ParseCompoundList();
  Command* ParseAndOr();
  Command* ParsePipeline();
  Command* ParseCommand();
  Command* ParseCompoundCommand();
  SimpleCommand* ParseSimpleCommand(std::optional<Token> first);
  Command* ParseFunctionDefinition(const Token& name);
  Redirect* ParseRedirect();
  void ParseTrailingRedirects(Command* command);
  Command* ParseIf();
  Command* ParseLoop();
  Command* ParseFor();
  Command* ParseCase();
  Command* ParseBrace();
  Command* ParseSubshell();
  bool TryExpandAlias(const Token& token);
  bool IsAssignmentWord(const Word* word) const;
  Assignment MakeAssignment(const Token& token);

  Lexer& lexer_;
  const AliasResolver* aliases_;
  std::optional<Token> peeked_;
  SourceRange last_end_;
};

CommandList* Parser::ParseCompleteCommand() {
  SkipNewlines();
  if (PeekIs(TokenKind::kEof)) return nullptr;
  auto* list = lexer_.arena().make<CommandList>();
  SourceRange begin = Peek().range;
  for (;;) {
    Command* command = ParseAndOr();
    const Token& separator = Peek();
    bool background = separator.kind == TokenKind::kAmp;
    list->items.push_back({command, background});
    if (separator.kind == TokenKind::kSemi || separator.kind == TokenKind::kAmp) {
      Take();
      if (PeekIs(TokenKind::kNewline)) {
        Take();
        break;
      }
      if (PeekIs(TokenKind::kEof)) break;
      continue;
    }
    if (separator.kind == TokenKind::kNewline) {
      Take();
      break;
    }
    if (separator.kind == TokenKind::kEof) break;
    FailUnexpected(separator);
  }
  SetListRange(list, begin);
  return list;
}

CommandList* Parser::ParseCompoundList() {
  auto* list = lexer_.arena().make<CommandList>();
  SkipNewlines();
  SourceRange begin = Peek().range;
  // An alias in command position may produce a closing reserved word.
  while (TryExpandAlias(Peek())) {
  }
  while (!IsCloser(Peek())) {
    Command* command = ParseAndOr();
    const Token& separator = Peek();
    bool background = separator.kind == TokenKind::kAmp;
    list->items.push_back({command, background});
    if (separator.kind == TokenKind::kSemi || separator.kind == TokenKind::kAmp) {
      Take();
      SkipNewlines();
    } else if (separator.kind == TokenKind::kNewline) {
      SkipNewlines();
    } else {
      break;
    }
    while (TryExpandAlias(Peek())) {
    }
  }
  SetListRange(list, begin);
  return list;
}

Command* Parser::ParseAndOr() {
  Command* first = ParsePipeline();
  if (!PeekIs(TokenKind::kAndIf) && !PeekIs(TokenKind::kOrIf)) return first;
  auto* node = lexer_.arena().make<AndOrCommand>();
  node->first = first;
  while (PeekIs(TokenKind::kAndIf) || PeekIs(TokenKind::kOrIf)) {
    AndOrOp op = Take().kind == TokenKind::kAndIf ? AndOrOp::kAnd : AndOrOp::kOr;
    SkipNewlines();
    node->rest.push_back({op, ParsePipeline()});
  }
  node->range = RangeFrom(first->range);
  return node;
}

Command* Parser::ParsePipeline() {
  SourceRange begin = Peek().range;
  bool negated = false;
  if (PeekIsWord("!")) {
    Take();
    negated = true;
  }
  Command* first = ParseCommand();
  if (!negated && !PeekIs(TokenKind::kPipe)) return first;
  auto* node = lexer_.arena().make<PipelineCommand>();
  node->negated = negated;
  node->commands.push_back(first);
  while (PeekIs(TokenKind::kPipe)) {
    Take();
    SkipNewlines();
    node->commands.push_back(ParseCommand());
  }
  node->range = RangeFrom(begin);
  return node;
}

bool Parser::TryExpandAlias(const Token& token) {
  if (!aliases_ || token.kind != TokenKind::kWord || !token.word->is_plain_literal()) return false;
  const std::string& name = token.word->literal();
  const std::string* value = aliases_->FindAlias(name);
  if (!value || lexer_.IsAliasActive(name)) return false;
  Take();
  lexer_.PushAlias(name, *value, token.range);
  return true;
}

Command* Parser::ParseCommand() {
  Lexer::DepthGuard depth(lexer_, Peek().range);
  for (;;) {
    const Token& token = Peek();
    if (token.kind == TokenKind::kLParen) return ParseCompoundCommand();
    if (token.kind == TokenKind::kIoNumber || token.is_redirection_operator()) {
      return ParseSimpleCommand(std::nullopt);
    }
    if (token.kind != TokenKind::kWord) FailExpected("a command", token);
    if (token.word->is_plain_literal()) {
      const std::string& text = token.word->literal();
      if (text == "if" || text == "while" || text == "until" || text == "for" || text == "case" ||
          text == "{") {
        return ParseCompoundCommand();
      }
      if (IsReservedCloser(text) || text == "!") FailExpected("a command", token);
      if (TryExpandAlias(token)) continue;
      if (!IsAssignmentWord(token.word)) {
        Token name = Take();
        if (PeekIs(TokenKind::kLParen)) return ParseFunctionDefinition(name);
        return ParseSimpleCommand(name);
      }
    }
    return ParseSimpleCommand(std::nullopt);
  }
}

Command* Parser::ParseCompoundCommand() {
  const Token& token = Peek();
  Command* command = nullptr;
  if (token.kind == TokenKind::kLParen) {
    command = ParseSubshell();
  } else {
    const std::string& text = token.word->literal();
    if (text == "if") command = ParseIf();
    else if (text == "while" || text == "until") command = ParseLoop();
    else if (text == "for") command = ParseFor();
    else if (text == "case") command = ParseCase();
    else command = ParseBrace();
  }
  ParseTrailingRedirects(command);
  return command;
}

void Parser::ParseTrailingRedirects(Command* command) {
  SourceRange begin = command->range;
  while (PeekIs(TokenKind::kIoNumber) || Peek().is_redirection_operator()) {
    command->redirects.push_back(ParseRedirect());
  }
  if (!command->redirects.empty()) command->range = RangeFrom(begin);
}

Command* Parser::ParseFunctionDefinition(const Token& name) {
  if (!IsValidFunctionName(name.word->literal())) {
    Fail(DiagId::BadFunctionName, name, {name.word->literal()});
  }
  Take();  // (
  if (!PeekIs(TokenKind::kRParen)) FailExpected("')' after '" + name.word->literal() + " ('", Peek());
  Take();
  SkipNewlines();
  const Token& body_start = Peek();
  bool compound = body_start.kind == TokenKind::kLParen ||
                  body_start.is_word("{") || body_start.is_word("if") || body_start.is_word("while") ||
                  body_start.is_word("until") || body_start.is_word("for") || body_start.is_word("case");
  if (!compound) FailExpected("a compound command as the body of function '" + name.word->literal() + "'", body_start);
  auto* function = lexer_.arena().make<FunctionDef>();
  function->name = name.word->literal();
  function->name_range = name.range;
  Lexer::DepthGuard depth(lexer_, body_start.range);
  function->body = ParseCompoundCommand();
  function->range = RangeFrom(name.range);
  return function;
}

bool Parser::IsAssignmentWord(const Word* word) const {
  if (word->parts.empty() || word->parts[0]->kind != NodeKind::Literal) return false;
  const std::string& text = static_cast<const LiteralPart*>(word->parts[0])->text;
  size_t eq = text.find('=');
  return eq != std::string::npos && eq > 0 && IsValidName(text.substr(0, eq));
}

Assignment Parser::MakeAssignment(const Token& token) {
  auto* literal = static_cast<LiteralPart*>(token.word->parts[0]);
  size_t eq = literal->text.find('=');
  Assignment assignment;
  assignment.name = literal->text.substr(0, eq);
  assignment.range = token.range;
  auto* value = lexer_.arena().make<Word>();
  bool exact = literal->range.size() == literal->text.size();
  uint32_t value_begin = exact ? literal->range.begin + static_cast<uint32_t>(eq) + 1 : token.range.end;
  value->range = {token.range.buffer, std::min(value_begin, token.range.end), token.range.end};
  if (eq + 1 < literal->text.size()) {
    auto* rest = lexer_.arena().make<LiteralPart>();
    rest->text = literal->text.substr(eq + 1);
    rest->range = exact ? SourceRange{literal->range.buffer, value_begin, literal->range.end} : literal->range;
    value->parts.push_back(rest);
  }
  value->parts.insert(value->parts.end(), token.word->parts.begin() + 1, token.word->parts.end());
  WordScanner::SplitTildePrefixes(value, true, lexer_.arena());
  assignment.value = value;
  return assignment;
}

SimpleCommand* Parser::ParseSimpleCommand(std::optional<Token> first) {
  auto* command = lexer_.arena().make<SimpleCommand>();
  SourceRange begin = first ? first->range : Peek().range;
  if (first) command->words.push_back(first->word);
  for (;;) {
    const Token& token = Peek();
    if (token.kind == TokenKind::kIoNumber || token.is_redirection_operator()) {
      command->redirects.push_back(ParseRedirect());
    } else if (token.kind == TokenKind::kWord) {
      if (command->words.empty() && IsAssignmentWord(token.word)) {
        Token assignment = Take();
        command->assignments.push_back(MakeAssignment(assignment));
        continue;
      }
      bool alias_position = lexer_.TakeAliasBlank() || command->words.empty();
      if (alias_position && TryExpandAlias(token)) continue;
      command->words.push_back(Take().word);
    } else {
      lexer_.TakeAliasBlank();
      break;
    }
  }
  command->range = RangeFrom(begin);
  return command;
}

Redirect* Parser::ParseRedirect() {
  auto* redirect = lexer_.arena().make<Redirect>();
  SourceRange begin = Peek().range;
  if (PeekIs(TokenKind::kIoNumber)) redirect->fd = Take().io_number;
  Token op = Take();
  switch (op.kind) {
    case TokenKind::kLess: redirect->op = RedirOp::kInput; break;
    case TokenKind::kGreat: redirect->op = RedirOp::kOutput; break;
    case TokenKind::kClobber: redirect->op = RedirOp::kClobber; break;
    case TokenKind::kDGreat: redirect->op = RedirOp::kAppend; break;
    case TokenKind::kLessAnd: redirect->op = RedirOp::kDupInput; break;
    case TokenKind::kGreatAnd: redirect->op = RedirOp::kDupOutput; break;
    case TokenKind::kLessGreat: redirect->op = RedirOp::kReadWrite; break;
    case TokenKind::kDLess: redirect->op = RedirOp::kHereDoc; break;
    case TokenKind::kDLessDash: redirect->op = RedirOp::kHereDocStrip; break;
    default: FailExpected("a redirection operator", op);
  }
  const Token& target = Peek();
  if (target.kind != TokenKind::kWord) {
    bool heredoc = redirect->op == RedirOp::kHereDoc || redirect->op == RedirOp::kHereDocStrip;
    FailExpected(std::string(heredoc ? "a here-document delimiter" : "a file name") + " after '" +
                     TokenKindText(op.kind) + "'",
                 target);
  }
  redirect->target = Take().word;
  redirect->range = RangeFrom(begin);
  if (redirect->op == RedirOp::kHereDoc || redirect->op == RedirOp::kHereDocStrip) {
    redirect->delimiter =
        RemoveDelimiterQuotes(lexer_.sources().slice(redirect->target->range), &redirect->delimiter_quoted);
    lexer_.AddPendingHereDoc(redirect);
  }
  return redirect;
}

Command* Parser::ParseIf() {
  Token open = Take();
  auto* node = lexer_.arena().make<IfCommand>();
  CommandList* condition = NonEmpty(ParseCompoundList());
  ExpectWord("then", "after the condition of 'if' at " + FormatLineColumn(lexer_.sources(), open.range));
  CommandList* body = NonEmpty(ParseCompoundList());
  node->branches.push_back({condition, body});
  for (;;) {
    if (PeekIsWord("elif")) {
      Token elif = Take();
      CommandList* elif_condition = NonEmpty(ParseCompoundList());
      ExpectWord("then", "after the condition of 'elif' at " + FormatLineColumn(lexer_.sources(), elif.range));
      node->branches.push_back({elif_condition, NonEmpty(ParseCompoundList())});
    } else if (PeekIsWord("else")) {
      Take();
      node->else_body = NonEmpty(ParseCompoundList());
      break;
    } else {
      break;
    }
  }
  ExpectClose("fi", "if", open.range);
  node->range = RangeFrom(open.range);
  return node;
}

Command* Parser::ParseLoop() {
  Token open = Take();
  auto* node = lexer_.arena().make<LoopCommand>();
  node->until = open.word->literal() == "until";
  const char* keyword = node->until ? "until" : "while";
  node->condition = NonEmpty(ParseCompoundList());
  ExpectWord("do", std::string("after the condition of '") + keyword + "' at " +
                       FormatLineColumn(lexer_.sources(), open.range));
  node->body = NonEmpty(ParseCompoundList());
  ExpectClose("done", keyword, open.range);
  node->range = RangeFrom(open.range);
  return node;
}

Command* Parser::ParseFor() {
  Token open = Take();
  auto* node = lexer_.arena().make<ForCommand>();
  const Token& name = Peek();
  if (name.kind != TokenKind::kWord || !name.word->is_plain_literal() || !IsValidName(name.word->literal())) {
    FailExpected("a variable name after 'for'", name);
  }
  node->variable = Take().word->literal();
  SkipNewlines();
  if (PeekIsWord("in")) {
    Take();
    node->has_in = true;
    while (PeekIs(TokenKind::kWord)) node->words.push_back(Take().word);
    if (PeekIs(TokenKind::kSemi)) {
      Take();
    } else if (!PeekIs(TokenKind::kNewline)) {
      FailExpected("';' or newline after the words of 'for'", Peek());
    }
    SkipNewlines();
  } else if (PeekIs(TokenKind::kSemi)) {
    Take();
    SkipNewlines();
  }
  ExpectWord("do", "in 'for' at " + FormatLineColumn(lexer_.sources(), open.range));
  node->body = NonEmpty(ParseCompoundList());
  ExpectClose("done", "for", open.range);
  node->range = RangeFrom(open.range);
  return node;
}

Command* Parser::ParseCase() {
  Token open = Take();
  auto* node = lexer_.arena().make<CaseCommand>();
  if (!PeekIs(TokenKind::kWord)) FailExpected("a word after 'case'", Peek());
  node->subject = Take().word;
  SkipNewlines();
  ExpectWord("in", "after the word of 'case' at " + FormatLineColumn(lexer_.sources(), open.range));
  SkipNewlines();
  for (;;) {
    const Token& token = Peek();
    if (token.is_word("esac")) {
      Take();
      break;
    }
    if (token.kind == TokenKind::kEof) FailExpectedClose("esac", "case", open.range, token);
    CaseCommand::Item item;
    SourceRange item_begin = token.range;
    if (token.kind == TokenKind::kLParen) Take();
    for (;;) {
      if (!PeekIs(TokenKind::kWord)) FailExpected("a pattern", Peek());
      item.patterns.push_back(Take().word);
      if (!PeekIs(TokenKind::kPipe)) break;
      Take();
    }
    if (!PeekIs(TokenKind::kRParen)) FailExpected("')' after the pattern", Peek());
    Take();
    CommandList* body = ParseCompoundList();
    item.body = body->items.empty() ? nullptr : body;
    if (PeekIs(TokenKind::kDoubleSemi)) {
      Take();
      item.terminator = CaseTerminator::kBreak;
    } else if (PeekIs(TokenKind::kSemiAmp)) {
      Take();
      item.terminator = CaseTerminator::kFallThrough;
    } else if (PeekIsWord("esac")) {
      item.terminator = CaseTerminator::kNone;
    } else if (PeekIs(TokenKind::kEof)) {
      FailExpectedClose("esac", "case", open.range, Peek());
    } else {
      FailExpected("';;' or 'esac'", Peek());
    }
    item.range = RangeFrom(item_begin);
    node->items.push_back(item);
    SkipNewlines();
  }
  node->range = RangeFrom(open.range);
  return node;
}

Command* Parser::ParseBrace() {
  Token open = Take();
  auto* node = lexer_.arena().make<BraceGroup>();
  node->body = ParseCompoundList();  // FreeBSD sh accepts an empty { }
  ExpectClose("}", "{", open.range);
  node->range = RangeFrom(open.range);
  return node;
}

Command* Parser::ParseSubshell() {
  Token open = Take();
  auto* node = lexer_.arena().make<SubshellCommand>();
  node->body = ParseCompoundList();
  if (node->body->items.empty() && PeekIs(TokenKind::kRParen)) FailExpected("a command after '('", Peek());
  ExpectClose(")", "(", open.range);
  node->range = RangeFrom(open.range);
  return node;
}

// ---------------------------------------------------------------- ScriptParser

class ScriptParser::Impl {
 public:
  Impl(Lexer& lexer, const AliasResolver* aliases) : parser(lexer, aliases) {}
  Parser parser;
};

ScriptParser::ScriptParser(SourceManager& sources, BufferId buffer, AstArena& arena,
                           DiagnosticList& diagnostics, const AliasResolver* aliases)
    : lexer_(sources, buffer, arena), diagnostics_(diagnostics), aliases_(aliases),
      impl_(std::make_unique<Impl>(lexer_, aliases)) {
  lexer_.set_nested_parser(&impl_->parser);
}

ScriptParser::~ScriptParser() = default;

ScriptParser::Status ScriptParser::Next(CommandList** out) {
  *out = nullptr;
  try {
    *out = impl_->parser.ParseCompleteCommand();
    return *out ? Status::kCommand : Status::kEnd;
  } catch (const SyntaxError& error) {
    diagnostics_.add(error.diagnostic);
    // A fresh parser drops the lookahead of the failed line.
    impl_ = std::make_unique<Impl>(lexer_, aliases_);
    lexer_.set_nested_parser(&impl_->parser);
    lexer_.SkipToNextLine();
    return Status::kError;
  }
}

std::vector<CommandList*> ScriptParser::ParseAll() {
  std::vector<CommandList*> commands;
  CommandList* command = nullptr;
  for (;;) {
    Status status = Next(&command);
    if (status == Status::kEnd) break;
    if (status == Status::kCommand) commands.push_back(command);
  }
  return commands;
}

std::unique_ptr<ParsedScript> ParseScript(std::string name, std::string text,
                                          const AliasResolver* aliases) {
  auto script = std::make_unique<ParsedScript>();
  script->buffer = script->sources.add(std::move(name), std::move(text));
  ScriptParser parser(script->sources, script->buffer, script->arena, script->diagnostics, aliases);
  script->commands = parser.ParseAll();
  return script;
}

}  // namespace rcsh
