#include "rcsubr/rc_config_vars.h"

#include "builtins/builtins.h"
#include "rcsubr/rc_shell_calls.h"

namespace rcsh::rcsubr {

int AssignByName(Shell& shell, const std::string& name, const std::string& value) {
  if (!builtins::IsValidName(name)) return CallByName(shell, {name + "=" + value});
  return shell.SetVar(name, value) ? 0 : 1;
}

std::string JoinLikeStar(const Shell& shell, const std::vector<std::string>& argv, size_t first) {
  const std::string* ifs = shell.GetVar("IFS");
  std::string separator = ifs == nullptr ? " " : ifs->substr(0, 1);
  std::string out;
  for (size_t i = first; i < argv.size(); ++i) {
    if (i > first) out += separator;
    out += argv[i];
  }
  return out;
}

}  // namespace rcsh::rcsubr
