// Evaluation of arithmetic expressions (XCU 2.6.4): signed 64-bit integers,
// variables by name, short-circuit && || ?:, errors as values.
#pragma once

#include <cstdint>
#include <string>

#include "shell/ast.h"

namespace rcsh {

/// Variable access for the evaluator.
class ArithVariables {
 public:
  virtual ~ArithVariables() = default;
  /// The value, or null when unset.
  virtual const std::string* Get(const std::string& name) = 0;
  /// Assigns; returns an error message or "" on success.
  virtual std::string Set(const std::string& name, const std::string& value) = 0;
};

struct ArithResult {
  bool ok = true;
  int64_t value = 0;
  std::string error;  // when !ok
};

/// Evaluates `expr`, which must contain no ArithExpansion leaves (those are
/// expanded to text and re-parsed first).
ArithResult EvaluateArithmetic(const ArithNode& expr, ArithVariables& variables);

/// Parses a variable's value as an integer constant (decimal, 0x hex, 0
/// octal, optional sign and surrounding blanks); empty is 0.
bool ParseArithmeticInteger(const std::string& text, int64_t* value);

}  // namespace rcsh
