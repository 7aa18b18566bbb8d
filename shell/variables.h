// Shell variables: values, export and readonly flags, and the dynamic scope
// of `local` (FreeBSD sh semantics: a local shadows the variable for the
// function and everything it calls, and is restored when the function returns).
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace rcsh {

struct Variable {
  std::string value;
  bool set = true;        // false: declared (export/readonly/local) but unset
  bool exported = false;
  bool readonly = false;
};

class VariableStore {
 public:
  /// The variable if it exists (set or only declared).
  const Variable* Find(const std::string& name) const {
    auto it = vars_.find(name);
    return it == vars_.end() ? nullptr : &it->second;
  }
  /// The value when set, else null.
  const std::string* Get(const std::string& name) const {
    const Variable* v = Find(name);
    return v && v->set ? &v->value : nullptr;
  }
  /// Assigns; false (and no change) when the variable is read-only.
  bool Set(const std::string& name, std::string value);
  /// Removes the variable; false when it is read-only.
  bool Unset(const std::string& name);
  void SetExported(const std::string& name, bool exported);
  void SetReadonly(const std::string& name);

  /// `local NAME`: saves the current state in the innermost function scope.
  /// Returns false outside a function.
  bool MakeLocal(const std::string& name);
  void PushScope() { scopes_.emplace_back(); }
  /// Restores every variable made local since the matching PushScope.
  void PopScope();
  size_t scope_depth() const { return scopes_.size(); }

  /// NAME=value strings of the exported, set variables (for exec).
  std::vector<std::string> ExportedEnvironment() const;
  /// All variables, sorted by name (for `set`, `export -p`).
  std::vector<std::pair<std::string, const Variable*>> Sorted() const;

  /// Bumped on every change of an exported variable, so callers can cache
  /// the environment block.
  uint64_t export_generation() const { return export_generation_; }

 private:
  struct Saved {
    std::string name;
    std::optional<Variable> previous;  // nullopt: did not exist
  };
  std::unordered_map<std::string, Variable> vars_;
  std::vector<std::vector<Saved>> scopes_;
  uint64_t export_generation_ = 0;
};

}  // namespace rcsh
