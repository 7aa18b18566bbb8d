// The builtin functions; builtin_table.cc lists them once with their kind.
#pragma once

#include "shell/shell.h"

namespace rcsh::builtins {

// Special builtins (XCU 2.14)
int Colon(Shell& shell, std::vector<std::string>& argv);
int Dot(Shell& shell, std::vector<std::string>& argv);
int Break(Shell& shell, std::vector<std::string>& argv);
int Continue(Shell& shell, std::vector<std::string>& argv);
int Eval(Shell& shell, std::vector<std::string>& argv);
int Exec(Shell& shell, std::vector<std::string>& argv);
int Exit(Shell& shell, std::vector<std::string>& argv);
int Export(Shell& shell, std::vector<std::string>& argv);
int Readonly(Shell& shell, std::vector<std::string>& argv);
int Return(Shell& shell, std::vector<std::string>& argv);
int Set(Shell& shell, std::vector<std::string>& argv);
int Shift(Shell& shell, std::vector<std::string>& argv);
int Times(Shell& shell, std::vector<std::string>& argv);
int Trap(Shell& shell, std::vector<std::string>& argv);
int Unset(Shell& shell, std::vector<std::string>& argv);

// Regular builtins
int True(Shell& shell, std::vector<std::string>& argv);
int False(Shell& shell, std::vector<std::string>& argv);
int Echo(Shell& shell, std::vector<std::string>& argv);
int Printf(Shell& shell, std::vector<std::string>& argv);
int Test(Shell& shell, std::vector<std::string>& argv);
int Pwd(Shell& shell, std::vector<std::string>& argv);
int Cd(Shell& shell, std::vector<std::string>& argv);
int Umask(Shell& shell, std::vector<std::string>& argv);
int Alias(Shell& shell, std::vector<std::string>& argv);
int Unalias(Shell& shell, std::vector<std::string>& argv);
int Hash(Shell& shell, std::vector<std::string>& argv);
int Type(Shell& shell, std::vector<std::string>& argv);
int Command(Shell& shell, std::vector<std::string>& argv);
int Local(Shell& shell, std::vector<std::string>& argv);
int Setvar(Shell& shell, std::vector<std::string>& argv);
int Read(Shell& shell, std::vector<std::string>& argv);
int Getopts(Shell& shell, std::vector<std::string>& argv);
int Kill(Shell& shell, std::vector<std::string>& argv);
int Wait(Shell& shell, std::vector<std::string>& argv);
int Jobs(Shell& shell, std::vector<std::string>& argv);
int Fg(Shell& shell, std::vector<std::string>& argv);
int Ulimit(Shell& shell, std::vector<std::string>& argv);

/// Helpers shared by builtins.
bool IsValidName(const std::string& name);
/// Parses a non-negative decimal number; false if `text` is not one.
bool ParseNumber(const std::string& text, long* value);
/// Quotes `value` for re-input to the shell ('...' with '\'' for quotes).
std::string ShellQuote(const std::string& value);

}  // namespace rcsh::builtins
