#include "shell/arith_eval.h"

#include <cctype>
#include <limits>

namespace rcsh {
namespace {

class Evaluator {
 public:
  explicit Evaluator(ArithVariables& variables) : variables_(variables) {}

  bool Eval(const ArithNode& node, int64_t* out) {
    switch (node.kind) {
      case NodeKind::ArithNumber:
        *out = static_cast<const ArithNumber&>(node).value;
        return true;
      case NodeKind::ArithVariable:
        return Load(static_cast<const ArithVariable&>(node).name, out);
      case NodeKind::ArithUnary: {
        const auto& unary = static_cast<const ArithUnary&>(node);
        int64_t v;
        if (!Eval(*unary.operand, &v)) return false;
        switch (unary.op) {
          case ArithOp::kNeg: *out = static_cast<int64_t>(0ull - static_cast<uint64_t>(v)); break;
          case ArithOp::kPlus: *out = v; break;
          case ArithOp::kBitNot: *out = ~v; break;
          default: *out = !v; break;
        }
        return true;
      }
      case NodeKind::ArithBinary:
        return Binary(static_cast<const ArithBinary&>(node), out);
      case NodeKind::ArithAssign: {
        const auto& assign = static_cast<const ArithAssign&>(node);
        int64_t rhs;
        if (!Eval(*assign.value, &rhs)) return false;
        int64_t result = rhs;
        if (assign.op != ArithOp::kAssign) {
          int64_t lhs;
          if (!Load(assign.name, &lhs) || !Apply(assign.op, lhs, rhs, &result)) return false;
        }
        std::string error = variables_.Set(assign.name, std::to_string(result));
        if (!error.empty()) return Fail(error);
        *out = result;
        return true;
      }
      case NodeKind::ArithTernary: {
        const auto& ternary = static_cast<const ArithTernary&>(node);
        int64_t condition;
        if (!Eval(*ternary.condition, &condition)) return false;
        return Eval(condition ? *ternary.if_true : *ternary.if_false, out);
      }
      default:
        return Fail("expansion left in an arithmetic expression");
    }
  }

  const std::string& error() const { return error_; }

 private:
  bool Fail(std::string message) {
    error_ = std::move(message);
    return false;
  }

  bool Load(const std::string& name, int64_t* out) {
    const std::string* value = variables_.Get(name);
    if (!value) {
      *out = 0;
      return true;
    }
    if (!ParseArithmeticInteger(*value, out)) return Fail("Illegal number: " + *value);
    return true;
  }

  bool Binary(const ArithBinary& node, int64_t* out) {
    int64_t lhs;
    if (!Eval(*node.lhs, &lhs)) return false;
    if (node.op == ArithOp::kLogAnd || node.op == ArithOp::kLogOr) {
      bool decided = node.op == ArithOp::kLogAnd ? lhs == 0 : lhs != 0;
      if (decided) {
        *out = node.op == ArithOp::kLogOr;
        return true;
      }
      int64_t rhs;
      if (!Eval(*node.rhs, &rhs)) return false;
      *out = rhs != 0;
      return true;
    }
    int64_t rhs;
    if (!Eval(*node.rhs, &rhs)) return false;
    return Apply(node.op, lhs, rhs, out);
  }

  bool Apply(ArithOp op, int64_t a, int64_t b, int64_t* out) {
    using U = uint64_t;
    switch (op) {
      case ArithOp::kAdd: *out = static_cast<int64_t>(U(a) + U(b)); return true;
      case ArithOp::kSub: *out = static_cast<int64_t>(U(a) - U(b)); return true;
      case ArithOp::kMul: *out = static_cast<int64_t>(U(a) * U(b)); return true;
      case ArithOp::kDiv:
      case ArithOp::kMod:
        if (b == 0) return Fail("division by zero");
        if (a == std::numeric_limits<int64_t>::min() && b == -1) {
          *out = op == ArithOp::kDiv ? a : 0;
          return true;
        }
        *out = op == ArithOp::kDiv ? a / b : a % b;
        return true;
      case ArithOp::kShl: *out = static_cast<int64_t>(U(a) << (b & 63)); return true;
      case ArithOp::kShr: *out = a >> (b & 63); return true;
      case ArithOp::kLt: *out = a < b; return true;
      case ArithOp::kLe: *out = a <= b; return true;
      case ArithOp::kGt: *out = a > b; return true;
      case ArithOp::kGe: *out = a >= b; return true;
      case ArithOp::kEq: *out = a == b; return true;
      case ArithOp::kNe: *out = a != b; return true;
      case ArithOp::kBitAnd: *out = a & b; return true;
      case ArithOp::kBitXor: *out = a ^ b; return true;
      case ArithOp::kBitOr: *out = a | b; return true;
      case ArithOp::kLogAnd: *out = a && b; return true;
      case ArithOp::kLogOr: *out = a || b; return true;
      default: return Fail("bad operator");
    }
  }

  ArithVariables& variables_;
  std::string error_;
};

}  // namespace

bool ParseArithmeticInteger(const std::string& text, int64_t* value) {
  size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  size_t end = text.size();
  while (end > i && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  if (i == end) {
    *value = 0;
    return true;
  }
  bool negative = false;
  if (text[i] == '-' || text[i] == '+') {
    negative = text[i] == '-';
    ++i;
  }
  if (i == end) return false;
  int base = 10;
  if (end - i > 2 && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X')) {
    base = 16;
    i += 2;
  } else if (end - i > 1 && text[i] == '0') {
    base = 8;
    ++i;
  }
  uint64_t result = 0;
  for (; i < end; ++i) {
    int c = static_cast<unsigned char>(text[i]);
    int digit = std::isdigit(c) ? c - '0' : (std::isalpha(c) ? std::tolower(c) - 'a' + 10 : 99);
    if (digit >= base) return false;
    result = result * static_cast<uint64_t>(base) + static_cast<uint64_t>(digit);
  }
  *value = static_cast<int64_t>(negative ? 0 - result : result);
  return true;
}

ArithResult EvaluateArithmetic(const ArithNode& expr, ArithVariables& variables) {
  Evaluator evaluator(variables);
  ArithResult result;
  result.ok = evaluator.Eval(expr, &result.value);
  if (!result.ok) result.error = evaluator.error();
  return result;
}

}  // namespace rcsh
