#include "shell/diagnostics.h"

#include <algorithm>

namespace rcsh {
namespace {

struct DiagInfo {
  Severity severity;
  const char* format;
};

constexpr DiagInfo kDiagInfo[] = {
#define DIAG(id, severity, format) {Severity::severity, format},
#include "shell/diagnostic_kinds.def"
#undef DIAG
};

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

}  // namespace

Diagnostic MakeDiagnostic(DiagId id, SourceRange range, const std::vector<std::string>& args) {
  const DiagInfo& info = kDiagInfo[static_cast<int>(id)];
  std::string message;
  for (const char* p = info.format; *p; ++p) {
    if (p[0] == '{' && p[1] >= '0' && p[1] <= '9' && p[2] == '}') {
      size_t index = static_cast<size_t>(p[1] - '0');
      if (index < args.size()) message += args[index];
      p += 2;
    } else {
      message += *p;
    }
  }
  return Diagnostic{id, info.severity, range, std::move(message)};
}

bool DiagnosticList::has_errors() const {
  return std::any_of(items_.begin(), items_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

std::string FormatLineColumn(const SourceManager& sources, SourceRange range) {
  range = sources.outermost(range);
  if (!range.valid()) return "?";
  LineColumn lc = sources.buffer(range.buffer).position(range.begin);
  return std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

std::string RenderDiagnostic(const SourceManager& sources, const Diagnostic& diagnostic) {
  SourceRange range = sources.outermost(diagnostic.range);
  std::string out;
  if (!range.valid()) {
    return std::string(SeverityName(diagnostic.severity)) + ": " + diagnostic.message + "\n";
  }
  const SourceBuffer& buffer = sources.buffer(range.buffer);
  LineColumn lc = buffer.position(range.begin);
  out += buffer.name() + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column) + ": " +
         SeverityName(diagnostic.severity) + ": " + diagnostic.message + "\n";
  std::string_view line = buffer.line_text(lc.line);
  std::string shown;
  for (char c : line) shown += (c == '\t') ? ' ' : (c == '\0' ? '?' : c);
  out += shown + "\n";
  // The caret sits under the column; tildes cover the rest of the range on this line.
  std::string caret(lc.column - 1, ' ');
  caret += '^';
  uint32_t line_end_column = static_cast<uint32_t>(line.size()) + 1;
  uint32_t range_end_column = lc.column + (range.end > range.begin ? range.end - range.begin : 1);
  for (uint32_t c = lc.column + 1; c < std::min(range_end_column, line_end_column); ++c) caret += '~';
  out += caret + "\n";
  return out;
}

}  // namespace rcsh
