// The builtins, declared once: name, function, and whether POSIX calls it a
// special builtin (special builtins keep assignments made before them, run
// before functions in command search, and end the shell on errors).
#pragma once

#include <string>
#include <unordered_map>

#include "shell/shell.h"

namespace rcsh {

struct Builtin {
  std::string name;
  BuiltinFunction function;
  bool special;
};

class BuiltinTable {
 public:
  /// The standard set: every POSIX builtin plus FreeBSD's local and setvar.
  static BuiltinTable Standard();
  const Builtin* Find(const std::string& name) const {
    auto it = table_.find(name);
    return it == table_.end() ? nullptr : &it->second;
  }
  /// Adds or replaces a builtin (embedders and the native rc.subr use this).
  void Add(const std::string& name, BuiltinFunction function, bool special) {
    table_[name] = Builtin{name, std::move(function), special};
  }

 private:
  std::unordered_map<std::string, Builtin> table_;
};

}  // namespace rcsh
