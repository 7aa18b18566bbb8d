#include "shell/ast_dump.h"

#include <cstdio>

namespace rcsh {
namespace {

std::string Quote(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

class Dumper {
 public:
  Dumper(const SourceManager& sources, DumpOptions options) : sources_(sources), options_(options) {}

  std::string Take() { return std::move(out_); }

  void Any(const Node& node) {
    switch (node.kind) {
      case NodeKind::Word: Word(static_cast<const rcsh::Word&>(node)); return;
      case NodeKind::Redirect: Redirect(static_cast<const rcsh::Redirect&>(node)); return;
      case NodeKind::Literal:
      case NodeKind::SingleQuoted:
      case NodeKind::Escaped:
      case NodeKind::DoubleQuoted:
      case NodeKind::DollarSingleQuoted:
      case NodeKind::ParamExp:
      case NodeKind::CommandSub:
      case NodeKind::ArithSub:
      case NodeKind::Tilde:
        Part(static_cast<const WordPart&>(node));
        return;
      case NodeKind::ArithNumber:
      case NodeKind::ArithVariable:
      case NodeKind::ArithExpansion:
      case NodeKind::ArithUnary:
      case NodeKind::ArithBinary:
      case NodeKind::ArithAssign:
      case NodeKind::ArithTernary:
        Arith(static_cast<const ArithNode&>(node));
        return;
      default:
        Command(static_cast<const rcsh::Command&>(node));
    }
  }

  void Command(const rcsh::Command& node) {
    if (options_.multiline && !out_.empty()) out_ += "\n" + std::string(indent_ * 2, ' ');
    ++indent_;
    switch (node.kind) {
      case NodeKind::Simple: {
        const auto& simple = static_cast<const SimpleCommand&>(node);
        out_ += "(simple";
        for (const Assignment& assignment : simple.assignments) {
          out_ += " (= " + assignment.name + " ";
          Word(*assignment.value);
          out_ += ")";
        }
        for (const rcsh::Word* word : simple.words) {
          out_ += " ";
          Word(*word);
        }
        break;
      }
      case NodeKind::Pipeline: {
        const auto& pipeline = static_cast<const PipelineCommand&>(node);
        out_ += pipeline.negated ? "(pipe !" : "(pipe";
        for (const rcsh::Command* command : pipeline.commands) Child(*command);
        break;
      }
      case NodeKind::AndOr: {
        const auto& and_or = static_cast<const AndOrCommand&>(node);
        out_ += "(and-or";
        Child(*and_or.first);
        for (const auto& link : and_or.rest) {
          out_ += link.op == AndOrOp::kAnd ? " &&" : " ||";
          Child(*link.command);
        }
        break;
      }
      case NodeKind::List: {
        const auto& list = static_cast<const CommandList&>(node);
        out_ += "(list";
        for (const auto& item : list.items) {
          if (item.background) {
            out_ += " (&";
            Child(*item.command);
            out_ += ")";
          } else {
            Child(*item.command);
          }
        }
        break;
      }
      case NodeKind::Brace:
        out_ += "(brace";
        Child(*static_cast<const BraceGroup&>(node).body);
        break;
      case NodeKind::Subshell:
        out_ += "(subshell";
        Child(*static_cast<const SubshellCommand&>(node).body);
        break;
      case NodeKind::If: {
        const auto& if_command = static_cast<const IfCommand&>(node);
        out_ += "(if";
        for (size_t i = 0; i < if_command.branches.size(); ++i) {
          if (i > 0) out_ += " (elif";
          Child(*if_command.branches[i].condition);
          Child(*if_command.branches[i].body);
          if (i > 0) out_ += ")";
        }
        if (if_command.else_body) {
          out_ += " (else";
          Child(*if_command.else_body);
          out_ += ")";
        }
        break;
      }
      case NodeKind::Loop: {
        const auto& loop = static_cast<const LoopCommand&>(node);
        out_ += loop.until ? "(until" : "(while";
        Child(*loop.condition);
        Child(*loop.body);
        break;
      }
      case NodeKind::For: {
        const auto& for_command = static_cast<const ForCommand&>(node);
        out_ += "(for " + for_command.variable;
        if (for_command.has_in) {
          out_ += " (in";
          for (const rcsh::Word* word : for_command.words) {
            out_ += " ";
            Word(*word);
          }
          out_ += ")";
        }
        Child(*for_command.body);
        break;
      }
      case NodeKind::Case: {
        const auto& case_command = static_cast<const CaseCommand&>(node);
        out_ += "(case ";
        Word(*case_command.subject);
        for (const auto& item : case_command.items) {
          out_ += " (item (";
          for (size_t i = 0; i < item.patterns.size(); ++i) {
            if (i > 0) out_ += " ";
            Word(*item.patterns[i]);
          }
          out_ += ")";
          if (item.body) Child(*item.body);
          else out_ += " -";
          out_ += item.terminator == CaseTerminator::kBreak
                      ? " ;;"
                      : (item.terminator == CaseTerminator::kFallThrough ? " ;&" : "");
          out_ += ")";
        }
        break;
      }
      case NodeKind::Function: {
        const auto& function = static_cast<const FunctionDef&>(node);
        out_ += "(function " + Quote(function.name);
        Child(*function.body);
        break;
      }
      default:
        out_ += "(?";
    }
    for (const rcsh::Redirect* redirect : node.redirects) {
      out_ += " ";
      Redirect(*redirect);
    }
    out_ += ")";
    Range(node.range);
    --indent_;
  }

  void Child(const rcsh::Command& command) {
    if (!options_.multiline) out_ += " ";
    Command(command);
  }

  void Redirect(const rcsh::Redirect& redirect) {
    out_ += "(" + std::string(RedirOpText(redirect.op)) + " " + std::to_string(redirect.effective_fd()) + " ";
    if (redirect.op == RedirOp::kHereDoc || redirect.op == RedirOp::kHereDocStrip) {
      out_ += Quote(redirect.delimiter);
      if (redirect.delimiter_quoted) out_ += " quoted";
      out_ += " ";
      if (redirect.body) Word(*redirect.body);
      else out_ += "(unread)";
    } else {
      Word(*redirect.target);
    }
    out_ += ")";
    Range(redirect.range);
  }

  void Word(const rcsh::Word& word) {
    if (word.is_plain_literal()) {
      out_ += Quote(word.literal());
    } else {
      out_ += "(word";
      for (const WordPart* part : word.parts) {
        out_ += " ";
        Part(*part);
      }
      out_ += ")";
    }
    Range(word.range);
  }

  void Part(const WordPart& part) {
    switch (part.kind) {
      case NodeKind::Literal:
        out_ += Quote(static_cast<const LiteralPart&>(part).text);
        return;
      case NodeKind::SingleQuoted:
        out_ += "(sq " + Quote(static_cast<const SingleQuotedPart&>(part).text) + ")";
        return;
      case NodeKind::Escaped:
        out_ += "(esc " + Quote(std::string(1, static_cast<const EscapedPart&>(part).character)) + ")";
        return;
      case NodeKind::DollarSingleQuoted:
        out_ += "(dsq " + Quote(static_cast<const DollarSingleQuotedPart&>(part).text) + ")";
        return;
      case NodeKind::Tilde:
        out_ += "(tilde " + Quote(static_cast<const TildePart&>(part).user) + ")";
        return;
      case NodeKind::DoubleQuoted:
        out_ += "(dq";
        for (const WordPart* inner : static_cast<const DoubleQuotedPart&>(part).parts) {
          out_ += " ";
          Part(*inner);
        }
        out_ += ")";
        return;
      case NodeKind::ParamExp: {
        const auto& param = static_cast<const ParamExpPart&>(part);
        if (param.op == ParamOp::kLength) {
          out_ += "(length " + param.name + ")";
          return;
        }
        out_ += "(param " + param.name;
        if (param.op != ParamOp::kPlain) {
          out_ += " " + Quote(ParamOpText(param.op, param.colon)) + " ";
          Word(*param.argument);
        }
        out_ += ")";
        return;
      }
      case NodeKind::CommandSub: {
        const auto& sub = static_cast<const CommandSubPart&>(part);
        out_ += sub.backquoted ? "(backquote" : "(cmdsub";
        ++indent_;
        Child(*sub.body);
        --indent_;
        out_ += ")";
        return;
      }
      case NodeKind::ArithSub: {
        const auto& arith = static_cast<const ArithSubPart&>(part);
        if (arith.expr) {
          out_ += "(arith ";
          Arith(*arith.expr);
        } else {
          out_ += "(arith-text ";
          Word(*arith.text);
        }
        out_ += ")";
        return;
      }
      default:
        out_ += "(?part)";
    }
  }

  void Arith(const ArithNode& node) {
    switch (node.kind) {
      case NodeKind::ArithNumber:
        out_ += std::to_string(static_cast<const ArithNumber&>(node).value);
        return;
      case NodeKind::ArithVariable:
        out_ += static_cast<const ArithVariable&>(node).name;
        return;
      case NodeKind::ArithExpansion:
        out_ += "(expand ";
        Part(*static_cast<const ArithExpansion&>(node).part);
        out_ += ")";
        return;
      case NodeKind::ArithUnary: {
        const auto& unary = static_cast<const ArithUnary&>(node);
        bool sign = unary.op == ArithOp::kNeg || unary.op == ArithOp::kPlus;
        out_ += std::string("(") + (sign ? "u" : "") + ArithOpText(unary.op) + " ";
        Arith(*unary.operand);
        out_ += ")";
        return;
      }
      case NodeKind::ArithBinary: {
        const auto& binary = static_cast<const ArithBinary&>(node);
        out_ += std::string("(") + ArithOpText(binary.op) + " ";
        Arith(*binary.lhs);
        out_ += " ";
        Arith(*binary.rhs);
        out_ += ")";
        return;
      }
      case NodeKind::ArithAssign: {
        const auto& assign = static_cast<const ArithAssign&>(node);
        std::string op = assign.op == ArithOp::kAssign ? "=" : std::string(ArithOpText(assign.op)) + "=";
        out_ += "(" + op + " " + assign.name + " ";
        Arith(*assign.value);
        out_ += ")";
        return;
      }
      case NodeKind::ArithTernary: {
        const auto& ternary = static_cast<const ArithTernary&>(node);
        out_ += "(?: ";
        Arith(*ternary.condition);
        out_ += " ";
        Arith(*ternary.if_true);
        out_ += " ";
        Arith(*ternary.if_false);
        out_ += ")";
        return;
      }
      default:
        out_ += "(?arith)";
    }
  }

 private:
  void Range(SourceRange range) {
    if (!options_.ranges || !range.valid()) return;
    const SourceBuffer& buffer = sources_.buffer(range.buffer);
    LineColumn begin = buffer.position(range.begin);
    LineColumn end = buffer.position(range.end);
    out_ += "@";
    if (range.buffer != 0) out_ += "#" + std::to_string(range.buffer) + ":";
    out_ += std::to_string(begin.line) + ":" + std::to_string(begin.column) + "-" +
            std::to_string(end.line) + ":" + std::to_string(end.column);
  }

  const SourceManager& sources_;
  DumpOptions options_;
  std::string out_;
  int indent_ = 0;
};

}  // namespace

std::string DumpNode(const Node& node, const SourceManager& sources, DumpOptions options) {
  Dumper dumper(sources, options);
  dumper.Any(node);
  return dumper.Take();
}

std::string DumpProgram(const std::vector<CommandList*>& commands, const SourceManager& sources,
                        DumpOptions options) {
  std::string out;
  for (const CommandList* command : commands) out += DumpNode(*command, sources, options) + "\n";
  return out;
}

}  // namespace rcsh
