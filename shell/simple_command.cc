// Simple commands (XCU 2.9.1): expansion, assignments, redirections and
// command search — special builtins, functions, builtins, then PATH.
#include <unistd.h>

#include "builtins/builtin_table.h"
#include "shell/expander.h"
#include "shell/redirection.h"
#include "shell/shell.h"

namespace rcsh {
namespace {

// Assignments made for the duration of one builtin or function call.
class TemporaryAssignments {
 public:
  explicit TemporaryAssignments(Shell& shell) : shell_(shell) {}
  ~TemporaryAssignments() {
    for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
      VariableStore& vars = shell_.state().vars;
      if (it->second) {
        Variable restored = *it->second;
        vars.Unset(it->first);
        if (restored.set) vars.Set(it->first, restored.value);
        if (restored.exported) vars.SetExported(it->first, true);
      } else {
        vars.Unset(it->first);
      }
    }
  }
  bool Assign(const std::string& name, const std::string& value, bool exported) {
    const Variable* current = shell_.state().vars.Find(name);
    saved_.emplace_back(name, current ? std::optional<Variable>(*current) : std::nullopt);
    if (!shell_.SetVar(name, value)) return false;
    if (exported) shell_.state().vars.SetExported(name, true);
    return true;
  }

 private:
  Shell& shell_;
  std::vector<std::pair<std::string, std::optional<Variable>>> saved_;
};

std::string QuoteForTrace(const std::string& word) {
  if (!word.empty() && word.find_first_of(" \t\n'\"\\$`*?[]|&;<>(){}#~") == std::string::npos) return word;
  std::string out = "'";
  for (char c : word) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

}  // namespace

int Shell::ExecuteSimple(const SimpleCommand& command) {
  current_range = command.range;
  last_substitution_status = 0;
  std::vector<std::string> argv;
  WordExpander expander(*this);
  if (!expander.ExpandFields(command.words, &argv)) return state_.last_status;

  if (argv.empty()) {
    // Only assignments and redirections: assignments, left to right, stay in
    // this shell (each may use the ones before it).
    for (const Assignment& assignment : command.assignments) {
      std::string value;
      current_range = assignment.range;
      if (!expander.ExpandString(*assignment.value, &value)) return state_.last_status;
      if (state_.options.xtrace) Err(GetVarOr("PS4", "+ ") + assignment.name + "=" + QuoteForTrace(value) + "\n");
      if (!SetVar(assignment.name, std::move(value))) {
        Exit(2);
        return 2;
      }
    }
    current_range = command.range;
    RedirectionScope redirections(*this, command.redirects);
    if (!redirections.ok()) return 1;
    return last_substitution_status;
  }

  std::vector<std::pair<std::string, std::string>> assignments;
  for (const Assignment& assignment : command.assignments) {
    std::string value;
    current_range = assignment.range;
    if (!expander.ExpandString(*assignment.value, &value)) return state_.last_status;
    assignments.emplace_back(assignment.name, std::move(value));
  }
  current_range = command.range;
  if (state_.options.xtrace) {
    std::string trace = GetVarOr("PS4", "+ ");
    for (const auto& [name, value] : assignments) trace += name + "=" + QuoteForTrace(value) + " ";
    for (const std::string& word : argv) trace += QuoteForTrace(word) + " ";
    if (!trace.empty() && trace.back() == ' ') trace.pop_back();
    Err(trace + "\n");
  }

  const std::string& name = argv[0];
  const bool has_slash = name.find('/') != std::string::npos;
  const Builtin* builtin = has_slash ? nullptr : services_.builtins->Find(name);
  if (builtin && builtin->special) {
    for (const auto& [var, value] : assignments) {
      if (!SetVar(var, value)) {
        Exit(2);
        return 2;
      }
    }
    RedirectionScope redirections(*this, command.redirects);
    if (!redirections.ok()) {
      Exit(2);  // a redirection error on a special builtin ends the shell
      return 2;
    }
    int status = builtin->function(*this, argv);
    if (name == "exec" && argv.size() == 1) redirections.Keep();
    return status;
  }
  if (!has_slash) {
    auto function = state_.functions.find(name);
    if (function != state_.functions.end()) {
      TemporaryAssignments temporary(*this);
      for (const auto& [var, value] : assignments) {
        if (!temporary.Assign(var, value, true)) return 1;
      }
      RedirectionScope redirections(*this, command.redirects);
      if (!redirections.ok()) return 1;
      ShellFunction copy = function->second;  // the function may redefine itself
      return CallFunction(copy, argv);
    }
    if (builtin) {
      TemporaryAssignments temporary(*this);
      for (const auto& [var, value] : assignments) {
        if (!temporary.Assign(var, value, false)) return 1;
      }
      RedirectionScope redirections(*this, command.redirects);
      if (!redirections.ok()) return 1;
      return builtin->function(*this, argv);
    }
  }
  std::string path = has_slash ? name : FindInPath(name);
  RedirectionScope redirections(*this, command.redirects);
  if (!redirections.ok()) return 1;
  if (path.empty()) {
    Error(name + ": not found");
    return 127;
  }
  std::vector<std::string> environment;
  for (const auto& [var, value] : assignments) environment.push_back(var + "=" + value);
  if (exec_candidate_ == &command && !background_next_) {
    // The last command of `rcsh -c`: no fork, like dash.
    redirections.Keep();
    return ExecReplacing(path, argv, environment);
  }
  return RunExternal(path, argv, environment, background_next_);
}

int Shell::RunCommandArgv(std::vector<std::string>& argv, bool allow_functions) {
  if (argv.empty()) return 0;
  const std::string& name = argv[0];
  if (name.find('/') == std::string::npos) {
    if (allow_functions) {
      auto function = state_.functions.find(name);
      if (function != state_.functions.end()) {
        ShellFunction copy = function->second;
        return CallFunction(copy, argv);
      }
    }
    if (const Builtin* builtin = services_.builtins->Find(name)) return builtin->function(*this, argv);
  }
  std::string path = name.find('/') != std::string::npos ? name : FindInPath(name);
  if (path.empty()) {
    Error(name + ": not found");
    return 127;
  }
  return RunExternal(path, argv, {}, false);
}

}  // namespace rcsh
