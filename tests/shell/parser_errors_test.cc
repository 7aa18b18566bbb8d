// Golden syntax-error diagnostics: for each broken script the WHOLE rendered
// text of every diagnostic (location line, source line, caret line), plus
// hostile inputs that must produce an error instead of a crash.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "shell/parser.h"
#include "support/parse_helpers.h"

namespace rcsh::testing {
namespace {

struct ErrorCase {
  std::string input;
  std::string expected;  // ErrorsOf() of the input
};

void ExpectErrors(const std::vector<ErrorCase>& cases) {
  for (const ErrorCase& c : cases) {
    EXPECT_EQ(ErrorsOf(c.input), c.expected) << "input:\n" << c.input;
  }
}

// ---------------------------------------------------------------- unclosed constructs

TEST(ParserErrors, UnclosedCompoundCommandsNameTheOpenerAndItsPosition) {
  ExpectErrors({
      {"if true; then\n  echo x\n",
       "t.sh:3:1: error: expected 'fi' to close 'if' at 1:1, found end of file\n"
       "\n"
       "^\n"},
      {"if true; then echo x; fi\nwhile true; do echo x\n",
       "t.sh:3:1: error: expected 'done' to close 'while' at 2:1, found end of file\n"
       "\n"
       "^\n"},
      {"until a; do b\n",
       "t.sh:2:1: error: expected 'done' to close 'until' at 1:1, found end of file\n"
       "\n"
       "^\n"},
      {"for i in a b; do\n  echo $i\n",
       "t.sh:3:1: error: expected 'done' to close 'for' at 1:1, found end of file\n"
       "\n"
       "^\n"},
      {"case $1 in\n  a) echo a;;\n",
       "t.sh:3:1: error: expected 'esac' to close 'case' at 1:1, found end of file\n"
       "\n"
       "^\n"},
      {"f() {\n  echo x\n",
       "t.sh:3:1: error: expected '}' to close '{' at 1:5, found end of file\n"
       "\n"
       "^\n"},
      {"(\n  echo x\n",
       "t.sh:3:1: error: expected ')' to close '(' at 1:1, found end of file\n"
       "\n"
       "^\n"},
      {"echo $(date\n",
       "t.sh:2:1: error: expected ')' to close '$(' at 1:6, found end of file\n"
       "\n"
       "^\n"},
      {"echo $(\nfi)\n",
       "t.sh:2:1: error: expected ')' to close '$(' at 1:6, found 'fi'\n"
       "fi)\n"
       "^~\n"},
      {"if a; then b; else c; elif d; then e; fi\n",
       "t.sh:1:23: error: expected 'fi' to close 'if' at 1:1, found 'elif'\n"
       "if a; then b; else c; elif d; then e; fi\n"
       "                      ^~~~\n"},
  });
}

TEST(ParserErrors, UnterminatedQuotesAndExpansionsPointAtTheirStart) {
  ExpectErrors({
      {"echo 'abc\n",
       "t.sh:1:6: error: unterminated single quote starting at 1:6\n"
       "echo 'abc\n"
       "     ^\n"},
      {"x=\"abc\necho y\n",
       "t.sh:1:3: error: unterminated double quote starting at 1:3\n"
       "x=\"abc\n"
       "  ^\n"},
      {"echo `date\n",
       "t.sh:1:6: error: unterminated backquote starting at 1:6\n"
       "echo `date\n"
       "     ^\n"},
      {"echo ${x:-abc\n",
       "t.sh:1:6: error: unterminated '${' starting at 1:6\n"
       "echo ${x:-abc\n"
       "     ^~\n"},
      {"echo $((1+2\n",
       "t.sh:1:6: error: unterminated '$((' starting at 1:6\n"
       "echo $((1+2\n"
       "     ^~~\n"},
      {"echo \"$(echo 'x)\"\n",
       "t.sh:1:14: error: unterminated single quote starting at 1:14\n"
       "echo \"$(echo 'x)\"\n"
       "             ^\n"},
      {"cat <<EOF\nbody\n",
       "t.sh:1:5: error: here-document delimited by 'EOF' (started at 1:5) is not terminated "
       "before end of file\n"
       "cat <<EOF\n"
       "    ^~~~~\n"},
  });
}

TEST(ParserErrors, BadSubstitutionsAndBadArithmetic) {
  ExpectErrors({
      {"echo ${x!}\n",
       "t.sh:1:6: error: bad substitution: unknown operator in '${...}'\n"
       "echo ${x!}\n"
       "     ^~~\n"},
      // Tabs in the source line are shown as spaces so that the caret lines up.
      {"\techo ${x~}\n",
       "t.sh:1:7: error: bad substitution: unknown operator in '${...}'\n"
       " echo ${x~}\n"
       "      ^~~\n"},
      {"echo ${}\n",
       "t.sh:1:6: error: bad substitution: expected a parameter name after '${'\n"
       "echo ${}\n"
       "     ^~\n"},
      {"echo ${x:}\n",
       "t.sh:1:6: error: bad substitution: expected one of - = ? + after ':'\n"
       "echo ${x:}\n"
       "     ^~~~\n"},
      {"echo ${#x:-y}\n",
       "t.sh:1:6: error: bad substitution: expected '}' after '${#name'\n"
       "echo ${#x:-y}\n"
       "     ^~~~\n"},
      {"echo $((1+))\n",
       "t.sh:1:11: error: arithmetic syntax error: expected an operand, found end of expression\n"
       "echo $((1+))\n"
       "          ^\n"},
      {"echo $((1 2))\n",
       "t.sh:1:11: error: arithmetic syntax error: unexpected '2' after the expression\n"
       "echo $((1 2))\n"
       "          ^\n"},
      {"echo $((a[1]))\n",
       "t.sh:1:10: error: arithmetic syntax error: unexpected character '['\n"
       "echo $((a[1]))\n"
       "         ^\n"},
      {"echo $((1=2))\n",
       "t.sh:1:10: error: arithmetic syntax error: assignment to something that is not a variable\n"
       "echo $((1=2))\n"
       "         ^\n"},
      {"echo $(( 0x ))\n",
       "t.sh:1:10: error: arithmetic syntax error: invalid number '0x'\n"
       "echo $(( 0x ))\n"
       "         ^~\n"},
  });
}

// ---------------------------------------------------------------- misplaced tokens

TEST(ParserErrors, StrayClosingWordsAndOperators) {
  ExpectErrors({
      {"fi\n",
       "t.sh:1:1: error: expected a command, found 'fi'\n"
       "fi\n"
       "^~\n"},
      {"echo a; done\n",
       "t.sh:1:9: error: expected a command, found 'done'\n"
       "echo a; done\n"
       "        ^~~~\n"},
      {")\n",
       "t.sh:1:1: error: expected a command, found ')'\n"
       ")\n"
       "^\n"},
      {"echo a )\n",
       "t.sh:1:8: error: unexpected ')'\n"
       "echo a )\n"
       "       ^\n"},
      {";;\n",
       "t.sh:1:1: error: expected a command, found ';;'\n"
       ";;\n"
       "^~\n"},
      {"echo a;;\n",
       "t.sh:1:7: error: unexpected ';;'\n"
       "echo a;;\n"
       "      ^~\n"},
      {"while a; do b; done done\n",
       "t.sh:1:21: error: unexpected 'done'\n"
       "while a; do b; done done\n"
       "                    ^~~~\n"},
      {"a && && b\n",
       "t.sh:1:6: error: expected a command, found '&&'\n"
       "a && && b\n"
       "     ^~\n"},
      {"echo `fi`\n",
       "t.sh:1:7: error: unexpected 'fi'\n"
       "echo `fi`\n"
       "      ^~\n"},
  });
}

TEST(ParserErrors, MissingOrMalformedPartsOfCommands) {
  ExpectErrors({
      {"f() echo x\n",
       "t.sh:1:5: error: expected a compound command as the body of function 'f', found 'echo'\n"
       "f() echo x\n"
       "    ^~~~\n"},
      {"echo a >\necho b\n",
       "t.sh:1:9: error: expected a file name after '>', found newline\n"
       "echo a >\n"
       "        ^\n"},
      {"echo > >f\n",
       "t.sh:1:8: error: expected a file name after '>', found '>'\n"
       "echo > >f\n"
       "       ^\n"},
      {"cat <<\n",
       "t.sh:1:7: error: expected a here-document delimiter after '<<', found newline\n"
       "cat <<\n"
       "      ^\n"},
      {"for 1 in a b; do :; done\n",
       "t.sh:1:5: error: expected a variable name after 'for', found '1'\n"
       "for 1 in a b; do :; done\n"
       "    ^\n"},
      {"for i in a b do echo; done\n",
       "t.sh:1:23: error: expected 'do' in 'for' at 1:1, found 'done'\n"
       "for i in a b do echo; done\n"
       "                      ^~~~\n"},
      {"case x a) b;; esac\n",
       "t.sh:1:8: error: expected 'in' after the word of 'case' at 1:1, found 'a'\n"
       "case x a) b;; esac\n"
       "       ^\n"},
      {"case x in a b) c;; esac\n",
       "t.sh:1:13: error: expected ')' after the pattern, found 'b'\n"
       "case x in a b) c;; esac\n"
       "            ^\n"},
      {"if a; fi\n",
       "t.sh:1:7: error: expected 'then' after the condition of 'if' at 1:1, found 'fi'\n"
       "if a; fi\n"
       "      ^~\n"},
      {"if a; then fi\n",
       "t.sh:1:12: error: expected a command before 'fi'\n"
       "if a; then fi\n"
       "           ^~\n"},
      {"while a; done\n",
       "t.sh:1:10: error: expected 'do' after the condition of 'while' at 1:1, found 'done'\n"
       "while a; done\n"
       "         ^~~~\n"},
      {"()\n",
       "t.sh:1:2: error: expected a command after '(', found ')'\n"
       "()\n"
       " ^\n"},
  });
}

// ---------------------------------------------------------------- recovery

TEST(ParserErrors, EveryBrokenLineIsReportedAndParsingResumesOnTheNextLine) {
  const std::string script =
      "echo start\n"
      "if true; then\n"
      "  echo one\n"
      "fi fi\n"
      "echo ok\n"
      "for 1 in a; do :; done\n"
      "echo $((1+))\n"
      "done\n"
      "echo end\n";
  EXPECT_EQ(
      ErrorsOf(script),
      "t.sh:4:4: error: unexpected 'fi'\n"
      "fi fi\n"
      "   ^~\n"
      "t.sh:6:5: error: expected a variable name after 'for', found '1'\n"
      "for 1 in a; do :; done\n"
      "    ^\n"
      "t.sh:7:11: error: arithmetic syntax error: expected an operand, found end of expression\n"
      "echo $((1+))\n"
      "          ^\n"
      "t.sh:8:1: error: expected a command, found 'done'\n"
      "done\n"
      "^~~~\n");
  // The lines between the errors are still parsed.
  auto parsed = ParseScript("t.sh", script);
  ASSERT_EQ(parsed->commands.size(), 3u);
}

TEST(ParserErrors, AnErrorAtTheNewlineDoesNotSwallowTheNextLine) {
  auto parsed = ParseScript("t.sh", "echo a >\necho b\n");
  EXPECT_EQ(parsed->diagnostics.items().size(), 1u);
  ASSERT_EQ(parsed->commands.size(), 1u);
  EXPECT_EQ(parsed->commands[0]->items.size(), 1u);
  EXPECT_EQ(parsed->sources.slice(parsed->commands[0]->range), "echo b");
}

TEST(ParserErrors, NulByteIsReportedAndShownAsQuestionMark) {
  std::string script("echo a\0b\necho c\n", 16);
  EXPECT_EQ(ErrorsOf(script),
            "t.sh:1:7: error: NUL byte in script text\n"
            "echo a?b\n"
            "      ^\n");
  EXPECT_EQ(ParseScript("t.sh", script)->commands.size(), 1u);
  EXPECT_EQ(ErrorsOf(std::string(1, '\0')),
            "t.sh:1:1: error: NUL byte in script text\n"
            "?\n"
            "^\n");
}

// ---------------------------------------------------------------- hostile input

std::string Repeat(const std::string& text, int times) {
  std::string out;
  out.reserve(text.size() * static_cast<size_t>(times));
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

// The nesting error at 1-based `column` of a one-line script, caret covering
// `width` characters.
std::string NestingError(const std::string& line, size_t column, size_t width) {
  return "t.sh:1:" + std::to_string(column) +
         ": error: nesting too deep (the limit is 400 levels)\n" + line + "\n" +
         std::string(column - 1, ' ') + "^" + std::string(width - 1, '~') + "\n";
}

TEST(ParserErrors, TenThousandNestedSubshellsGiveTheNestingError) {
  std::string line = Repeat("(", 10000) + "a" + Repeat(")", 10000);
  // The 401st '(' is one level too many.
  EXPECT_EQ(ErrorsOf(line + "\n"), NestingError(line, 401, 1));
}

TEST(ParserErrors, TenThousandNestedCommandSubstitutionsGiveTheNestingError) {
  std::string line = "echo " + Repeat("$(", 10000) + "a" + Repeat(")", 10000);
  // The echo command is one level; the 400th '$(' (column 6 + 2 * 399) is one too many.
  EXPECT_EQ(ErrorsOf(line + "\n"), NestingError(line, 804, 2));
}

TEST(ParserErrors, TenThousandNestedParameterDefaultsGiveTheNestingError) {
  std::string line = "echo " + Repeat("${x:-", 10000) + "a" + Repeat("}", 10000);
  // As above: the 400th '${' (column 6 + 5 * 399) is one level too many.
  EXPECT_EQ(ErrorsOf(line + "\n"), NestingError(line, 2001, 2));
}

TEST(ParserErrors, DeeplyNestedQuotedSubstitutionsGroupsAndLoopsGiveTheNestingError) {
  for (const std::string& unit :
       {std::string("\"$(echo "), std::string("{ "), std::string("while "),
        std::string("if a; then "), std::string("case x in x) ")}) {
    std::string errors = ErrorsOf(Repeat(unit, 10000) + "\n");
    EXPECT_NE(errors.find(": error: nesting too deep (the limit is 400 levels)\n"),
              std::string::npos)
        << unit << ": " << errors.substr(0, 200);
  }
}

TEST(ParserErrors, DeeplyNestedArithmeticGivesAnArithmeticNestingError) {
  for (const std::string& expression :
       {Repeat("(", 10000) + "1" + Repeat(")", 10000), Repeat("-", 10000) + "1"}) {
    std::string errors = ErrorsOf("echo $((" + expression + "))\n");
    EXPECT_EQ(errors.rfind(
                  "t.sh:1:409: error: arithmetic syntax error: expression nested too deeply\n", 0),
              0u)
        << errors.substr(0, 200);
  }
}

TEST(ParserErrors, LongFlatScriptsAreNotNesting) {
  EXPECT_EQ(ErrorsOf(Repeat("a | ", 10000) + "a\n"), "");
  EXPECT_EQ(ErrorsOf(Repeat("a && ", 10000) + "a\n"), "");
  EXPECT_EQ(ErrorsOf(Repeat("a; ", 10000) + "\n"), "");
  EXPECT_EQ(ErrorsOf("echo " + Repeat("``", 5000) + "\n"), "");
}

TEST(ParserErrors, TenMegabytesOfValidCommandsParseWithoutErrors) {
  const std::string block =
      "echo hello world; x=$((1 + 2)) && [ -f \"$x\" ] || printf '%s\\n' ${y:-z}\n"
      "if [ -n \"$a\" ]; then\n\tcase $a in\n\t\t(a|b) echo `date`;;\n\t\t*) : ;;\n\tesac\nfi\n"
      "for i in 1 2 3; do cat <<EOF\nline $i\nEOF\ndone\n"
      "f() { local_var=$(command -v ls 2>/dev/null); }\n";
  std::string script;
  script.reserve((10u << 20) + block.size());
  int blocks = 0;
  while (script.size() < (10u << 20)) {
    script += block;
    ++blocks;
  }
  auto parsed = ParseScript("t.sh", script);
  std::string rendered;
  for (const Diagnostic& d : parsed->diagnostics.items())
    rendered += RenderDiagnostic(parsed->sources, d);
  EXPECT_EQ(rendered.substr(0, 500), "");
  // Each block holds four complete commands (one line each, or one compound).
  EXPECT_EQ(parsed->commands.size(), static_cast<size_t>(blocks) * 4);
}

TEST(ParserErrors, BinaryJunkIsReportedWithoutCrashing) {
  for (uint32_t seed : {1u, 12345u, 0xdeadbeefu}) {
    std::string junk;
    uint32_t state = seed;
    for (int i = 0; i < 100000; ++i) {
      state = state * 1103515245u + 12345u;
      junk += static_cast<char>(state >> 16);
    }
    auto parsed = ParseScript("t.sh", junk);
    ASSERT_FALSE(parsed->diagnostics.items().empty()) << "seed " << seed;
    for (const Diagnostic& d : parsed->diagnostics.items()) {
      std::string text = RenderDiagnostic(parsed->sources, d);
      EXPECT_EQ(text.rfind("t.sh:", 0), 0u) << text;
      EXPECT_NE(text.find(": error: "), std::string::npos) << text;
    }
  }
}

}  // namespace
}  // namespace rcsh::testing
