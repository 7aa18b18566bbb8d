#include "shell/arith_parser.h"

#include <cctype>
#include <string>
#include <vector>

#include "shell/lexer.h"
#include "shell/syntax_error.h"

namespace rcsh {
namespace {

// The expression as a sequence of text runs and expansion atoms.
struct Segment {
  std::string_view text;  // empty for an atom
  SourceRange range;
  bool exact = false;      // text maps byte-for-byte onto range
  WordPart* atom = nullptr;
};

enum class Tok { kNumber, kName, kOp, kAtom, kEnd };

struct Token {
  Tok kind = Tok::kEnd;
  std::string text;
  WordPart* atom = nullptr;
  SourceRange range;
};

bool IsNameChar(int c) { return c == '_' || std::isalnum(c); }

// Operators, longest first so that "<<=" wins over "<<" and "<".
constexpr const char* kOperators[] = {
    "<<=", ">>=", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "*=", "/=", "%=", "+=",
    "-=", "&=", "^=", "|=", "+", "-", "*", "/", "%", "<", ">", "&", "^", "|", "!", "~",
    "?", ":", "=", "(", ")"};

class Tokenizer {
 public:
  Tokenizer(std::vector<Segment> segments, SourceRange whole)
      : segments_(std::move(segments)), whole_(whole) {}

  Token Next() {
    for (;;) {
      if (segment_ >= segments_.size()) return Token{Tok::kEnd, "", nullptr, EndRange()};
      const Segment& s = segments_[segment_];
      if (s.atom) {
        ++segment_;
        offset_ = 0;
        return Token{Tok::kAtom, "", s.atom, s.atom->range};
      }
      while (offset_ < s.text.size() && std::isspace(static_cast<unsigned char>(s.text[offset_]))) ++offset_;
      if (offset_ >= s.text.size()) {
        ++segment_;
        offset_ = 0;
        continue;
      }
      size_t begin = offset_;
      unsigned char c = static_cast<unsigned char>(s.text[offset_]);
      Token token;
      if (std::isdigit(c)) {
        while (offset_ < s.text.size() && IsNameChar(static_cast<unsigned char>(s.text[offset_]))) ++offset_;
        token.kind = Tok::kNumber;
      } else if (IsNameChar(c)) {
        while (offset_ < s.text.size() && IsNameChar(static_cast<unsigned char>(s.text[offset_]))) ++offset_;
        token.kind = Tok::kName;
      } else {
        token.kind = Tok::kOp;
        for (const char* op : kOperators) {
          if (s.text.substr(offset_).starts_with(op)) {
            offset_ += std::char_traits<char>::length(op);
            break;
          }
        }
        if (offset_ == begin) {
          token.range = RangeOf(s, begin, begin + 1);
          ThrowSyntaxError(DiagId::BadArithmetic, token.range,
                           {"unexpected character '" + std::string(1, static_cast<char>(c)) + "'"});
        }
      }
      token.text = std::string(s.text.substr(begin, offset_ - begin));
      token.range = RangeOf(s, begin, offset_);
      return token;
    }
  }

 private:
  SourceRange RangeOf(const Segment& s, size_t begin, size_t end) const {
    if (!s.exact) return s.range;
    return {s.range.buffer, s.range.begin + static_cast<uint32_t>(begin),
            s.range.begin + static_cast<uint32_t>(end)};
  }
  SourceRange EndRange() const { return {whole_.buffer, whole_.end, whole_.end}; }

  std::vector<Segment> segments_;
  SourceRange whole_;
  size_t segment_ = 0;
  size_t offset_ = 0;
};

int Precedence(const std::string& op) {
  if (op == "||") return 1;
  if (op == "&&") return 2;
  if (op == "|") return 3;
  if (op == "^") return 4;
  if (op == "&") return 5;
  if (op == "==" || op == "!=") return 6;
  if (op == "<" || op == "<=" || op == ">" || op == ">=") return 7;
  if (op == "<<" || op == ">>") return 8;
  if (op == "+" || op == "-") return 9;
  if (op == "*" || op == "/" || op == "%") return 10;
  return 0;
}

ArithOp BinaryOp(const std::string& op) {
  static const struct {
    const char* text;
    ArithOp op;
  } kTable[] = {{"+", ArithOp::kAdd},     {"-", ArithOp::kSub},     {"*", ArithOp::kMul},
                {"/", ArithOp::kDiv},     {"%", ArithOp::kMod},     {"<<", ArithOp::kShl},
                {">>", ArithOp::kShr},    {"<", ArithOp::kLt},      {"<=", ArithOp::kLe},
                {">", ArithOp::kGt},      {">=", ArithOp::kGe},     {"==", ArithOp::kEq},
                {"!=", ArithOp::kNe},     {"&", ArithOp::kBitAnd},  {"^", ArithOp::kBitXor},
                {"|", ArithOp::kBitOr},   {"&&", ArithOp::kLogAnd}, {"||", ArithOp::kLogOr}};
  for (const auto& entry : kTable) {
    if (op == entry.text) return entry.op;
  }
  return ArithOp::kAdd;
}

bool IsAssignmentOp(const std::string& op) {
  return op == "=" || op == "*=" || op == "/=" || op == "%=" || op == "+=" || op == "-=" ||
         op == "<<=" || op == ">>=" || op == "&=" || op == "^=" || op == "|=";
}

class ArithParser {
 public:
  ArithParser(Tokenizer tokenizer, AstArena& arena) : tokens_(std::move(tokenizer)), arena_(arena) {
    Advance();
  }

  ArithNode* ParseAll() {
    if (current_.kind == Tok::kEnd) {
      auto* zero = arena_.make<ArithNumber>();
      zero->range = current_.range;
      return zero;
    }
    ArithNode* expr = ParseAssignment();
    if (current_.kind != Tok::kEnd) Fail("unexpected '" + Describe() + "' after the expression");
    return expr;
  }

 private:
  void Advance() { current_ = tokens_.Next(); }
  std::string Describe() const {
    return current_.kind == Tok::kAtom ? "expansion" : current_.text;
  }
  [[noreturn]] void Fail(const std::string& message) {
    ThrowSyntaxError(DiagId::BadArithmetic, current_.range, {message});
  }
  bool AtOp(const char* op) const { return current_.kind == Tok::kOp && current_.text == op; }

  ArithNode* ParseAssignment() {
    ArithNode* lhs = ParseTernary();
    if (current_.kind == Tok::kOp && IsAssignmentOp(current_.text)) {
      if (lhs->kind != NodeKind::ArithVariable) Fail("assignment to something that is not a variable");
      std::string op = current_.text;
      Advance();
      auto* node = arena_.make<ArithAssign>();
      node->name = static_cast<ArithVariable*>(lhs)->name;
      node->op = op == "=" ? ArithOp::kAssign : BinaryOp(op.substr(0, op.size() - 1));
      node->value = ParseAssignment();
      node->range = Join(lhs->range, node->value->range);
      return node;
    }
    return lhs;
  }

  ArithNode* ParseTernary() {
    ArithNode* condition = ParseBinary(1);
    if (!AtOp("?")) return condition;
    Advance();
    auto* node = arena_.make<ArithTernary>();
    node->condition = condition;
    node->if_true = ParseAssignment();
    if (!AtOp(":")) Fail("expected ':' in '?:', found '" + Describe() + "'");
    Advance();
    node->if_false = ParseTernary();
    node->range = Join(condition->range, node->if_false->range);
    return node;
  }

  ArithNode* ParseBinary(int min_precedence) {
    ArithNode* lhs = ParseUnary();
    for (;;) {
      if (current_.kind != Tok::kOp) return lhs;
      int precedence = Precedence(current_.text);
      if (precedence == 0 || precedence < min_precedence) return lhs;
      std::string op = current_.text;
      Advance();
      ArithNode* rhs = ParseBinary(precedence + 1);
      auto* node = arena_.make<ArithBinary>();
      node->op = BinaryOp(op);
      node->lhs = lhs;
      node->rhs = rhs;
      node->range = Join(lhs->range, rhs->range);
      lhs = node;
    }
  }

  ArithNode* ParseUnary() {
    if (++depth_ > kMaxNestingDepth) Fail("expression nested too deeply");
    struct Leave {
      int& depth;
      ~Leave() { --depth; }
    } leave{depth_};
    if (current_.kind == Tok::kOp) {
      ArithOp op;
      if (current_.text == "-") op = ArithOp::kNeg;
      else if (current_.text == "+") op = ArithOp::kPlus;
      else if (current_.text == "~") op = ArithOp::kBitNot;
      else if (current_.text == "!") op = ArithOp::kLogNot;
      else return ParsePrimary();
      SourceRange begin = current_.range;
      Advance();
      auto* node = arena_.make<ArithUnary>();
      node->op = op;
      node->operand = ParseUnary();
      node->range = Join(begin, node->operand->range);
      return node;
    }
    return ParsePrimary();
  }

  ArithNode* ParsePrimary() {
    switch (current_.kind) {
      case Tok::kNumber: {
        auto* node = arena_.make<ArithNumber>();
        node->value = ParseNumber(current_.text);
        node->range = current_.range;
        Advance();
        return node;
      }
      case Tok::kName: {
        auto* node = arena_.make<ArithVariable>();
        node->name = current_.text;
        node->range = current_.range;
        Advance();
        return node;
      }
      case Tok::kAtom: {
        auto* node = arena_.make<ArithExpansion>();
        node->part = current_.atom;
        node->range = current_.range;
        Advance();
        return node;
      }
      case Tok::kOp:
        if (current_.text == "(") {
          SourceRange open = current_.range;
          Advance();
          ArithNode* inner = ParseAssignment();
          if (!AtOp(")")) Fail("expected ')' to close '(', found '" + Describe() + "'");
          inner->range = Join(open, current_.range);
          Advance();
          return inner;
        }
        Fail("expected an operand, found '" + current_.text + "'");
      case Tok::kEnd:
        Fail("expected an operand, found end of expression");
    }
    Fail("expected an operand");
  }

  int64_t ParseNumber(const std::string& text) {
    uint64_t value = 0;
    size_t i = 0;
    int base = 10;
    if (text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
      base = 16;
      i = 2;
      if (text.size() == 2) Fail("invalid number '" + text + "'");
    } else if (text.size() > 1 && text[0] == '0') {
      base = 8;
      i = 1;
    }
    for (; i < text.size(); ++i) {
      int c = static_cast<unsigned char>(text[i]);
      int digit = std::isdigit(c) ? c - '0' : (std::isalpha(c) ? std::tolower(c) - 'a' + 10 : 99);
      if (digit >= base) Fail("invalid number '" + text + "'");
      value = value * static_cast<uint64_t>(base) + static_cast<uint64_t>(digit);
    }
    return static_cast<int64_t>(value);
  }

  static SourceRange Join(SourceRange a, SourceRange b) {
    if (a.buffer != b.buffer || b.end < a.begin) return a;
    return {a.buffer, a.begin, b.end};
  }

  Tokenizer tokens_;
  AstArena& arena_;
  Token current_;
  int depth_ = 0;
};

}  // namespace

ArithParseResult ParseArithmeticWord(const Word& text, AstArena& arena, SourceRange whole) {
  ArithParseResult result;
  std::vector<Segment> segments;
  bool glued = false;
  for (size_t i = 0; i < text.parts.size(); ++i) {
    WordPart* part = text.parts[i];
    if (part->kind == NodeKind::Literal) {
      auto* literal = static_cast<LiteralPart*>(part);
      Segment s;
      s.text = literal->text;
      s.range = literal->range;
      s.exact = literal->range.size() == literal->text.size();
      segments.push_back(s);
      continue;
    }
    result.has_expansions = true;
    // An expansion glued to a name, a number or another expansion only makes
    // sense after textual substitution.
    auto glues = [](const WordPart* p, bool at_end) {
      if (p->kind != NodeKind::Literal) return true;
      const std::string& t = static_cast<const LiteralPart*>(p)->text;
      if (t.empty()) return false;
      return IsNameChar(static_cast<unsigned char>(at_end ? t.back() : t.front()));
    };
    if ((i > 0 && glues(text.parts[i - 1], true)) ||
        (i + 1 < text.parts.size() && glues(text.parts[i + 1], false))) {
      glued = true;
    }
    Segment s;
    s.atom = part;
    s.range = part->range;
    segments.push_back(s);
  }
  if (glued) return result;
  ArithParser parser(Tokenizer(std::move(segments), text.range.valid() ? text.range : whole), arena);
  result.expr = parser.ParseAll();
  return result;
}

ArithNode* ParseArithmeticString(std::string_view text, AstArena& arena, SourceRange where) {
  Segment s;
  s.text = text;
  s.range = where;
  s.exact = false;
  ArithParser parser(Tokenizer({s}, where), arena);
  return parser.ParseAll();
}

}  // namespace rcsh
