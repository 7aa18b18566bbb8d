#include "shell/ast.h"

namespace rcsh {

const char* NodeKindName(NodeKind kind) {
  switch (kind) {
#define NODE(k, type) \
  case NodeKind::k:   \
    return #k;
#include "shell/ast_kinds.def"
#undef NODE
  }
  return "?";
}

const char* ParamOpText(ParamOp op, bool colon) {
  switch (op) {
    case ParamOp::kPlain: return "";
    case ParamOp::kLength: return "#";
    case ParamOp::kDefault: return colon ? ":-" : "-";
    case ParamOp::kAssign: return colon ? ":=" : "=";
    case ParamOp::kError: return colon ? ":?" : "?";
    case ParamOp::kAlternative: return colon ? ":+" : "+";
    case ParamOp::kRemoveSmallestPrefix: return "#";
    case ParamOp::kRemoveLargestPrefix: return "##";
    case ParamOp::kRemoveSmallestSuffix: return "%";
    case ParamOp::kRemoveLargestSuffix: return "%%";
  }
  return "?";
}

const char* RedirOpText(RedirOp op) {
  switch (op) {
    case RedirOp::kInput: return "<";
    case RedirOp::kOutput: return ">";
    case RedirOp::kClobber: return ">|";
    case RedirOp::kAppend: return ">>";
    case RedirOp::kDupInput: return "<&";
    case RedirOp::kDupOutput: return ">&";
    case RedirOp::kReadWrite: return "<>";
    case RedirOp::kHereDoc: return "<<";
    case RedirOp::kHereDocStrip: return "<<-";
  }
  return "?";
}

int Redirect::default_fd() const {
  switch (op) {
    case RedirOp::kInput:
    case RedirOp::kDupInput:
    case RedirOp::kReadWrite:
    case RedirOp::kHereDoc:
    case RedirOp::kHereDocStrip:
      return 0;
    default:
      return 1;
  }
}

const char* ArithOpText(ArithOp op) {
  switch (op) {
    case ArithOp::kAdd: return "+";
    case ArithOp::kSub: return "-";
    case ArithOp::kMul: return "*";
    case ArithOp::kDiv: return "/";
    case ArithOp::kMod: return "%";
    case ArithOp::kShl: return "<<";
    case ArithOp::kShr: return ">>";
    case ArithOp::kLt: return "<";
    case ArithOp::kLe: return "<=";
    case ArithOp::kGt: return ">";
    case ArithOp::kGe: return ">=";
    case ArithOp::kEq: return "==";
    case ArithOp::kNe: return "!=";
    case ArithOp::kBitAnd: return "&";
    case ArithOp::kBitXor: return "^";
    case ArithOp::kBitOr: return "|";
    case ArithOp::kLogAnd: return "&&";
    case ArithOp::kLogOr: return "||";
    case ArithOp::kNeg: return "-";
    case ArithOp::kPlus: return "+";
    case ArithOp::kBitNot: return "~";
    case ArithOp::kLogNot: return "!";
    case ArithOp::kAssign: return "=";
  }
  return "?";
}

bool Word::is_plain_literal() const {
  return parts.size() == 1 && parts[0]->kind == NodeKind::Literal;
}

const std::string& Word::literal() const {
  static const std::string kEmpty;  // immutable, shared by all words
  return is_plain_literal() ? static_cast<const LiteralPart*>(parts[0])->text : kEmpty;
}

}  // namespace rcsh
