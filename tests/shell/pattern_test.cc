// Shell pattern matching: tables of (pattern, subject, expectation) for whole
// matches, ${x#p}-style prefix and suffix removal, quoting and file names; a
// randomized comparison with a brute-force matcher; and the same tables run
// through dash when it is installed, so the expectations are not just ours.
#include "shell/pattern.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace rcsh::testing {
namespace {

constexpr size_t npos = std::string::npos;

// ---------------------------------------------------------------------------
// Tables.

struct MatchCase {
  const char* pattern;
  const char* subject;
  bool matches;
  bool dash_agrees = true;  // false where FreeBSD sh and dash differ and we follow FreeBSD
};

const MatchCase kMatchCases[] = {
    // Literals.
    {"", "", true},
    {"", "a", false},
    {"abc", "abc", true},
    {"abc", "abd", false},
    {"abc", "ab", false},
    {"abc", "abcd", false},
    {"ABC", "abc", false},
    // Star.
    {"*", "", true},
    {"*", "anything at all", true},
    {"a*", "a", true},
    {"a*", "abc", true},
    {"a*", "ba", false},
    {"*c", "abc", true},
    {"*c", "abd", false},
    {"a*c", "ac", true},
    {"a*c", "abbbc", true},
    {"a*c", "abcb", false},
    {"*b*", "abc", true},
    {"*b*", "acd", false},
    {"a*b*c", "aXbYc", true},
    {"a*b*c", "aXcYb", false},
    {"**", "x", true},
    {"a**b", "ab", true},
    {"*a*a*a*", "aaa", true},
    {"*a*a*a*", "aa", false},
    {"*ab*ab", "abab", true},
    {"*ab*ab", "abxab", true},
    {"*ab*ab", "abxa", false},
    {"*aab", "aaab", true},
    {"*a?c*", "xxabcyy", true},
    {"a*a", "a", false},
    {"ab*ba", "aba", false},
    {"ab*ba", "abba", true},
    {"*.sh", "rc.sh", true},
    {"*.sh", ".sh", true},
    {"*.sh", "rc.shx", false},
    // Question mark.
    {"?", "a", true},
    {"?", "", false},
    {"?", "ab", false},
    {"a?c", "abc", true},
    {"a?c", "ac", false},
    {"??*", "a", false},
    {"??*", "ab", true},
    {"*?", "", false},
    {"?", "/", true},
    {"?", ".", true},
    {"?", "\xc3\xa9", false},  // bytes: a two-byte character is two
    {"??", "\xc3\xa9", true},
    // Bracket expressions.
    {"[abc]", "b", true},
    {"[abc]", "d", false},
    {"[abc]", "", false},
    {"[a-c]", "b", true},
    {"[a-c]", "d", false},
    {"[!a-c]", "d", true},
    {"[!a-c]", "b", false},
    {"[^a-c]", "d", true, false},
    {"[^a-c]", "b", false, false},
    {"[]a]", "]", true},
    {"[]a]", "a", true},
    {"[!]a]", "]", false},
    {"[!]a]", "b", true},
    {"[a-]", "-", true},
    {"[-a]", "-", true},
    {"[c-a]", "b", false},
    {"[", "[", true},
    {"[a", "[a", true},
    {"[a", "a", false},
    {"[]", "[]", true},
    {"[!]", "[!]", true},
    {"[*]", "*", true},
    {"[*]", "a", false},
    {"[?]", "?", true},
    {"[a-z0-9]", "5", true},
    {"[a-z0-9]", "_", false},
    {"x[yz]*", "xzzz", true},
    {"[\\]]", "]", true},
    {"[a\\-c]", "-", true},
    {"[a\\-c]", "b", false},
    {"[\\!a]", "!", true},
    {"[\\!a]", "b", false},
    {"[[]", "[", true},
    {"[[:alpha:]", "[a", true},  // `[` has no `]`: literal, then the set {:alph}
    {"[[:alpha:]", "[x", false},
    {"[[:]", ":", true},
    {"[a-c]x", "bx", true},
    {"[/]", "/", true},
    {"[a-\\]]", "a", false},  // the range a-] is reversed: empty
    // Character classes.
    {"[[:alpha:]]", "x", true},
    {"[[:alpha:]]", "5", false},
    {"[[:digit:]]", "5", true},
    {"[[:digit:]]", "x", false},
    {"[[:space:]]", " ", true},
    {"[[:space:]]", "\t", true},
    {"[[:space:]]", "\n", true},
    {"[[:space:]]", "x", false},
    {"[[:upper:]]", "X", true},
    {"[[:upper:]]", "x", false},
    {"[[:lower:]]", "x", true},
    {"[[:lower:]]", "X", false},
    {"[[:alnum:]]", "Z", true},
    {"[[:alnum:]]", "_", false},
    {"[[:punct:]]", "!", true},
    {"[[:punct:]]", "a", false},
    {"[[:xdigit:]]", "f", true},
    {"[[:xdigit:]]", "g", false},
    {"[[:blank:]]", "\t", true},
    {"[[:blank:]]", "\n", false},
    {"[[:cntrl:]]", "\x01", true},
    {"[[:cntrl:]]", "a", false},
    {"[[:graph:]]", " ", false},
    {"[[:graph:]]", "a", true},
    {"[[:print:]]", " ", true},
    {"[[:print:]]", "\x01", false},
    {"[![:alpha:]]", "1", true},
    {"[![:alpha:]]", "a", false},
    {"[[:alpha:][:digit:]]", "5", true},
    {"[[:alpha:]_]*", "_x", true},
    {"[[:foo:]]", "f", false},
    {"[[:alpha:]-z]", "-", true},
    {"[[::]]", ":]", true},  // an empty name is no class: '[' is a member
    // FreeBSD sh: "[:x!:]" is a class (unknown, so empty); dash takes an
    // unknown name as the members '[' ':' 'x' '!' ':'.
    {"[[:x!:]]", "!]", false, false},
    {"[[:x!:]]", "]", false, false},
    // Backslash in the pattern text.
    {"\\*", "*", true},
    {"\\*", "a", false},
    {"a\\", "a\\", true},
    {"\\a", "a", true},
    {"a\\?c", "a?c", true},
    {"a\\?c", "abc", false},
    {"\\[a]", "[a]", true},
    {"\\\\*", "\\x", true},
    // Items from rc.d scripts.
    {"[Yy][Ee][Ss]", "YES", true},
    {"[Yy][Ee][Ss]", "yEs", true},
    {"[Yy][Ee][Ss]", "no", false},
    {"*_enable", "sshd_enable", true},
    {"*_enable", "sshd_flags", false},
    {"/*", "/etc", true},
    {"/*", "etc", false},
    {"-*", "-f", true},
    {"*[!0-9]*", "123", false},
    {"*[!0-9]*", "12a3", true},
    {"[0-9]*", "9abc", true},
    {"*/*", "usr/local", true},
    {"*[Nn][Oo]*", "nfs_NO_x", true},
};

class MatchTable : public ::testing::TestWithParam<MatchCase> {};

TEST_P(MatchTable, MatchesTheWholeSubject) {
  const MatchCase& c = GetParam();
  EXPECT_EQ(Pattern::Compile(c.pattern).Matches(c.subject), c.matches)
      << "pattern '" << c.pattern << "' subject '" << c.subject << "'";
}

INSTANTIATE_TEST_SUITE_P(Pattern, MatchTable, ::testing::ValuesIn(kMatchCases));

// Quoting: `mask` has one letter per pattern byte, 'q' for quoted.
struct QuotedCase {
  const char* pattern;
  const char* mask;
  const char* subject;
  bool matches;
};

const QuotedCase kQuotedCases[] = {
    {"*", "q", "*", true},
    {"*", "q", "a", false},
    {"a*", "_q", "a*", true},
    {"a*", "_q", "abc", false},
    {"?", "q", "?", true},
    {"?", "q", "a", false},
    {"[a]", "q__", "[a]", true},
    {"[a]", "q__", "a", false},
    {"[a]", "_q_", "a", true},
    {"[!a]", "_q__", "!", true},  // a quoted '!' does not negate
    {"[!a]", "_q__", "b", false},
    {"[a-c]", "__q__", "-", true},  // a quoted '-' is not a range
    {"[a-c]", "__q__", "b", false},
    {"[a]]", "__q_", "]", true},  // a quoted ']' does not close
    {"[a]", "__q", "[a]", true},  // nor at the end: no bracket at all
    {"[a]", "__q", "a", false},
    {"\\*", "q_", "\\abc", true},  // a quoted backslash escapes nothing
    {"\\*", "q_", "*", false},
    {"a*b", "_q_", "a*b", true},
    {"a*b", "_q_", "axb", false},
    {"[[:alpha:]]", "_q_________", "a]", true},  // a quoted '[' starts no class
    {"[[:alpha:]]", "_q_________", "x", false},
    {"*.sh", "_qqq", "x.sh", true},
    {"\\*", "_q", "*", true},  // unquoted backslash, quoted star: still one literal '*'
    {"\\*", "_q", "\\x", false},
};

TEST(PatternQuoting, QuotedBytesMatchOnlyThemselves) {
  for (const QuotedCase& c : kQuotedCases) {
    std::vector<bool> quoted;
    for (const char* m = c.mask; *m; ++m) quoted.push_back(*m == 'q');
    EXPECT_EQ(Pattern::Compile(c.pattern, quoted).Matches(c.subject), c.matches)
        << "pattern '" << c.pattern << "' mask " << c.mask << " subject '" << c.subject << "'";
  }
}

// Removal: what ${subject<op>pattern} leaves.
struct RemovalCase {
  const char* pattern;
  const char* subject;
  const char* op;  // "#", "##", "%", "%%"
  const char* result;
};

const RemovalCase kRemovalCases[] = {
    {"*/", "/usr/local/etc/rc.d/sshd", "##", "sshd"},
    {"*/", "/usr/local/etc/rc.d/sshd", "#", "usr/local/etc/rc.d/sshd"},
    {"/*", "/usr/local/etc", "%", "/usr/local"},
    {"/*", "/usr/local/etc", "%%", ""},
    {"*.", "a.b.c", "#", "b.c"},
    {"*.", "a.b.c", "##", "c"},
    {".*", "a.b.c", "%", "a.b"},
    {".*", "a.b.c", "%%", "a"},
    {"*", "abc", "#", "abc"},
    {"*", "abc", "##", ""},
    {"*", "abc", "%", "abc"},
    {"*", "abc", "%%", ""},
    {"", "abc", "#", "abc"},
    {"", "abc", "%", "abc"},
    {"abc", "abcabc", "#", "abc"},
    {"abc", "abcabc", "%%", "abc"},
    {"x", "abc", "#", "abc"},
    {"x", "abc", "%", "abc"},
    {"a*", "abcabc", "#", "bcabc"},
    {"a*", "abcabc", "##", ""},
    {"a*", "abcabc", "%", "abc"},
    {"a*", "abcabc", "%%", ""},
    {"*c", "abcabc", "#", "abc"},
    {"*c", "abcabc", "##", ""},
    {"*c", "abcabc", "%", "abcab"},
    {"*c", "abcabc", "%%", ""},
    {"?", "abc", "#", "bc"},
    {"?", "abc", "%", "ab"},
    {"??", "a", "#", "a"},
    {"??", "a", "%%", "a"},
    {"[ab]*", "bcd", "#", "cd"},
    {"[ab]*", "bcd", "##", ""},
    {"*[0-9]", "ab12cd34", "#", "2cd34"},
    {"*[0-9]", "ab12cd34", "##", ""},
    {"*[0-9]", "ab12cd34", "%", "ab12cd3"},
    {"*[0-9]", "ab12cd34", "%%", ""},
    {"[0-9]*", "12ab34", "#", "2ab34"},
    {"[0-9]*", "12ab34", "%", "12ab3"},
    {"[0-9]*", "12ab34", "%%", ""},
    {"[0-9]*", "x12ab34", "%%", "x"},
    {"*=", "name=value=x", "#", "value=x"},
    {"*=", "name=value=x", "##", "x"},
    {"=*", "name=value=x", "%", "name=value"},
    {"=*", "name=value=x", "%%", "name"},
    {"*a*b", "xaybzab", "#", "zab"},
    {"*a*b", "xaybzab", "##", ""},
    {"a*b*", "ab_ab", "%", "ab_"},
    {"a*b*", "ab_ab", "%%", ""},
    {"*\\*", "a*b*c", "#", "b*c"},
    {"*\\*", "a*b*c", "##", "c"},
    {"?*?", "abcd", "#", "cd"},
    {"?*?", "abcd", "%", "ab"},
    {"?*?", "abcd", "%%", ""},
    {"b*b", "abcbdb", "#", "abcbdb"},
    {"b*b", "abcbdb", "%", "abc"},
    {"b*b", "abcbdb", "%%", "a"},
    {"a?", "xa", "%", "xa"},
    {"*[ab]?", "zzbzz", "#", "z"},
    {"*[ab]?", "zzbzz", "##", "z"},
    {"*[0-9]?x*", "a1bxc2dxe", "#", "c2dxe"},
    {"*[0-9]?x*", "a1bxc2dxe", "##", ""},
    {"*[0-9]?x", "a1bxc2dx", "##", ""},
    {"*[0-9]?x", "a1bxc2dx", "#", "c2dx"},
    {"[a-c]*[0-9]", "a1bxc2", "%", "a1bx"},
    {"[a-c]*[0-9]", "a1bxc2", "%%", ""},
    {"[a-c]?*[0-9]", "a1bxc2", "%", "a1"},
    {".", "rc.conf", "#", "rc.conf"},
    {"rc.", "rc.conf", "#", "conf"},
    {".conf", "rc.conf", "%", "rc"},
    {"[[:space:]]*", "  x y", "#", " x y"},
    {"*[![:space:]]", "x y  ", "##", "  "},
};

std::string Remove(const RemovalCase& c) {
  Pattern pattern = Pattern::Compile(c.pattern);
  std::string_view subject = c.subject;
  std::string_view op = c.op;
  if (op[0] == '#') {
    size_t length = pattern.MatchPrefix(subject, op.size() == 2);
    return std::string(length == npos ? subject : subject.substr(length));
  }
  size_t start = pattern.MatchSuffix(subject, op.size() == 2);
  return std::string(start == npos ? subject : subject.substr(0, start));
}

TEST(PatternRemoval, PrefixAndSuffixShortestAndLongest) {
  for (const RemovalCase& c : kRemovalCases) {
    EXPECT_EQ(Remove(c), c.result)
        << "${x" << c.op << c.pattern << "} with x='" << c.subject << "'";
  }
}

TEST(PatternRemoval, ReturnsLengthsAndStartsOrNpos) {
  Pattern dir = Pattern::Compile("*/");
  EXPECT_EQ(dir.MatchPrefix("a/b/c", false), 2u);
  EXPECT_EQ(dir.MatchPrefix("a/b/c", true), 4u);
  EXPECT_EQ(dir.MatchPrefix("abc", true), npos);
  Pattern ext = Pattern::Compile(".*");
  EXPECT_EQ(ext.MatchSuffix("a.b.c", false), 3u);
  EXPECT_EQ(ext.MatchSuffix("a.b.c", true), 1u);
  EXPECT_EQ(ext.MatchSuffix("abc", false), npos);
  EXPECT_EQ(Pattern::Compile("").MatchSuffix("abc", true), 3u);
  EXPECT_EQ(Pattern::Compile("*").MatchPrefix("", true), 0u);
  EXPECT_EQ(Pattern::Compile("?").MatchPrefix("", false), npos);
}

TEST(PatternLiteral, WildcardFreePatternsExposeTheirText) {
  struct Case {
    const char* pattern;
    std::vector<bool> quoted;
    bool has_wildcards;
    const char* literal;
  };
  const Case cases[] = {
      {"abc", {}, false, "abc"}, {"a\\*", {}, false, "a*"},   {"a*", {false, true}, false, "a*"},
      {"[a", {}, false, "[a"},   {"[]", {}, false, "[]"},     {"", {}, false, ""},
      {"a\\", {}, false, "a\\"}, {"a*", {}, true, ""},        {"[a]", {}, true, ""},
      {"a?", {}, true, ""},      {"\\[a]", {}, false, "[a]"},
  };
  for (const Case& c : cases) {
    Pattern p = Pattern::Compile(c.pattern, c.quoted);
    EXPECT_EQ(p.has_wildcards(), c.has_wildcards) << c.pattern;
    EXPECT_EQ(p.literal(), c.literal) << c.pattern;
  }
}

TEST(PatternLiteral, DefaultConstructedIsTheEmptyPattern) {
  Pattern p;
  EXPECT_TRUE(p.Matches(""));
  EXPECT_FALSE(p.Matches("a"));
  EXPECT_EQ(p.MatchPrefix("abc", true), 0u);
  EXPECT_EQ(p.MatchSuffix("abc", true), 3u);
}

TEST(PatternFileName, LeadingDotNeedsALiteralDot) {
  EXPECT_FALSE(Pattern::Compile("*").MatchesFileName(".profile"));
  EXPECT_TRUE(Pattern::Compile("*").MatchesFileName("profile"));
  EXPECT_TRUE(Pattern::Compile(".*").MatchesFileName(".profile"));
  EXPECT_FALSE(Pattern::Compile("?profile").MatchesFileName(".profile"));
  EXPECT_FALSE(Pattern::Compile("[.]profile").MatchesFileName(".profile"));
  EXPECT_FALSE(Pattern::Compile("[!a]profile").MatchesFileName(".profile"));
  EXPECT_TRUE(Pattern::Compile("\\.pro*").MatchesFileName(".profile"));
  EXPECT_TRUE(Pattern::Compile(".*", {true, false}).MatchesFileName(".profile"));
  EXPECT_TRUE(Pattern::Compile("x*").MatchesFileName("x.y"));
  EXPECT_TRUE(Pattern::Compile("*.y").MatchesFileName("x.y"));
  // Matches() has no such rule.
  EXPECT_TRUE(Pattern::Compile("*").Matches(".profile"));
}

TEST(PatternFileName, SlashIsOnlyMatchedLiterally) {
  EXPECT_FALSE(Pattern::Compile("*").MatchesFileName("a/b"));
  EXPECT_FALSE(Pattern::Compile("a*b").MatchesFileName("a/b"));
  EXPECT_FALSE(Pattern::Compile("a?b").MatchesFileName("a/b"));
  EXPECT_FALSE(Pattern::Compile("a[/]b").MatchesFileName("a/b"));
  EXPECT_FALSE(Pattern::Compile("a[!x]b").MatchesFileName("a/b"));
  EXPECT_FALSE(Pattern::Compile("*b*").MatchesFileName("a/b"));
  EXPECT_TRUE(Pattern::Compile("*/*").MatchesFileName("a/b"));
  EXPECT_TRUE(Pattern::Compile("a/b").MatchesFileName("a/b"));
  EXPECT_TRUE(Pattern::Compile("*/b*").MatchesFileName("a/bc"));
  EXPECT_FALSE(Pattern::Compile("*/b*").MatchesFileName("a/bc/d"));
  EXPECT_TRUE(Pattern::Compile("a*b").Matches("a/b"));
}

TEST(PatternCompile, QuotedFlagsShorterThanTheTextLeaveTheRestUnquoted) {
  Pattern p = Pattern::Compile("**", {true});
  EXPECT_TRUE(p.Matches("*"));
  EXPECT_TRUE(p.Matches("*abc"));
  EXPECT_FALSE(p.Matches("abc"));
}

TEST(PatternCompile, ManyStarsStayFast) {
  // Exponential backtracking would never finish this.
  std::string pattern;
  for (int i = 0; i < 30; ++i) pattern += "*a";
  pattern += "*b";
  std::string subject(5000, 'a');
  Pattern p = Pattern::Compile(pattern);
  EXPECT_FALSE(p.Matches(subject));
  EXPECT_EQ(p.MatchPrefix(subject, true), npos);
  EXPECT_EQ(p.MatchSuffix(subject, false), npos);
  EXPECT_TRUE(p.Matches(subject + "b"));
}

// ---------------------------------------------------------------------------
// Random patterns against a brute-force matcher written independently of the
// token program.

struct RefToken {
  enum Kind { kChar, kAny, kStar, kSet } kind;
  std::function<bool(char)> set;  // kSet; kChar uses `c`
  char c = 0;
};

// Can tokens[t..] match subject[i..]? Exhaustive recursion with a memo.
bool RefMatch(const std::vector<RefToken>& tokens, std::string_view subject, bool file_name) {
  if (file_name && !subject.empty() && subject[0] == '.' &&
      (tokens.empty() || tokens[0].kind != RefToken::kChar)) {
    return false;
  }
  std::vector<std::vector<signed char>> memo(tokens.size() + 1,
                                             std::vector<signed char>(subject.size() + 1, -1));
  std::function<bool(size_t, size_t)> go = [&](size_t t, size_t i) -> bool {
    signed char& m = memo[t][i];
    if (m >= 0) return m;
    bool r = false;
    if (t == tokens.size()) {
      r = i == subject.size();
    } else {
      const RefToken& tok = tokens[t];
      bool slash = i < subject.size() && subject[i] == '/';
      switch (tok.kind) {
        case RefToken::kChar:
          r = i < subject.size() && subject[i] == tok.c && go(t + 1, i + 1);
          break;
        case RefToken::kAny:
          r = i < subject.size() && !(file_name && slash) && go(t + 1, i + 1);
          break;
        case RefToken::kSet:
          r = i < subject.size() && !(file_name && slash) && tok.set(subject[i]) &&
              go(t + 1, i + 1);
          break;
        case RefToken::kStar:
          r = go(t + 1, i) || (i < subject.size() && !(file_name && slash) && go(t, i + 1));
          break;
      }
    }
    m = r;
    return r;
  };
  return go(0, 0);
}

TEST(PatternRandom, AgreesWithBruteForce) {
  std::mt19937 rng(20240601);
  const std::string alphabet = "ab./";
  struct Piece {
    const char* text;
    RefToken token;
  };
  const Piece pieces[] = {
      {"a", {RefToken::kChar, nullptr, 'a'}},
      {"b", {RefToken::kChar, nullptr, 'b'}},
      {".", {RefToken::kChar, nullptr, '.'}},
      {"/", {RefToken::kChar, nullptr, '/'}},
      {"*", {RefToken::kStar, nullptr}},
      {"*", {RefToken::kStar, nullptr}},
      {"?", {RefToken::kAny, nullptr}},
      {"[ab]", {RefToken::kSet, [](char c) { return c == 'a' || c == 'b'; }}},
      {"[!a]", {RefToken::kSet, [](char c) { return c != 'a'; }}},
      {"\\?", {RefToken::kChar, nullptr, '?'}},
  };
  const std::string extra_subject_bytes = "?";
  for (int iteration = 0; iteration < 20000; ++iteration) {
    std::string text;
    std::vector<RefToken> tokens;
    int length = static_cast<int>(rng() % 7);
    for (int k = 0; k < length; ++k) {
      const Piece& piece = pieces[rng() % std::size(pieces)];
      text += piece.text;
      tokens.push_back(piece.token);
    }
    std::string subject;
    int subject_length = static_cast<int>(rng() % 9);
    for (int k = 0; k < subject_length; ++k) {
      subject += rng() % 16 == 0 ? '?' : alphabet[rng() % alphabet.size()];
    }
    Pattern p = Pattern::Compile(text);
    SCOPED_TRACE("pattern '" + text + "' subject '" + subject + "'");
    ASSERT_EQ(p.Matches(subject), RefMatch(tokens, subject, false));
    ASSERT_EQ(p.MatchesFileName(subject), RefMatch(tokens, subject, true));
    std::vector<size_t> prefixes, suffixes;
    for (size_t k = 0; k <= subject.size(); ++k) {
      if (RefMatch(tokens, std::string_view(subject).substr(0, k), false)) prefixes.push_back(k);
      if (RefMatch(tokens, std::string_view(subject).substr(k), false)) suffixes.push_back(k);
    }
    ASSERT_EQ(p.MatchPrefix(subject, false), prefixes.empty() ? npos : prefixes.front());
    ASSERT_EQ(p.MatchPrefix(subject, true), prefixes.empty() ? npos : prefixes.back());
    ASSERT_EQ(p.MatchSuffix(subject, false), suffixes.empty() ? npos : suffixes.back());
    ASSERT_EQ(p.MatchSuffix(subject, true), suffixes.empty() ? npos : suffixes.front());
  }
}

// ---------------------------------------------------------------------------
// The same tables through dash: one script per table, one line per case.

std::optional<std::string> FindDash() {
  for (const char* path : {"/bin/dash", "/usr/bin/dash", "/usr/local/bin/dash"}) {
    if (access(path, X_OK) == 0) return std::string(path);
  }
  return std::nullopt;
}

// Runs `script` with dash; nullopt when dash is not installed.
std::optional<std::string> RunDash(const std::string& script) {
  std::optional<std::string> dash = FindDash();
  if (!dash) return std::nullopt;
  char path[] = "/tmp/rcsh-pattern-test-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return std::nullopt;
  FILE* file = fdopen(fd, "w");
  fwrite(script.data(), 1, script.size(), file);
  fclose(file);
  FILE* pipe = popen((*dash + " " + path).c_str(), "r");
  std::string output;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
  pclose(pipe);
  unlink(path);
  return output;
}

std::string SingleQuoted(std::string_view s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Writes pattern text + quote mask as shell source with the same meaning:
// quoted bytes backslash-escaped, unquoted escapes kept, and unquoted bytes
// that are special to the shell grammar (but not to patterns) escaped.
std::string ShellPattern(std::string_view text, std::string_view mask = "") {
  if (text.empty()) return "''";
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    bool quoted = i < mask.size() && mask[i] == 'q';
    char c = text[i];
    if (quoted) {
      out += '\\';
      out += c;
    } else if (c == '\\') {
      out += '\\';
      out += i + 1 < text.size() ? text[++i] : '\\';
    } else if (std::string_view("|&;<>()$`\"' \t\n{}#~").find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

TEST(PatternVersusDash, MatchTableAgrees) {
  std::string script, expected;
  for (const MatchCase& c : kMatchCases) {
    if (!c.dash_agrees) continue;
    script += "case " + SingleQuoted(c.subject) + " in " + ShellPattern(c.pattern) +
              ") echo y;; *) echo n;; esac\n";
    expected += c.matches ? "y\n" : "n\n";
  }
  for (const QuotedCase& c : kQuotedCases) {
    script += "case " + SingleQuoted(c.subject) + " in " + ShellPattern(c.pattern, c.mask) +
              ") echo y;; *) echo n;; esac\n";
    expected += c.matches ? "y\n" : "n\n";
  }
  std::optional<std::string> output = RunDash(script);
  if (!output) GTEST_SKIP() << "dash is not installed";
  std::istringstream got(*output), want(expected), lines(script);
  std::string got_line, want_line, script_line;
  while (std::getline(want, want_line)) {
    std::getline(lines, script_line);
    ASSERT_TRUE(std::getline(got, got_line)) << "dash stopped before: " << script_line;
    EXPECT_EQ(got_line, want_line) << script_line;
  }
}

TEST(PatternVersusDash, RemovalTableAgrees) {
  std::string script, expected;
  for (const RemovalCase& c : kRemovalCases) {
    script += "x=" + SingleQuoted(c.subject) + "; y=${x" + c.op + ShellPattern(c.pattern) +
              "}; printf '%s|\\n' \"$y\"\n";
    expected += std::string(c.result) + "|\n";
  }
  std::optional<std::string> output = RunDash(script);
  if (!output) GTEST_SKIP() << "dash is not installed";
  std::istringstream got(*output), want(expected), lines(script);
  std::string got_line, want_line, script_line;
  while (std::getline(want, want_line)) {
    std::getline(lines, script_line);
    ASSERT_TRUE(std::getline(got, got_line)) << "dash stopped before: " << script_line;
    EXPECT_EQ(got_line, want_line) << script_line;
  }
}

}  // namespace
}  // namespace rcsh::testing
