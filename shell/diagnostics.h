// Diagnostics: what went wrong, where, rendered the way compilers do:
//   file:line:col: error: message
//   <the source line>
//       ^~~~
#pragma once

#include <string>
#include <vector>

#include "shell/source.h"

namespace rcsh {

enum class DiagId {
#define DIAG(id, severity, format) id,
#include "shell/diagnostic_kinds.def"
#undef DIAG
};

enum class Severity { Note, Warning, Error };

struct Diagnostic {
  DiagId id;
  Severity severity;
  SourceRange range;
  std::string message;
};

/// Builds the message of `id` from its format and `args`.
Diagnostic MakeDiagnostic(DiagId id, SourceRange range, const std::vector<std::string>& args);

/// Collects diagnostics of one parse; the caller decides how to show them.
class DiagnosticList {
 public:
  void add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }
  const std::vector<Diagnostic>& items() const { return items_; }
  bool has_errors() const;
  void clear() { items_.clear(); }

 private:
  std::vector<Diagnostic> items_;
};

/// "line:col" of the start of `range` in its outermost buffer.
std::string FormatLineColumn(const SourceManager& sources, SourceRange range);

/// The full text: location line, source line and caret line.
std::string RenderDiagnostic(const SourceManager& sources, const Diagnostic& diagnostic);

}  // namespace rcsh
