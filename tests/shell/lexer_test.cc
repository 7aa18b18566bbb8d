// Direct Lexer tests (XCU 2.3 token recognition): operator tokens, io-numbers,
// newlines, end of file, comments and line continuations. The lexer does not
// know reserved words; the parser decides those from position.
#include "shell/lexer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "shell/syntax_error.h"

namespace rcsh {
namespace {

/// Stands in for the parser: substitution bodies are not parsed here.
class StubNestedParser : public NestedParser {
 public:
  CommandList* ParseDollarParen(Lexer& lexer) override {
    ADD_FAILURE() << "lexer tests do not use $(...)";
    return lexer.arena().make<CommandList>();
  }
  CommandList* ParseFrameToEnd(Lexer& lexer) override {
    ++frames_parsed;
    // Consume the backquote body the way a parser would.
    while (lexer.Peek() != -1) lexer.Advance();
    return lexer.arena().make<CommandList>();
  }
  int frames_parsed = 0;
};

struct Lexed {
  SourceManager sources;
  AstArena arena;
  StubNestedParser nested;
  std::vector<Token> tokens;
};

std::unique_ptr<Lexed> Lex(std::string text) {
  auto lexed = std::make_unique<Lexed>();
  BufferId id = lexed->sources.add("t.sh", std::move(text));
  Lexer lexer(lexed->sources, id, lexed->arena);
  lexer.set_nested_parser(&lexed->nested);
  for (int guard = 0; guard < 1000; ++guard) {
    Token token = lexer.Next();
    lexed->tokens.push_back(token);
    if (token.kind == TokenKind::kEof) break;
  }
  return lexed;
}

/// The tokens of `text`, space-separated: operators by their spelling, words
/// as [literal] (or [source text] when not a plain literal), io-numbers as
/// io:N, newlines as NL and the end as EOF.
std::string Tokens(std::string text) {
  auto lexed = Lex(std::move(text));
  std::string out;
  for (const Token& token : lexed->tokens) {
    if (!out.empty()) out += " ";
    switch (token.kind) {
      case TokenKind::kWord:
        out += "[" +
               (token.word->is_plain_literal() ? token.word->literal()
                                               : std::string(lexed->sources.slice(token.range))) +
               "]";
        break;
      case TokenKind::kIoNumber: out += "io:" + std::to_string(token.io_number); break;
      case TokenKind::kNewline: out += "NL"; break;
      case TokenKind::kEof: out += "EOF"; break;
      default: out += TokenKindText(token.kind);
    }
  }
  return out;
}

struct Case {
  const char* input;
  const char* tokens;
};

void ExpectTokens(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Tokens(c.input), c.tokens) << "input: " << c.input;
}

TEST(Lexer, EveryOperatorIsOneToken) {
  ExpectTokens({
      {"; ;; ;& & && | ||", "; ;; ;& & && | || EOF"},
      {"( )", "( ) EOF"},
      {"< > >| >> <& >& <> << <<-", "< > >| >> <& >& <> << <<- EOF"},
  });
}

TEST(Lexer, OperatorsNeedNoBlanksAndTakeTheLongestMatch) {
  ExpectTokens({
      {"a;b&&c||d|e&f", "[a] ; [b] && [c] || [d] | [e] & [f] EOF"},
      {"(a)", "( [a] ) EOF"},
      {"a>b<c>>d<<e<<-f", "[a] > [b] < [c] >> [d] << [e] <<- [f] EOF"},
      {";;&", ";; & EOF"},
      {"&&&", "&& & EOF"},
      {"|||", "|| | EOF"},
      {"<<<", "<< < EOF"},
      {">>|", ">> | EOF"},
      {"<&-", "<& [-] EOF"},
      {">&2", ">& [2] EOF"},
      {"a &\\\n& b", "[a] && [b] EOF"},
  });
}

TEST(Lexer, TokenKindsForEachOperator) {
  auto lexed = Lex("; ;; ;& & && | || ( ) < > >| >> <& >& <> << <<-");
  std::vector<TokenKind> kinds;
  for (const Token& token : lexed->tokens) kinds.push_back(token.kind);
  EXPECT_EQ(kinds,
            (std::vector<TokenKind>{
                TokenKind::kSemi, TokenKind::kDoubleSemi, TokenKind::kSemiAmp, TokenKind::kAmp,
                TokenKind::kAndIf, TokenKind::kPipe, TokenKind::kOrIf, TokenKind::kLParen,
                TokenKind::kRParen, TokenKind::kLess, TokenKind::kGreat, TokenKind::kClobber,
                TokenKind::kDGreat, TokenKind::kLessAnd, TokenKind::kGreatAnd,
                TokenKind::kLessGreat, TokenKind::kDLess, TokenKind::kDLessDash, TokenKind::kEof}));
  for (const Token& token : lexed->tokens) {
    bool redirection = token.kind >= TokenKind::kLess && token.kind <= TokenKind::kDLessDash;
    EXPECT_EQ(token.is_redirection_operator(), redirection) << TokenKindText(token.kind);
  }
}

TEST(Lexer, IoNumberIsAllDigitsImmediatelyBeforeARedirectionOperator) {
  ExpectTokens({
      {"2>f", "io:2 > [f] EOF"},
      {"0<f", "io:0 < [f] EOF"},
      {"10>f", "io:10 > [f] EOF"},
      {"2>&1", "io:2 >& [1] EOF"},
      {"3<>f 4>|g 5>>h 6<&0 7<<E 8<<-E",
       "io:3 <> [f] io:4 >| [g] io:5 >> [h] io:6 <& [0] io:7 << [E] io:8 <<- [E] EOF"},
      {"a2>f", "[a2] > [f] EOF"},
      {"2a>f", "[2a] > [f] EOF"},
      {"2 >f", "[2] > [f] EOF"},
      {"\"2\">f", "[\"2\"] > [f] EOF"},
      {"\\2>f", "[\\2] > [f] EOF"},
      {"2\\\n>f", "io:2 > [f] EOF"},
      {"echo 2", "[echo] [2] EOF"},
      {"2;", "[2] ; EOF"},
  });
}

TEST(Lexer, NewlinesAreTokensAndEndOfFileRepeats) {
  ExpectTokens({
      {"", "EOF"},
      {"\n", "NL EOF"},
      {"a\nb\n", "[a] NL [b] NL EOF"},
      {"a\n\n\nb", "[a] NL NL NL [b] EOF"},
      {" \t a \t ", "[a] EOF"},
      {"a;\n", "[a] ; NL EOF"},
  });
  SourceManager sources;
  AstArena arena;
  StubNestedParser nested;
  Lexer lexer(sources, sources.add("t.sh", "a"), arena);
  lexer.set_nested_parser(&nested);
  EXPECT_EQ(lexer.Next().kind, TokenKind::kWord);
  EXPECT_EQ(lexer.Next().kind, TokenKind::kEof);
  EXPECT_EQ(lexer.Next().kind, TokenKind::kEof);
  EXPECT_TRUE(lexer.AtEnd());
}

TEST(Lexer, CommentsRunToTheNewlineAndStartOnlyAtATokenBoundary) {
  ExpectTokens({
      {"# only a comment", "EOF"},
      {"#!/bin/sh\necho", "NL [echo] EOF"},
      {"a # c d\nb", "[a] NL [b] EOF"},
      {"a#b", "[a#b] EOF"},
      {"a;#b", "[a] ; EOF"},
      {"a&#b", "[a] & EOF"},
      {"a # c \\\nb", "[a] NL [b] EOF"},
      {"'#' \"#\" \\#", "['#'] [\"#\"] [\\#] EOF"},
  });
}

TEST(Lexer, LineContinuationsAreRemovedBeforeTokens) {
  ExpectTokens({
      {"a\\\nb", "[ab] EOF"},
      {"a \\\nb", "[a] [b] EOF"},
      {"\\\n", "EOF"},
      {"a|\\\n|b", "[a] || [b] EOF"},
      {"a<\\\n<-E", "[a] <<- [E] EOF"},
  });
}

TEST(Lexer, QuotedTextStaysInOneWordAndReservedWordsArePlainWords) {
  ExpectTokens({
      {"'a b' \"c;d\" e\\ f", "['a b'] [\"c;d\"] [e\\ f] EOF"},
      {"a'b'\"c\"d", "[a'b'\"c\"d] EOF"},
      {"${x:-a b}", "[${x:-a b}] EOF"},
      {"if then fi { } ! in", "[if] [then] [fi] [{] [}] [!] [in] EOF"},
  });
}

TEST(Lexer, BackquoteBodyIsHandedToTheNestedParser) {
  auto lexed = Lex("echo `a b` c");
  ASSERT_EQ(lexed->tokens.size(), 4u);
  EXPECT_EQ(lexed->nested.frames_parsed, 1);
  EXPECT_EQ(lexed->sources.slice(lexed->tokens[1].range), "`a b`");
  ASSERT_EQ(lexed->tokens[1].word->parts.size(), 1u);
  EXPECT_EQ(lexed->tokens[1].word->parts[0]->kind, NodeKind::CommandSub);
}

TEST(Lexer, TokenRangesCoverExactlyTheirText) {
  auto lexed = Lex("ab  >>cd\n2>&1");
  ASSERT_EQ(lexed->tokens.size(), 8u);
  auto text = [&](size_t i) { return std::string(lexed->sources.slice(lexed->tokens[i].range)); };
  EXPECT_EQ(text(0), "ab");
  EXPECT_EQ(text(1), ">>");
  EXPECT_EQ(text(2), "cd");
  EXPECT_EQ(text(3), "\n");
  EXPECT_EQ(text(4), "2");
  EXPECT_EQ(text(5), ">&");
  EXPECT_EQ(text(6), "1");
  EXPECT_EQ(lexed->tokens[1].range.begin, 4u);
  EXPECT_EQ(lexed->tokens[7].kind, TokenKind::kEof);
  EXPECT_EQ(lexed->tokens[7].range.begin, 13u);
}

TEST(Lexer, NulByteIsASyntaxError) {
  SourceManager sources;
  AstArena arena;
  StubNestedParser nested;
  Lexer lexer(sources, sources.add("t.sh", std::string("a \0b", 4)), arena);
  lexer.set_nested_parser(&nested);
  EXPECT_EQ(lexer.Next().kind, TokenKind::kWord);
  try {
    lexer.Next();
    ADD_FAILURE() << "expected a SyntaxError";
  } catch (const SyntaxError& error) {
    EXPECT_EQ(error.diagnostic.id, DiagId::NulByte);
    EXPECT_EQ(error.diagnostic.range.begin, 2u);
  }
}

}  // namespace
}  // namespace rcsh
