// The small shell operations native rc.subr functions are made of. rc.subr
// calls its helpers (checkyesno, debug, load_kld, ...) and the script's own
// functions by name, so a site override in local.rc.subr or a test's shell
// function wins; natives do the same through CallByName. Everything here runs
// in-process: no helper spawns a program unless the name it is given is one.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "shell/fd_table.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {

/// $name, or "" when unset.
std::string Var(const Shell& shell, const std::string& name);

/// Runs argv[0] as a command would: function, then builtin, then PATH.
/// Sets $? like a simple command.
int CallByName(Shell& shell, std::vector<std::string> argv);

/// `eval TEXT` (messages name the current script).
int EvalText(Shell& shell, const std::string& text);

/// The fields of an unquoted `$value` (IFS splitting; no pathname
/// expansion, which rc.subr's lists never rely on).
std::vector<std::string> SplitFields(const Shell& shell, const std::string& value);

/// argv[first..] joined with single spaces ("$*").
std::string JoinArgs(const std::vector<std::string>& argv, size_t first);

/// `test OP PATH` through the test builtin (so the shell's working directory
/// and file tester apply). Paths are used as given: root them first.
bool TestPath(Shell& shell, const std::string& op, const std::string& path);

/// `$(body)`: runs `body` in an in-process subshell with stdout captured;
/// trailing newlines are removed. The status goes to *status when given.
std::string CaptureStdout(Shell& shell, const std::function<int(Shell&)>& body, int* status = nullptr);

/// Stops a native at once after shell code it ran did `exit` or `return`.
inline bool FlowInterrupted(const Shell& shell) { return shell.flow() != Flow::kNone; }

/// For the lifetime of this object, the shell's fds in `fds` go to
/// /dev/null (`>/dev/null 2>&1` around a call).
class ScopedDiscard {
 public:
  ScopedDiscard(Shell& shell, std::vector<int> fds);
  ~ScopedDiscard();
  ScopedDiscard(const ScopedDiscard&) = delete;
  ScopedDiscard& operator=(const ScopedDiscard&) = delete;

 private:
  Shell& shell_;
  std::vector<std::pair<int, std::shared_ptr<OpenFile>>> saved_;
};

/// Runs `body` as the body of a shell function would run: with its own
/// positional parameters and a scope for `local` variables, restored after.
int WithFunctionFrame(Shell& shell, std::vector<std::string> positional,
                      const std::vector<std::string>& locals, const std::function<int()>& body);

}  // namespace rcsh::rcsubr
