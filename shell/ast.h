// The abstract syntax tree of POSIX sh (XCU 2.9/2.10) plus the FreeBSD sh
// extensions rc.d scripts rely on. Nodes live in an AstArena; plain pointers
// between them never own. Every node carries the source range of its text.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <new>
#include <memory>
#include <string>
#include <vector>

#include "shell/source.h"

namespace rcsh {

enum class NodeKind : uint8_t {
#define NODE(kind, type) kind,
#include "shell/ast_kinds.def"
#undef NODE
};

const char* NodeKindName(NodeKind kind);

struct Node {
  explicit Node(NodeKind k) : kind(k) {}
  virtual ~Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  NodeKind kind;
  SourceRange range;
};

/// Owns the nodes of one parse: they are carved out of large blocks (one
/// allocation per 64 KiB instead of one per node) and destroyed all at once.
class AstArena {
 public:
  AstArena() = default;
  AstArena(const AstArena&) = delete;
  AstArena& operator=(const AstArena&) = delete;
  ~AstArena() {
    for (auto it = nodes_.rbegin(); it != nodes_.rend(); ++it) (*it)->~Node();
  }

  template <typename T, typename... Args>
  T* make(Args&&... args) {
    static_assert(alignof(T) <= alignof(std::max_align_t));
    constexpr size_t kSize = (sizeof(T) + alignof(std::max_align_t) - 1) & ~(alignof(std::max_align_t) - 1);
    if (remaining_ < kSize) {
      // Blocks grow from 1 KiB (an `eval` string) to 64 KiB (a file); they
      // are left uninitialised, the nodes' constructors do that.
      size_t bytes = std::max(kSize, next_block_bytes_);
      next_block_bytes_ = std::min(next_block_bytes_ * 2, kMaxBlockBytes);
      blocks_.push_back(std::unique_ptr<std::byte[]>(new std::byte[bytes]));
      next_ = reinterpret_cast<char*>(blocks_.back().get());
      remaining_ = bytes;
    }
    T* node = new (next_) T(std::forward<Args>(args)...);
    next_ += kSize;
    remaining_ -= kSize;
    nodes_.push_back(node);
    return node;
  }
  size_t size() const { return nodes_.size(); }

 private:
  static constexpr size_t kMaxBlockBytes = 64 * 1024;
  size_t next_block_bytes_ = 1024;
  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::vector<Node*> nodes_;  // for destruction, in creation order
  char* next_ = nullptr;
  size_t remaining_ = 0;
};

struct Word;
struct CommandList;
struct ArithNode;

// ---------------------------------------------------------------- word parts

struct WordPart : Node {
  using Node::Node;
};

/// Unquoted literal characters (line continuations already removed).
struct LiteralPart : WordPart {
  LiteralPart() : WordPart(NodeKind::Literal) {}
  std::string text;
};

/// 'text': no expansion at all. Also the body of a quoted-delimiter here-doc.
struct SingleQuotedPart : WordPart {
  SingleQuotedPart() : WordPart(NodeKind::SingleQuoted) {}
  std::string text;
};

/// A backslash-escaped character outside quotes, or inside double quotes
/// where the backslash is special (\$ \` \" \\).
struct EscapedPart : WordPart {
  EscapedPart() : WordPart(NodeKind::Escaped) {}
  char character = 0;
};

/// "parts": expansions happen, field splitting and globbing do not.
struct DoubleQuotedPart : WordPart {
  DoubleQuotedPart() : WordPart(NodeKind::DoubleQuoted) {}
  std::vector<WordPart*> parts;
};

/// $'text' (FreeBSD sh): `text` holds the decoded characters.
struct DollarSingleQuotedPart : WordPart {
  DollarSingleQuotedPart() : WordPart(NodeKind::DollarSingleQuoted) {}
  std::string text;
};

enum class ParamOp : uint8_t {
  kPlain,         // $x ${x}
  kLength,        // ${#x}
  kDefault,       // ${x-w} ${x:-w}
  kAssign,        // ${x=w} ${x:=w}
  kError,         // ${x?w} ${x:?w}
  kAlternative,   // ${x+w} ${x:+w}
  kRemoveSmallestPrefix,  // ${x#p}
  kRemoveLargestPrefix,   // ${x##p}
  kRemoveSmallestSuffix,  // ${x%p}
  kRemoveLargestSuffix,   // ${x%%p}
};
const char* ParamOpText(ParamOp op, bool colon);

/// $name, ${name}, ${name OP word}, ${#name}. `name` is a variable name, a
/// positional number or one of the special parameters @ * # ? - $ ! 0.
struct ParamExpPart : WordPart {
  ParamExpPart() : WordPart(NodeKind::ParamExp) {}
  std::string name;
  ParamOp op = ParamOp::kPlain;
  bool colon = false;      // the ':' form: also treat empty as unset
  bool braced = false;
  bool in_double_quotes = false;
  Word* argument = nullptr;  // the word after OP, may be empty; null for kPlain/kLength
};

/// $(...) or `...`.
struct CommandSubPart : WordPart {
  CommandSubPart() : WordPart(NodeKind::CommandSub) {}
  CommandList* body = nullptr;
  bool backquoted = false;
};

/// $((...)). `text` is the expression as a word (expansions inside it are
/// done first, as POSIX says); `expr` is its parse, where each expansion is an
/// ArithExpansion leaf. When `has_expansions`, the evaluator re-parses the
/// expanded text, because `x='1+2'; $(($x*3))` is 7 by textual substitution.
struct ArithSubPart : WordPart {
  ArithSubPart() : WordPart(NodeKind::ArithSub) {}
  Word* text = nullptr;
  ArithNode* expr = nullptr;
  bool has_expansions = false;
};

/// ~ or ~user at the start of a word (or after '=' / ':' in an assignment).
struct TildePart : WordPart {
  TildePart() : WordPart(NodeKind::Tilde) {}
  std::string user;  // empty for plain ~
};

/// A shell word: the concatenation of its parts.
struct Word : Node {
  Word() : Node(NodeKind::Word) {}
  std::vector<WordPart*> parts;

  /// True when the word is one unquoted literal (candidate for reserved
  /// words, aliases, assignments, function names).
  bool is_plain_literal() const;
  /// The literal text when is_plain_literal(); empty otherwise.
  const std::string& literal() const;
};

// ---------------------------------------------------------------- redirections

enum class RedirOp : uint8_t {
  kInput,         // <
  kOutput,        // >
  kClobber,       // >|
  kAppend,        // >>
  kDupInput,      // <&
  kDupOutput,     // >&
  kReadWrite,     // <>
  kHereDoc,       // <<
  kHereDocStrip,  // <<-
};
const char* RedirOpText(RedirOp op);

struct Redirect : Node {
  Redirect() : Node(NodeKind::Redirect) {}
  int fd = -1;  // the io-number, or -1 for the operator's default (0 or 1)
  RedirOp op = RedirOp::kInput;
  Word* target = nullptr;  // file, fd number, or the here-doc delimiter word
  // Here-documents only:
  std::string delimiter;    // after quote removal
  bool delimiter_quoted = false;  // no expansion in the body
  Word* body = nullptr;     // the body; a single SingleQuotedPart when quoted
  bool body_read = false;   // false until the lexer reached the body

  int default_fd() const;
  int effective_fd() const { return fd >= 0 ? fd : default_fd(); }
};

// ---------------------------------------------------------------- arithmetic

enum class ArithOp : uint8_t {
  kAdd, kSub, kMul, kDiv, kMod, kShl, kShr, kLt, kLe, kGt, kGe, kEq, kNe,
  kBitAnd, kBitXor, kBitOr, kLogAnd, kLogOr,
  kNeg, kPlus, kBitNot, kLogNot,
  kAssign,  // plain '='; compound assignments use the binary op
};
const char* ArithOpText(ArithOp op);

struct ArithNode : Node {
  using Node::Node;
};

struct ArithNumber : ArithNode {
  ArithNumber() : ArithNode(NodeKind::ArithNumber) {}
  int64_t value = 0;
};

struct ArithVariable : ArithNode {
  ArithVariable() : ArithNode(NodeKind::ArithVariable) {}
  std::string name;
};

/// A $x, ${...}, $(...) or `...` inside $((...)).
struct ArithExpansion : ArithNode {
  ArithExpansion() : ArithNode(NodeKind::ArithExpansion) {}
  WordPart* part = nullptr;
};

struct ArithUnary : ArithNode {
  ArithUnary() : ArithNode(NodeKind::ArithUnary) {}
  ArithOp op = ArithOp::kNeg;
  ArithNode* operand = nullptr;
};

struct ArithBinary : ArithNode {
  ArithBinary() : ArithNode(NodeKind::ArithBinary) {}
  ArithOp op = ArithOp::kAdd;
  ArithNode* lhs = nullptr;
  ArithNode* rhs = nullptr;
};

/// name = value, or name OP= value (op is then the binary operator).
struct ArithAssign : ArithNode {
  ArithAssign() : ArithNode(NodeKind::ArithAssign) {}
  ArithOp op = ArithOp::kAssign;
  std::string name;
  ArithNode* value = nullptr;
};

struct ArithTernary : ArithNode {
  ArithTernary() : ArithNode(NodeKind::ArithTernary) {}
  ArithNode* condition = nullptr;
  ArithNode* if_true = nullptr;
  ArithNode* if_false = nullptr;
};

// ---------------------------------------------------------------- commands

struct Command : Node {
  using Node::Node;
  /// Redirections in source order (on a simple command: wherever they stood).
  std::vector<Redirect*> redirects;
};

struct Assignment {
  std::string name;
  Word* value = nullptr;  // never null; may have no parts
  SourceRange range;
};

struct SimpleCommand : Command {
  SimpleCommand() : Command(NodeKind::Simple) {}
  std::vector<Assignment> assignments;
  std::vector<Word*> words;
};

/// Two or more commands joined by '|', or one command under '!'.
struct PipelineCommand : Command {
  PipelineCommand() : Command(NodeKind::Pipeline) {}
  bool negated = false;
  std::vector<Command*> commands;
};

enum class AndOrOp : uint8_t { kAnd, kOr };

/// first && second || third ...: evaluated left to right.
struct AndOrCommand : Command {
  AndOrCommand() : Command(NodeKind::AndOr) {}
  Command* first = nullptr;
  struct Link {
    AndOrOp op;
    Command* command;
  };
  std::vector<Link> rest;
};

/// Commands separated by ';', '&' or newlines.
struct CommandList : Command {
  CommandList() : Command(NodeKind::List) {}
  struct Item {
    Command* command;
    bool background;
  };
  std::vector<Item> items;
};

struct BraceGroup : Command {
  BraceGroup() : Command(NodeKind::Brace) {}
  CommandList* body = nullptr;  // may be empty (FreeBSD sh accepts `{ }`)
};

struct SubshellCommand : Command {
  SubshellCommand() : Command(NodeKind::Subshell) {}
  CommandList* body = nullptr;
};

struct IfCommand : Command {
  IfCommand() : Command(NodeKind::If) {}
  struct Branch {
    CommandList* condition;
    CommandList* body;
  };
  std::vector<Branch> branches;  // if, then each elif
  CommandList* else_body = nullptr;
};

struct LoopCommand : Command {
  LoopCommand() : Command(NodeKind::Loop) {}
  bool until = false;
  CommandList* condition = nullptr;
  CommandList* body = nullptr;
};

struct ForCommand : Command {
  ForCommand() : Command(NodeKind::For) {}
  std::string variable;
  bool has_in = false;  // without `in`, iterates over "$@"
  std::vector<Word*> words;
  CommandList* body = nullptr;
};

enum class CaseTerminator : uint8_t { kBreak /* ;; */, kFallThrough /* ;& */, kNone /* last */ };

struct CaseCommand : Command {
  CaseCommand() : Command(NodeKind::Case) {}
  Word* subject = nullptr;
  struct Item {
    std::vector<Word*> patterns;
    CommandList* body;  // null for an empty item
    CaseTerminator terminator;
    SourceRange range;
  };
  std::vector<Item> items;
};

/// name() compound-command [redirections]. The trailing redirections are the
/// body's own `redirects`, applied each time the function runs.
struct FunctionDef : Command {
  FunctionDef() : Command(NodeKind::Function) {}
  std::string name;
  Command* body = nullptr;
  SourceRange name_range;
};

}  // namespace rcsh
