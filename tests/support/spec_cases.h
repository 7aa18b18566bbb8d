// The differential spec cases of tests/spec/*.cases (format: tests/spec/README.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace rcsh::testing {

struct SpecCase {
  std::string file;  // e.g. "expansion.cases"
  std::string name;
  std::string body;
  int line = 0;  // of the #### header
  // Pinned expectations (dash differs from POSIX/FreeBSD sh here).
  bool pinned = false;
  std::string pin_reason;
  std::optional<std::string> stdout_text;
  std::optional<int> status;
  std::optional<bool> stderr_empty;
  bool skip_embedded = false;
};

std::vector<SpecCase> LoadSpecCases();

/// What one shell produced for a case.
struct SpecOutcome {
  std::string out;
  std::string err;
  int status = 0;
};

/// Runs `shell_command` (e.g. "dash") on the case body in a fresh temporary
/// directory with a minimal environment.
SpecOutcome RunSpecCaseInProcess(const std::string& shell_command, const SpecCase& spec);

}  // namespace rcsh::testing
