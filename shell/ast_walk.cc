#include "shell/ast_walk.h"

namespace rcsh {
namespace {

void VisitCommandRedirects(const Command& command, const std::function<void(const Node&)>& visit) {
  for (const Redirect* redirect : command.redirects) visit(*redirect);
}

}  // namespace

void ForEachChild(const Node& node, const std::function<void(const Node&)>& visit) {
  auto maybe = [&](const Node* child) {
    if (child) visit(*child);
  };
  switch (node.kind) {
    case NodeKind::Literal:
    case NodeKind::SingleQuoted:
    case NodeKind::Escaped:
    case NodeKind::DollarSingleQuoted:
    case NodeKind::Tilde:
    case NodeKind::ArithNumber:
    case NodeKind::ArithVariable:
      return;
    case NodeKind::DoubleQuoted:
      for (const WordPart* part : static_cast<const DoubleQuotedPart&>(node).parts) visit(*part);
      return;
    case NodeKind::ParamExp:
      maybe(static_cast<const ParamExpPart&>(node).argument);
      return;
    case NodeKind::CommandSub:
      maybe(static_cast<const CommandSubPart&>(node).body);
      return;
    case NodeKind::ArithSub: {
      const auto& arith = static_cast<const ArithSubPart&>(node);
      // The expression's leaves point at the parts of `text`; visit the text
      // for words and the expression for structure.
      maybe(arith.text);
      maybe(arith.expr);
      return;
    }
    case NodeKind::Word:
      for (const WordPart* part : static_cast<const Word&>(node).parts) visit(*part);
      return;
    case NodeKind::Redirect: {
      const auto& redirect = static_cast<const Redirect&>(node);
      maybe(redirect.target);
      maybe(redirect.body);
      return;
    }
    case NodeKind::ArithExpansion:
      return;  // its part is visited through the ArithSub's text
    case NodeKind::ArithUnary:
      maybe(static_cast<const ArithUnary&>(node).operand);
      return;
    case NodeKind::ArithBinary: {
      const auto& binary = static_cast<const ArithBinary&>(node);
      maybe(binary.lhs);
      maybe(binary.rhs);
      return;
    }
    case NodeKind::ArithAssign:
      maybe(static_cast<const ArithAssign&>(node).value);
      return;
    case NodeKind::ArithTernary: {
      const auto& ternary = static_cast<const ArithTernary&>(node);
      maybe(ternary.condition);
      maybe(ternary.if_true);
      maybe(ternary.if_false);
      return;
    }
    case NodeKind::Simple: {
      const auto& simple = static_cast<const SimpleCommand&>(node);
      for (const Assignment& assignment : simple.assignments) visit(*assignment.value);
      for (const Word* word : simple.words) visit(*word);
      break;
    }
    case NodeKind::Pipeline:
      for (const Command* command : static_cast<const PipelineCommand&>(node).commands) visit(*command);
      break;
    case NodeKind::AndOr: {
      const auto& and_or = static_cast<const AndOrCommand&>(node);
      visit(*and_or.first);
      for (const auto& link : and_or.rest) visit(*link.command);
      break;
    }
    case NodeKind::List:
      for (const auto& item : static_cast<const CommandList&>(node).items) visit(*item.command);
      break;
    case NodeKind::Brace:
      visit(*static_cast<const BraceGroup&>(node).body);
      break;
    case NodeKind::Subshell:
      visit(*static_cast<const SubshellCommand&>(node).body);
      break;
    case NodeKind::If: {
      const auto& if_command = static_cast<const IfCommand&>(node);
      for (const auto& branch : if_command.branches) {
        visit(*branch.condition);
        visit(*branch.body);
      }
      maybe(if_command.else_body);
      break;
    }
    case NodeKind::Loop: {
      const auto& loop = static_cast<const LoopCommand&>(node);
      visit(*loop.condition);
      visit(*loop.body);
      break;
    }
    case NodeKind::For: {
      const auto& for_command = static_cast<const ForCommand&>(node);
      for (const Word* word : for_command.words) visit(*word);
      visit(*for_command.body);
      break;
    }
    case NodeKind::Case: {
      const auto& case_command = static_cast<const CaseCommand&>(node);
      visit(*case_command.subject);
      for (const auto& item : case_command.items) {
        for (const Word* pattern : item.patterns) visit(*pattern);
        maybe(item.body);
      }
      break;
    }
    case NodeKind::Function:
      visit(*static_cast<const FunctionDef&>(node).body);
      return;  // the body carries the function's redirections
  }
  VisitCommandRedirects(static_cast<const Command&>(node), visit);
}

void WalkTree(const Node& node, const std::function<void(const Node&)>& visit) {
  visit(node);
  ForEachChild(node, [&](const Node& child) { WalkTree(child, visit); });
}

}  // namespace rcsh
