#include "shell/variables.h"

#include <algorithm>

namespace rcsh {

bool VariableStore::Set(const std::string& name, std::string value) {
  auto [it, inserted] = vars_.try_emplace(name);
  Variable& v = it->second;
  if (v.readonly) return false;
  v.value = std::move(value);
  v.set = true;
  if (v.exported) ++export_generation_;
  return true;
}

bool VariableStore::Unset(const std::string& name) {
  auto it = vars_.find(name);
  if (it == vars_.end()) return true;
  if (it->second.readonly) return false;
  if (it->second.exported) ++export_generation_;
  // A local stays declared (and local) after unset, like FreeBSD sh.
  bool is_local = false;
  if (!scopes_.empty()) {
    for (const Saved& saved : scopes_.back()) is_local |= saved.name == name;
  }
  if (is_local) {
    it->second = Variable{"", false, false, false};
  } else {
    vars_.erase(it);
  }
  return true;
}

void VariableStore::SetExported(const std::string& name, bool exported) {
  auto [it, inserted] = vars_.try_emplace(name);
  if (inserted) it->second.set = false;
  it->second.exported = exported;
  ++export_generation_;
}

void VariableStore::SetReadonly(const std::string& name) {
  auto [it, inserted] = vars_.try_emplace(name);
  if (inserted) it->second.set = false;
  it->second.readonly = true;
}

bool VariableStore::MakeLocal(const std::string& name) {
  if (scopes_.empty()) return false;
  std::vector<Saved>& scope = scopes_.back();
  for (const Saved& saved : scope) {
    if (saved.name == name) return true;  // already local here
  }
  auto it = vars_.find(name);
  scope.push_back({name, it == vars_.end() ? std::nullopt : std::optional<Variable>(it->second)});
  // The local starts with the outer value (FreeBSD sh), keeping export.
  return true;
}

void VariableStore::PopScope() {
  if (scopes_.empty()) return;
  std::vector<Saved> scope = std::move(scopes_.back());
  scopes_.pop_back();
  for (auto it = scope.rbegin(); it != scope.rend(); ++it) {
    auto current = vars_.find(it->name);
    bool was_exported = current != vars_.end() && current->second.exported;
    if (it->previous) {
      vars_[it->name] = *it->previous;
    } else if (current != vars_.end()) {
      vars_.erase(current);
    }
    if (was_exported || (it->previous && it->previous->exported)) ++export_generation_;
  }
}

std::vector<std::string> VariableStore::ExportedEnvironment() const {
  std::vector<std::string> env;
  for (const auto& [name, v] : vars_) {
    if (v.exported && v.set) env.push_back(name + "=" + v.value);
  }
  std::sort(env.begin(), env.end());
  return env;
}

std::vector<std::pair<std::string, const Variable*>> VariableStore::Sorted() const {
  std::vector<std::pair<std::string, const Variable*>> all;
  all.reserve(vars_.size());
  for (const auto& [name, v] : vars_) all.emplace_back(name, &v);
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return all;
}

}  // namespace rcsh
