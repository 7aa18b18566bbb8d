// Every node's source range must slice back to the node's own text: the
// linter, diagnostics and replay all quote source through these ranges.
#include <gtest/gtest.h>

#include "shell/ast_walk.h"
#include "shell/parser.h"
#include "support/corpus_files.h"

namespace rcsh::testing {
namespace {

std::string WithoutContinuations(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      continue;
    }
    out += text[i];
  }
  return out;
}

// Checks one node; returns a description of the problem or "".
std::string CheckNode(const Node& node, const SourceManager& sources) {
  if (!node.range.valid()) return "invalid range";
  const SourceBuffer& buffer = sources.buffer(node.range.buffer);
  if (node.range.begin > node.range.end || node.range.end > buffer.text().size()) return "range outside its buffer";
  std::string text = WithoutContinuations(sources.slice(node.range));
  auto starts = [&](std::string_view prefix) { return std::string_view(text).starts_with(prefix); };
  auto ends = [&](std::string_view suffix) { return std::string_view(text).ends_with(suffix); };
  auto expect = [&](bool ok, const char* what) { return ok ? std::string() : std::string(what) + ": '" + text + "'"; };
  switch (node.kind) {
    case NodeKind::Literal:
      return expect(text == static_cast<const LiteralPart&>(node).text, "literal text");
    case NodeKind::Escaped:
      return expect(text == std::string("\\") + static_cast<const EscapedPart&>(node).character, "escape");
    case NodeKind::SingleQuoted: {
      const std::string& inner = static_cast<const SingleQuotedPart&>(node).text;
      // Quoted here-document bodies are the body itself (tabs may be stripped).
      return expect(text == "'" + inner + "'" || text.find(inner.substr(0, 1)) != std::string::npos,
                    "single-quoted");
    }
    case NodeKind::DoubleQuoted:
      return expect(starts("\"") && ends("\"") && text.size() >= 2, "double-quoted");
    case NodeKind::DollarSingleQuoted:
      return expect(starts("$'") && ends("'"), "dollar-single-quoted");
    case NodeKind::ParamExp: {
      const auto& param = static_cast<const ParamExpPart&>(node);
      if (param.braced) return expect(starts("${") && ends("}"), "braced parameter");
      return expect(text == "$" + param.name, "parameter");
    }
    case NodeKind::CommandSub:
      if (static_cast<const CommandSubPart&>(node).backquoted) return expect(starts("`") && ends("`"), "backquote");
      return expect(starts("$(") && ends(")"), "command substitution");
    case NodeKind::ArithSub:
      return expect(starts("$((") && ends("))"), "arithmetic");
    case NodeKind::Tilde:
      return expect(text == "~" + static_cast<const TildePart&>(node).user, "tilde");
    case NodeKind::If:
      return expect(starts("if") && (ends("fi") || !node.range.size() == 0), "if");
    case NodeKind::Loop:
      return expect((starts("while") || starts("until")), "loop");
    case NodeKind::For:
      return expect(starts("for"), "for");
    case NodeKind::Case:
      return expect(starts("case"), "case");
    case NodeKind::Brace:
      return expect(starts("{"), "brace group");
    case NodeKind::Subshell:
      return expect(starts("("), "subshell");
    case NodeKind::Function:
      return expect(starts(static_cast<const FunctionDef&>(node).name), "function");
    default:
      return "";
  }
}

// The end keyword of a compound command comes before its redirections.
std::string CheckCompoundEnd(const Node& node, const SourceManager& sources) {
  const auto* command = dynamic_cast<const Command*>(&node);
  if (!command || !command->redirects.empty()) return "";
  std::string text = WithoutContinuations(sources.slice(node.range));
  auto ends = [&](std::string_view suffix) { return std::string_view(text).ends_with(suffix); };
  switch (node.kind) {
    case NodeKind::If: return ends("fi") ? "" : "if does not end with fi: '" + text + "'";
    case NodeKind::Loop:
    case NodeKind::For: return ends("done") ? "" : "loop does not end with done: '" + text + "'";
    case NodeKind::Case: return ends("esac") ? "" : "case does not end with esac: '" + text + "'";
    case NodeKind::Brace: return ends("}") ? "" : "group does not end with }: '" + text + "'";
    case NodeKind::Subshell: return ends(")") ? "" : "subshell does not end with ): '" + text + "'";
    default: return "";
  }
}

// Children in the same buffer lie inside their parent.
std::string CheckNesting(const Node& parent, const Node& child) {
  if (parent.range.buffer != child.range.buffer) return "";
  if (child.kind == NodeKind::Word && parent.kind == NodeKind::Redirect) return "";  // here-doc bodies follow the line
  if (child.range.begin < parent.range.begin || child.range.end > parent.range.end) {
    return std::string(NodeKindName(child.kind)) + " sticks out of its " + NodeKindName(parent.kind);
  }
  return "";
}

std::vector<std::string> CheckScript(const std::string& name, const std::string& text) {
  auto parsed = ParseScript(name, text);
  std::vector<std::string> problems;
  for (const Diagnostic& d : parsed->diagnostics.items()) problems.push_back(RenderDiagnostic(parsed->sources, d));
  for (const CommandList* command : parsed->commands) {
    WalkTree(*command, [&](const Node& node) {
      for (const std::string& problem : {CheckNode(node, parsed->sources), CheckCompoundEnd(node, parsed->sources)}) {
        if (!problem.empty()) problems.push_back(name + ": " + NodeKindName(node.kind) + ": " + problem);
      }
      ForEachChild(node, [&](const Node& child) {
        std::string problem = CheckNesting(node, child);
        if (!problem.empty()) problems.push_back(name + ": " + problem);
      });
    });
  }
  return problems;
}

TEST(AstRanges, SliceBackToTheirTextInInlineScripts) {
  const char* script =
      "x=1 y=\"$x\"'q'\\z ~/a >out 2>&1 echo ${v:-${w#*/}} $(echo a; (b)) `c \\`d\\``\n"
      "if a; then b; elif c; then d; else e; fi >f\n"
      "for i in 1 2; do :; done; while a; do b; done; until a; do b; done\n"
      "case $x in (a|b) x;; *) y;& esac\n"
      "f() { echo $((1 + $2 * (3 - x))); } 2>/dev/null\n"
      "cat <<EOF; cat <<-'Q'\nbody $x\nEOF\n\tquoted\n\tQ\n"
      "echo long\\\nword \"a\\\nb\" $'\\n' { } a && b || ! c | d &\n";
  EXPECT_EQ(CheckScript("inline.sh", script), std::vector<std::string>{});
}

TEST(AstRanges, SliceBackToTheirTextInEveryCorpusScript) {
  std::vector<std::string> files = CorpusShellFiles();
  ASSERT_GE(files.size(), 100u) << "the corpus should hold at least 100 shell files";
  for (const std::string& file : files) {
    EXPECT_EQ(CheckScript(file, ReadFileOrDie(file)), std::vector<std::string>{}) << file;
  }
}

}  // namespace
}  // namespace rcsh::testing
