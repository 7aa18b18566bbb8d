#include "rcsubr/rc_conf_editor.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "shell/ast.h"
#include "shell/ast_walk.h"
#include "shell/diagnostics.h"
#include "shell/parser.h"

namespace rcsh::rcsubr {
namespace {

bool IsBlank(char c) {
  return c == ' ' || c == '\t';
}

/// One knob line for the name being edited. Offsets index the original text
/// (the parser's buffer is a copy of it, so its offsets are the same).
struct KnobLine {
  uint32_t line_begin = 0;  // first byte of the line the assignment starts on
  uint32_t line_end = 0;    // one past the newline that ends its last line
  uint32_t assignment_begin = 0;
  SourceRange value;  // the value word (may be empty: `name=`)
  const Word* word = nullptr;
};

/// What a parse tells about one name.
struct NameScan {
  std::unique_ptr<ParsedScript> parsed;
  std::string error;
  std::vector<KnobLine> knobs;  // in source order
  /// Start of the last assignment to the name that runs when the file is
  /// sourced (knob lines included), to see whether the last knob line wins.
  std::optional<uint32_t> last_assignment;
};

/// The first error diagnostic as "file:line:col: error: msg", the source
/// line and a caret, without the final newline.
std::string FirstError(const ParsedScript& parsed) {
  for (const Diagnostic& diagnostic : parsed.diagnostics.items()) {
    if (diagnostic.severity != Severity::Error) continue;
    std::string text = RenderDiagnostic(parsed.sources, diagnostic);
    if (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
  }
  return {};
}

/// The knob line `list` forms for `name`, if it is one: a single assignment
/// with nothing but blanks before it on its line and only blanks, a `;` and a
/// comment after it.
std::optional<KnobLine> AsKnobLine(std::string_view text, BufferId buffer, const CommandList& list,
                                   std::string_view name) {
  if (list.items.size() != 1 || list.items[0].background) return std::nullopt;
  const Command* command = list.items[0].command;
  if (command->kind != NodeKind::Simple || !command->redirects.empty()) return std::nullopt;
  const auto& simple = static_cast<const SimpleCommand&>(*command);
  if (simple.assignments.size() != 1 || !simple.words.empty()) return std::nullopt;
  const Assignment& assignment = simple.assignments[0];
  if (assignment.name != name || list.range.buffer != buffer ||
      assignment.value->range.buffer != buffer) {
    return std::nullopt;
  }

  uint32_t begin = list.range.begin;
  uint32_t line_begin = begin;
  while (line_begin > 0 && text[line_begin - 1] != '\n') {
    if (!IsBlank(text[line_begin - 1])) return std::nullopt;
    --line_begin;
  }
  size_t i = list.range.end;
  while (i < text.size() && IsBlank(text[i])) ++i;
  if (i < text.size() && text[i] == ';') {
    ++i;
    while (i < text.size() && IsBlank(text[i])) ++i;
  }
  if (i < text.size() && text[i] == '#') {
    while (i < text.size() && text[i] != '\n') ++i;
  }
  if (i < text.size() && text[i] != '\n') return std::nullopt;
  uint32_t line_end = static_cast<uint32_t>(i < text.size() ? i + 1 : i);
  return KnobLine{line_begin, line_end, assignment.range.begin, assignment.value->range,
                  assignment.value};
}

/// Records where assignments to `name` happen in code that runs when the file
/// is sourced. Function bodies (they run only when called), subshells and
/// words (command substitutions are subshells) cannot set it.
void CollectAssignments(const Node& node, std::string_view name, std::optional<uint32_t>* last) {
  auto note = [&](uint32_t offset) {
    if (!last->has_value() || **last < offset) *last = offset;
  };
  switch (node.kind) {
    case NodeKind::Function:
    case NodeKind::Subshell:
    case NodeKind::Word:
    case NodeKind::Redirect: return;
    case NodeKind::Simple: {
      const auto& simple = static_cast<const SimpleCommand&>(node);
      for (const Assignment& assignment : simple.assignments) {
        if (assignment.name == name) note(assignment.range.begin);
      }
      // `export name=...`, `readonly name=...`, `setvar name ...` assign too.
      if (!simple.words.empty() && simple.words[0]->is_plain_literal()) {
        const std::string& builtin = simple.words[0]->literal();
        bool declares = builtin == "export" || builtin == "readonly";
        for (size_t i = 1; i < simple.words.size(); ++i) {
          const Word& word = *simple.words[i];
          if (word.parts.empty() || word.parts[0]->kind != NodeKind::Literal) continue;
          const std::string& head = static_cast<const LiteralPart&>(*word.parts[0]).text;
          bool assigns = (declares && head.size() > name.size() &&
                          head.compare(0, name.size(), name) == 0 && head[name.size()] == '=') ||
                         (builtin == "setvar" && i == 1 && head == name);
          if (assigns) note(word.range.begin);
        }
      }
      return;
    }
    default: ForEachChild(node, [&](const Node& child) { CollectAssignments(child, name, last); });
  }
}

NameScan Scan(RcConfText file, std::string_view name) {
  NameScan scan;
  if (!IsValidKnobName(name)) {
    scan.error =
        std::string(file.file_name) + ": '" + std::string(name) + "' is not a valid variable name";
    return scan;
  }
  scan.parsed = ParseScript(std::string(file.file_name), std::string(file.text));
  scan.error = FirstError(*scan.parsed);
  if (!scan.error.empty()) return scan;
  for (const CommandList* list : scan.parsed->commands) {
    if (auto knob = AsKnobLine(file.text, scan.parsed->buffer, *list, name)) {
      scan.knobs.push_back(*knob);
    }
    CollectAssignments(*list, name, &scan.last_assignment);
  }
  return scan;
}

/// Characters that need no quoting in a bare word, wherever they stand.
bool IsBareSafe(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view("_-./:,+@%=").find(c) != std::string_view::npos;
}

std::string DoubleQuoted(std::string_view value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '$' || c == '`' || c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string SingleQuoted(std::string_view value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\'') {
      out += "'\\''";  // close, an escaped quote, reopen
    } else {
      out += c;
    }
  }
  return out + "'";
}

/// `value` written in the quoting style of the word at `old` in `text`.
std::string QuoteLike(std::string_view text, SourceRange old, std::string_view value) {
  std::string_view written = text.substr(old.begin, old.size());
  if (!written.empty() && written[0] == '\'') return SingleQuoted(value);
  if (!written.empty() && (written[0] == '"' || written[0] == '$')) return DoubleQuoted(value);
  if (std::all_of(value.begin(), value.end(), IsBareSafe)) return std::string(value);
  return DoubleQuoted(value);
}

/// The value of a word without expansions, or nullopt when it has some.
std::optional<std::string> LiteralValue(const Word& word) {
  std::string out;
  for (const WordPart* part : word.parts) {
    switch (part->kind) {
      case NodeKind::Literal: out += static_cast<const LiteralPart*>(part)->text; break;
      case NodeKind::SingleQuoted: out += static_cast<const SingleQuotedPart*>(part)->text; break;
      case NodeKind::DollarSingleQuoted:
        out += static_cast<const DollarSingleQuotedPart*>(part)->text;
        break;
      case NodeKind::Escaped: out += static_cast<const EscapedPart*>(part)->character; break;
      case NodeKind::DoubleQuoted:
        for (const WordPart* inner : static_cast<const DoubleQuotedPart*>(part)->parts) {
          if (inner->kind == NodeKind::Literal) {
            out += static_cast<const LiteralPart*>(inner)->text;
          } else if (inner->kind == NodeKind::Escaped) {
            out += static_cast<const EscapedPart*>(inner)->character;
          } else {
            return std::nullopt;
          }
        }
        break;
      default: return std::nullopt;
    }
  }
  return out;
}

}  // namespace

bool IsValidKnobName(std::string_view name) {
  if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
}

KnobEdit SetKnob(RcConfText file, std::string_view name, std::string_view value) {
  KnobEdit edit;
  if (value.find('\0') != std::string_view::npos) {
    edit.error = std::string(file.file_name) + ": the value of " + std::string(name) +
                 " contains a NUL byte";
    return edit;
  }
  NameScan scan = Scan(file, name);
  if (!scan.error.empty()) {
    edit.error = std::move(scan.error);
    return edit;
  }
  // The last knob line is edited in place only if nothing after it assigns
  // the name again; otherwise the new value must come last to win.
  if (!scan.knobs.empty() && scan.knobs.back().assignment_begin == scan.last_assignment) {
    const KnobLine& knob = scan.knobs.back();
    edit.text.reserve(file.text.size() + value.size() + 2);
    edit.text.append(file.text.substr(0, knob.value.begin));
    edit.text += QuoteLike(file.text, knob.value, value);
    edit.text.append(file.text.substr(knob.value.end));
    return edit;
  }
  edit.appended = true;
  edit.text.reserve(file.text.size() + name.size() + value.size() + 5);
  edit.text.append(file.text);
  if (!edit.text.empty() && edit.text.back() != '\n') edit.text += '\n';
  edit.text.append(name);
  edit.text += '=';
  edit.text += DoubleQuoted(value);
  edit.text += '\n';
  return edit;
}

KnobEdit RemoveKnob(RcConfText file, std::string_view name) {
  KnobEdit edit;
  NameScan scan = Scan(file, name);
  if (!scan.error.empty()) {
    edit.error = std::move(scan.error);
    return edit;
  }
  edit.text.reserve(file.text.size());
  size_t kept_from = 0;
  for (const KnobLine& knob : scan.knobs) {
    edit.text.append(file.text.substr(kept_from, knob.line_begin - kept_from));
    kept_from = knob.line_end;
  }
  edit.text.append(file.text.substr(kept_from));
  edit.removed = scan.knobs.size();
  return edit;
}

KnobLookup FindKnob(RcConfText file, std::string_view name) {
  KnobLookup lookup;
  NameScan scan = Scan(file, name);
  if (!scan.error.empty()) {
    lookup.error = std::move(scan.error);
    return lookup;
  }
  if (scan.knobs.empty()) return lookup;
  const KnobLine& knob = scan.knobs.back();
  lookup.value = LiteralValue(*knob.word);
  if (!lookup.value)
    lookup.value = std::string(file.text.substr(knob.value.begin, knob.value.size()));
  return lookup;
}

}  // namespace rcsh::rcsubr
