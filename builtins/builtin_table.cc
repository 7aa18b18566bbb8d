#include "builtins/builtin_table.h"

#include "builtins/builtins.h"

namespace rcsh {

BuiltinTable BuiltinTable::Standard() {
  using namespace builtins;
  struct Entry {
    const char* name;
    int (*function)(Shell&, std::vector<std::string>&);
    bool special;
  };
  static constexpr Entry kBuiltins[] = {
      // special
      {":", Colon, true},
      {".", Dot, true},
      {"break", Break, true},
      {"continue", Continue, true},
      {"eval", Eval, true},
      {"exec", Exec, true},
      {"exit", Exit, true},
      {"export", Export, true},
      {"readonly", Readonly, true},
      {"return", Return, true},
      {"set", Set, true},
      {"shift", Shift, true},
      {"times", Times, true},
      {"trap", Trap, true},
      {"unset", Unset, true},
      // regular
      {"true", True, false},
      {"false", False, false},
      {"echo", Echo, false},
      {"printf", Printf, false},
      {"test", Test, false},
      {"[", Test, false},
      {"pwd", Pwd, false},
      {"cd", Cd, false},
      {"chdir", Cd, false},
      {"umask", Umask, false},
      {"alias", Alias, false},
      {"unalias", Unalias, false},
      {"hash", Hash, false},
      {"type", Type, false},
      {"command", builtins::Command, false},
      {"local", Local, false},
      {"setvar", Setvar, false},
      {"read", Read, false},
      {"getopts", Getopts, false},
      {"kill", Kill, false},
      {"wait", Wait, false},
      {"jobs", Jobs, false},
      {"fg", Fg, false},
      {"bg", Fg, false},
      {"ulimit", Ulimit, false},
  };
  BuiltinTable table;
  for (const Entry& entry : kBuiltins) table.Add(entry.name, entry.function, entry.special);
  return table;
}

}  // namespace rcsh
