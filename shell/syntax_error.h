// The one exception of the front end: a syntax error unwinds the recursive
// descent to the nearest recovery point (the start of the next line).
#pragma once

#include "shell/diagnostics.h"

namespace rcsh {

struct SyntaxError {
  Diagnostic diagnostic;
};

[[noreturn]] inline void ThrowSyntaxError(DiagId id, SourceRange range,
                                          const std::vector<std::string>& args) {
  throw SyntaxError{MakeDiagnostic(id, range, args)};
}

}  // namespace rcsh
