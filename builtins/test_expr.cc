// test as FreeBSD's /bin/sh runs it (bin/test built with -DSHELL). Up to four
// arguments go by the POSIX rules by count; anything those leave unspecified,
// and every longer expression, goes through FreeBSD's recursive-descent
// grammar with its lookahead rules for words that look like operators, so
// that odd cases fail or succeed as they do there.
#include "builtins/test_expr.h"

#include <unistd.h>

#include <cstdint>
#include <optional>

namespace rcsh {
namespace {

enum class Op {
  kEnd,      // past the last argument
  kOperand,  // a word that is not an operator here
  // Unary primaries.
  kReadable,
  kWritable,
  kExecutable,
  kExists,
  kRegular,
  kDirectory,
  kCharDevice,
  kBlockDevice,
  kFifo,
  kSocket,
  kSymlink,
  kNonEmptyFile,
  kTerminal,
  kSetUid,
  kSetGid,
  kSticky,
  kEmptyString,
  kNonEmptyString,
  kOwnedByUser,
  kOwnedByGroup,
  // Binary primaries.
  kNewer,
  kOlder,
  kSameFile,
  kStringEqual,
  kStringNotEqual,
  kStringLess,
  kStringGreater,
  kIntEqual,
  kIntNotEqual,
  kIntGreaterEqual,
  kIntGreater,
  kIntLessEqual,
  kIntLess,
  // Structure.
  kNot,
  kAnd,
  kOr,
  kLeftParen,
  kRightParen,
};

enum class OpKind { kUnary, kBinary, kNot, kLogical, kParen };

struct OpEntry {
  std::string_view text;
  Op op;
  OpKind kind;
};

// Every operator, once. -h is the old spelling of -L; == is FreeBSD's (dash
// lacks it); < and > compare bytes.
constexpr OpEntry kOps[] = {
    {"-r", Op::kReadable, OpKind::kUnary},
    {"-w", Op::kWritable, OpKind::kUnary},
    {"-x", Op::kExecutable, OpKind::kUnary},
    {"-e", Op::kExists, OpKind::kUnary},
    {"-f", Op::kRegular, OpKind::kUnary},
    {"-d", Op::kDirectory, OpKind::kUnary},
    {"-c", Op::kCharDevice, OpKind::kUnary},
    {"-b", Op::kBlockDevice, OpKind::kUnary},
    {"-p", Op::kFifo, OpKind::kUnary},
    {"-S", Op::kSocket, OpKind::kUnary},
    {"-h", Op::kSymlink, OpKind::kUnary},
    {"-L", Op::kSymlink, OpKind::kUnary},
    {"-s", Op::kNonEmptyFile, OpKind::kUnary},
    {"-t", Op::kTerminal, OpKind::kUnary},
    {"-u", Op::kSetUid, OpKind::kUnary},
    {"-g", Op::kSetGid, OpKind::kUnary},
    {"-k", Op::kSticky, OpKind::kUnary},
    {"-z", Op::kEmptyString, OpKind::kUnary},
    {"-n", Op::kNonEmptyString, OpKind::kUnary},
    {"-O", Op::kOwnedByUser, OpKind::kUnary},
    {"-G", Op::kOwnedByGroup, OpKind::kUnary},
    {"-nt", Op::kNewer, OpKind::kBinary},
    {"-ot", Op::kOlder, OpKind::kBinary},
    {"-ef", Op::kSameFile, OpKind::kBinary},
    {"=", Op::kStringEqual, OpKind::kBinary},
    {"==", Op::kStringEqual, OpKind::kBinary},
    {"!=", Op::kStringNotEqual, OpKind::kBinary},
    {"<", Op::kStringLess, OpKind::kBinary},
    {">", Op::kStringGreater, OpKind::kBinary},
    {"-eq", Op::kIntEqual, OpKind::kBinary},
    {"-ne", Op::kIntNotEqual, OpKind::kBinary},
    {"-ge", Op::kIntGreaterEqual, OpKind::kBinary},
    {"-gt", Op::kIntGreater, OpKind::kBinary},
    {"-le", Op::kIntLessEqual, OpKind::kBinary},
    {"-lt", Op::kIntLess, OpKind::kBinary},
    {"!", Op::kNot, OpKind::kNot},
    {"-a", Op::kAnd, OpKind::kLogical},
    {"-o", Op::kOr, OpKind::kLogical},
    {"(", Op::kLeftParen, OpKind::kParen},
    {")", Op::kRightParen, OpKind::kParen},
};

const OpEntry* FindOp(std::string_view word) {
  for (const OpEntry& entry : kOps) {
    if (entry.text == word) return &entry;
  }
  return nullptr;
}

bool IsUnaryOp(Op op) {
  return op >= Op::kReadable && op <= Op::kOwnedByGroup;
}

bool IsBinaryOp(std::string_view word) {
  const OpEntry* entry = FindOp(word);
  return entry != nullptr && entry->kind == OpKind::kBinary;
}

// isspace() in the C locale.
bool IsCSpace(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

enum class NumberError { kNone, kBad, kRange };

// FreeBSD's check of an integer operand: strtoimax in base 10 (so leading
// blanks and a sign are allowed, "010" is ten and "0x1" is bad), then only
// blanks. A range error is reported even when junk follows the digits.
NumberError ParseNumber(std::string_view s, intmax_t* value) {
  size_t i = 0;
  while (i < s.size() && IsCSpace(s[i])) ++i;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    negative = s[i] == '-';
    ++i;
  }
  size_t digits_start = i;
  uintmax_t magnitude = 0;
  bool overflow = false;
  // The most a magnitude may be: INTMAX_MAX, or one more for a negative.
  const uintmax_t limit = static_cast<uintmax_t>(INTMAX_MAX) + (negative ? 1 : 0);
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    unsigned digit = static_cast<unsigned>(s[i] - '0');
    if (overflow || magnitude > (limit - digit) / 10) {
      overflow = true;
    } else {
      magnitude = magnitude * 10 + digit;
    }
  }
  if (i == digits_start) return NumberError::kBad;
  if (overflow) return NumberError::kRange;
  while (i < s.size() && IsCSpace(s[i])) ++i;
  if (i != s.size()) return NumberError::kBad;
  *value = !negative            ? static_cast<intmax_t>(magnitude)
           : magnitude == limit ? INTMAX_MIN
                                : -static_cast<intmax_t>(magnitude);
  return NumberError::kNone;
}

bool NewerThan(const struct stat& a, const struct stat& b) {
  if (a.st_mtim.tv_sec != b.st_mtim.tv_sec) return a.st_mtim.tv_sec > b.st_mtim.tv_sec;
  return a.st_mtim.tv_nsec > b.st_mtim.tv_nsec;
}

// Deeper nesting of parentheses is refused rather than risk the stack of a
// pipeline thread.
constexpr int kMaxParenDepth = 1000;

class TestRun {
 public:
  TestRun(const std::vector<std::string>& args, const FileTester& files)
      : args_(args), files_(files) {}

  // The truth of the whole expression; error() is set on a syntax or number
  // error. `by_count` enables the POSIX rules for up to four arguments.
  bool Evaluate(bool by_count);
  const std::optional<std::string>& error() const { return error_; }

 private:
  // POSIX by argument count.
  std::optional<bool> ByCount(size_t first, size_t count);

  // FreeBSD's grammar:
  //   or   := and [-o or]      and := not [-a and]      not := ! not | primary
  //   primary := ( or ) | unary-op word | word binary-op word | word
  // evaluated as it is parsed, so the first error met is the one reported.
  // Both sides of -a and -o are always evaluated.
  bool OrExpr(Op token);
  bool AndExpr(Op token);
  bool NotExpr(Op token);
  bool Primary(Op token);
  bool BinaryAtCursor();

  // The word at the cursor as FreeBSD's lexer classifies it.
  Op Current() const;
  Op Advance() {
    if (pos_ < args_.size()) ++pos_;
    return Current();
  }
  // Undoes a lookahead. Also runs after an Advance that could not move (at
  // the end), stepping back onto the last word; FreeBSD does the same, and
  // its "unexpected operator" check depends on it.
  void Retreat() { --pos_; }
  size_t Remaining() const { return args_.size() - pos_; }
  bool UnaryLooksLikeOperand() const;
  bool LeftParenLooksLikeOperand() const;
  bool RightParenLooksLikeOperand() const;

  bool Unary(Op op, const std::string& operand);
  bool FileTest(Op op, const std::string& path);
  bool Binary(Op op, const std::string& left, const std::string& right);
  bool Number(const std::string& word, intmax_t* value);

  // FreeBSD's syntax(): "word: message", or the message alone for an empty word.
  void SyntaxError(std::string_view word, std::string_view message) {
    Fail(word.empty() ? std::string(message) : std::string(word) + ": " + std::string(message));
  }
  // The first error wins: FreeBSD stops at it, and nothing evaluated after
  // it here has any effect but a later error.
  void Fail(std::string message) {
    if (!error_) error_ = std::move(message);
  }

  const std::vector<std::string>& args_;
  const FileTester& files_;
  size_t pos_ = 0;       // the cursor: index of the current word (args_.size() past the end)
  int paren_level_ = 0;  // open parentheses; feeds the lexer's lookahead rules
  std::optional<std::string> error_;
};

bool TestRun::Evaluate(bool by_count) {
  if (args_.empty()) return false;
  if (by_count && args_.size() <= 4) {
    if (std::optional<bool> result = ByCount(0, args_.size())) return *result;
  }
  bool result;
  if (args_.size() == 4 && args_[0] == "!") {
    // FreeBSD negates the other three as a whole: "! '' -o x" cannot be
    // read by the grammar, where ! binds to '' alone.
    pos_ = 1;
    result = !OrExpr(Current());
  } else {
    result = OrExpr(Current());
  }
  if (!error_ && Remaining() > 1) SyntaxError(args_[pos_], "unexpected operator");
  return result;
}

// XCU test, by number of arguments: 1, a non-empty string; 2, ! and one
// argument, or a unary primary; 3, a binary primary, or ! and two
// arguments, or ( one argument ); 4, ! and three, or ( two ). nullopt where
// POSIX leaves the outcome unspecified; nothing is evaluated before that is
// known. FreeBSD's grammar gives the same answers (its lookahead rules exist
// for this); the tests check that over every short sequence of a set of
// tricky words.
std::optional<bool> TestRun::ByCount(size_t first, size_t count) {
  auto word = [&](size_t i) -> const std::string& { return args_[first + i]; };
  auto negate = [](std::optional<bool> value) {
    return value ? std::optional<bool>(!*value) : std::nullopt;
  };
  switch (count) {
    case 1: return !word(0).empty();
    case 2: {
      if (word(0) == "!") return word(1).empty();
      const OpEntry* op = FindOp(word(0));
      if (op && op->kind == OpKind::kUnary) return Unary(op->op, word(1));
      return std::nullopt;
    }
    case 3: {
      // -a and -o are binary primaries too, but FreeBSD (and dash) leave
      // "X -a Y" to the grammar: that agrees with POSIX unless X is !, ( or
      // a unary operator, where they fail ("-n -a x": "-a: unexpected
      // operator") instead of answering.
      if (const OpEntry* op = FindOp(word(1)); op && op->kind == OpKind::kBinary) {
        return Binary(op->op, word(0), word(2));
      }
      if (word(0) == "!") return negate(ByCount(first + 1, 2));
      if (word(0) == "(" && word(2) == ")") return ByCount(first + 1, 1);
      return std::nullopt;
    }
    case 4:
      if (word(0) == "!") return negate(ByCount(first + 1, 3));
      if (word(0) == "(" && word(3) == ")") return ByCount(first + 1, 2);
      return std::nullopt;
    default: return std::nullopt;
  }
}

// FreeBSD's lexer treats an operator-looking word as a plain operand when
// the words after it say it must be one: "-f" alone, "!" before "=", "("
// before a binary operator and one more word, and so on.
Op TestRun::Current() const {
  if (pos_ >= args_.size()) return Op::kEnd;
  const OpEntry* entry = FindOp(args_[pos_]);
  if (entry == nullptr) return Op::kOperand;
  switch (entry->kind) {
    case OpKind::kUnary:
    case OpKind::kNot: return UnaryLooksLikeOperand() ? Op::kOperand : entry->op;
    case OpKind::kParen:
      if (entry->op == Op::kLeftParen) {
        return LeftParenLooksLikeOperand() ? Op::kOperand : entry->op;
      }
      return RightParenLooksLikeOperand() ? Op::kOperand : entry->op;
    case OpKind::kBinary:
    case OpKind::kLogical: return entry->op;
  }
  return entry->op;
}

bool TestRun::UnaryLooksLikeOperand() const {
  if (Remaining() == 1) return true;
  const std::string& next = args_[pos_ + 1];
  if (Remaining() == 2) return paren_level_ == 1 && next == ")";
  return IsBinaryOp(next) && (paren_level_ == 0 || args_[pos_ + 2] != ")");
}

bool TestRun::LeftParenLooksLikeOperand() const {
  if (Remaining() == 1) return true;
  const std::string& next = args_[pos_ + 1];
  if (Remaining() == 2) return paren_level_ == 1 && next == ")";
  return Remaining() == 3 && IsBinaryOp(next);
}

bool TestRun::RightParenLooksLikeOperand() const {
  return Remaining() == 2 && paren_level_ == 1 && args_[pos_ + 1] == ")";
}

// FreeBSD recurses to the right for -o, -a and !; loops do the same
// evaluations in the same order without a stack frame per operator.
bool TestRun::OrExpr(Op token) {
  bool result = AndExpr(token);
  while (Advance() == Op::kOr) {
    bool right = AndExpr(Advance());
    result = result || right;
  }
  Retreat();
  return result;
}

bool TestRun::AndExpr(Op token) {
  bool result = NotExpr(token);
  while (Advance() == Op::kAnd) {
    bool right = NotExpr(Advance());
    result = result && right;
  }
  Retreat();
  return result;
}

bool TestRun::NotExpr(Op token) {
  bool negate = false;
  for (; token == Op::kNot; token = Advance()) negate = !negate;
  return Primary(token) != negate;
}

bool TestRun::Primary(Op token) {
  if (token == Op::kEnd) return false;  // a missing expression is false, not an error
  if (token == Op::kLeftParen) {
    // Each level costs a few stack frames; FreeBSD would simply overflow.
    if (paren_level_ >= kMaxParenDepth) {
      SyntaxError("", "expression too deeply nested");
      return false;
    }
    ++paren_level_;
    Op next = Advance();
    if (next == Op::kRightParen) {  // "( )"
      --paren_level_;
      return false;
    }
    bool result = OrExpr(next);
    if (Advance() != Op::kRightParen) SyntaxError("", "closing paren expected");
    --paren_level_;
    return result;
  }
  if (IsUnaryOp(token)) {
    if (Remaining() < 2) {  // cannot happen: the lexer makes a last "-f" an operand
      SyntaxError("", "argument expected");
      return false;
    }
    ++pos_;
    return Unary(token, args_[pos_]);
  }
  if (Remaining() > 1 && IsBinaryOp(args_[pos_ + 1])) return BinaryAtCursor();
  return !args_[pos_].empty();
}

// The cursor is on the left operand and the next word is a binary operator.
bool TestRun::BinaryAtCursor() {
  const std::string& left = args_[pos_];
  const std::string& op_word = args_[++pos_];
  if (++pos_ >= args_.size()) {
    SyntaxError(op_word, "argument expected");
    return false;
  }
  return Binary(FindOp(op_word)->op, left, args_[pos_]);
}

bool TestRun::Number(const std::string& word, intmax_t* value) {
  switch (ParseNumber(word, value)) {
    case NumberError::kNone: return true;
    // Unlike syntax errors, these name the word even when it is empty
    // ("test: : bad number").
    case NumberError::kBad: Fail(word + ": bad number"); return false;
    case NumberError::kRange: Fail(word + ": out of range"); return false;
  }
  return false;
}

bool TestRun::Unary(Op op, const std::string& operand) {
  switch (op) {
    case Op::kEmptyString: return operand.empty();
    case Op::kNonEmptyString: return !operand.empty();
    case Op::kTerminal: {
      intmax_t fd;
      // FreeBSD narrows the long to int without a range check.
      return Number(operand, &fd) && files_.IsTerminal(static_cast<int>(fd));
    }
    default: return FileTest(op, operand);
  }
}

bool TestRun::FileTest(Op op, const std::string& path) {
  struct stat st;
  if (!files_.Stat(path, op != Op::kSymlink, &st)) return false;
  switch (op) {
    case Op::kReadable: return files_.Access(path, R_OK);
    case Op::kWritable: return files_.Access(path, W_OK);
    case Op::kExecutable:
      // For root, access(2) approves X_OK on any file; FreeBSD's test also
      // wants an execute bit unless the file is a directory.
      if (!files_.Access(path, X_OK)) return false;
      return S_ISDIR(st.st_mode) || files_.EffectiveUserId() != 0 ||
             (st.st_mode & (S_IXUSR | S_IXGRP | S_IXOTH)) != 0;
    case Op::kExists: return true;
    case Op::kRegular: return S_ISREG(st.st_mode);
    case Op::kDirectory: return S_ISDIR(st.st_mode);
    case Op::kCharDevice: return S_ISCHR(st.st_mode);
    case Op::kBlockDevice: return S_ISBLK(st.st_mode);
    case Op::kFifo: return S_ISFIFO(st.st_mode);
    case Op::kSocket: return S_ISSOCK(st.st_mode);
    case Op::kSymlink: return S_ISLNK(st.st_mode);
    case Op::kSetUid: return (st.st_mode & S_ISUID) != 0;
    case Op::kSetGid: return (st.st_mode & S_ISGID) != 0;
    case Op::kSticky: return (st.st_mode & S_ISVTX) != 0;
    case Op::kNonEmptyFile: return st.st_size > 0;
    case Op::kOwnedByUser: return st.st_uid == files_.EffectiveUserId();
    case Op::kOwnedByGroup: return st.st_gid == files_.EffectiveGroupId();
    default: return false;
  }
}

bool TestRun::Binary(Op op, const std::string& left, const std::string& right) {
  intmax_t a = 0;
  intmax_t b = 0;
  auto numbers = [&] { return Number(left, &a) && Number(right, &b); };
  struct stat left_stat;
  struct stat right_stat;
  auto both_exist = [&] {
    return files_.Stat(left, true, &left_stat) && files_.Stat(right, true, &right_stat);
  };
  switch (op) {
    // std::string compares bytes as unsigned char, like strcmp.
    case Op::kStringEqual: return left == right;
    case Op::kStringNotEqual: return left != right;
    case Op::kStringLess: return left < right;
    case Op::kStringGreater: return left > right;
    case Op::kIntEqual: return numbers() && a == b;
    case Op::kIntNotEqual: return numbers() && a != b;
    case Op::kIntGreaterEqual: return numbers() && a >= b;
    case Op::kIntGreater: return numbers() && a > b;
    case Op::kIntLessEqual: return numbers() && a <= b;
    case Op::kIntLess: return numbers() && a < b;
    // A missing file is neither newer nor older than anything (bash
    // differs: an existing file is newer than a missing one).
    case Op::kNewer: return both_exist() && NewerThan(left_stat, right_stat);
    case Op::kOlder: return both_exist() && NewerThan(right_stat, left_stat);
    case Op::kSameFile:
      return both_exist() && left_stat.st_dev == right_stat.st_dev &&
             left_stat.st_ino == right_stat.st_ino;
    default: return false;
  }
}

TestResult Run(const std::vector<std::string>& args, const FileTester& files,
               std::string_view command_name, bool by_count) {
  TestRun run(args, files);
  bool result = run.Evaluate(by_count);
  if (run.error()) return {2, std::string(command_name) + ": " + *run.error()};
  return {result ? 0 : 1, ""};
}

}  // namespace

TestResult EvaluateTest(const std::vector<std::string>& args, const FileTester& files,
                        std::string_view command_name) {
  return Run(args, files, command_name, true);
}

namespace test_internal {

TestResult EvaluateTestByGrammar(const std::vector<std::string>& args, const FileTester& files) {
  return Run(args, files, "test", false);
}

}  // namespace test_internal
}  // namespace rcsh
