#include "shell/shell_state.h"

#include <unistd.h>

namespace rcsh {
namespace {

struct OptionInfo {
  char letter;  // 0 when only a long name exists
  const char* name;
  bool ShellOptions::*member;
};

constexpr OptionInfo kOptions[] = {
    {'a', "allexport", &ShellOptions::allexport}, {'C', "noclobber", &ShellOptions::noclobber},
    {'e', "errexit", &ShellOptions::errexit},     {'f', "noglob", &ShellOptions::noglob},
    {'n', "noexec", &ShellOptions::noexec},       {'u', "nounset", &ShellOptions::nounset},
    {'v', "verbose", &ShellOptions::verbose},     {'x', "xtrace", &ShellOptions::xtrace},
    {'i', "interactive", &ShellOptions::interactive},
    {0, "verify", &ShellOptions::verify},         {0, "pipefail", &ShellOptions::pipefail},
    {0, "physical", &ShellOptions::physical},
};

}  // namespace

std::string ShellOptions::Flags() const {
  std::string flags;
  for (const OptionInfo& option : kOptions) {
    if (option.letter && this->*option.member) flags += option.letter;
  }
  return flags;
}

bool ShellOptions::SetByLetter(char letter, bool on) {
  for (const OptionInfo& option : kOptions) {
    if (option.letter == letter) {
      this->*option.member = on;
      return true;
    }
  }
  return false;
}

bool ShellOptions::SetByName(const std::string& name, bool on) {
  for (const OptionInfo& option : kOptions) {
    if (name == option.name) {
      this->*option.member = on;
      return true;
    }
  }
  return false;
}

std::vector<std::pair<const char*, bool>> ShellOptions::List() const {
  std::vector<std::pair<const char*, bool>> list;
  for (const OptionInfo& option : kOptions) list.emplace_back(option.name, this->*option.member);
  return list;
}

WorkingDirectory::~WorkingDirectory() {
  if (fd >= 0) close(fd);
}

}  // namespace rcsh
