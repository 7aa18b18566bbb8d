#include "rcsubr/rc_config_readers.h"

#include <functional>

#include "rcsubr/rc_config_vars.h"
#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_shell_calls.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {
namespace {

// What o_verify prints, without the newline ("" when rc.subr decided at
// source time that the shell has no verify option).
std::string VerifyState(Shell& shell) {
  if (Var(shell, "_rc_verify_opt").empty()) return "";
  return shell.state().options.verify ? "on" : "off";
}

// `. FILE` (the special builtin, never a function). False when the file
// ended the shell (exit, a fatal error): the caller stops at once.
bool SourceFile(Shell& shell, const std::string& rooted_path) {
  std::vector<std::string> dot = {".", rooted_path};
  shell.RunCommandArgv(dot, false);
  return shell.flow() == Flow::kNone;
}

void RecordDotted(Shell& shell, const std::string& logical_path) {
  std::string dotted = Var(shell, "dotted");
  shell.SetVar("dotted", dotted.empty() ? logical_path : dotted + " " + logical_path);
}

std::vector<std::string> Arguments(const std::vector<std::string>& argv) {
  return std::vector<std::string>(argv.begin() + 1, argv.end());
}

// dot and vdot: with the verify option at `verify` (saved in `saved_var`,
// a local, and restored after), sources each existing non-empty file that
// `check` passes (status 0). Returns 80 (EAUTH) if `check` refused one. The
// reader runs in a function frame like its shell version: the files see
// the reader's arguments as $@ and may use `local`.
int ReadFiles(Shell& shell, const std::vector<std::string>& argv, const char* verify, const std::string& saved_var,
              const std::vector<std::string>& locals, const std::function<int(const std::string&)>& check) {
  std::vector<std::string> files = Arguments(argv);
  return WithFunctionFrame(shell, files, locals, [&] {
    int status = 0;
    CallByName(shell, {"o_verify_set", verify, saved_var});
    if (shell.flow() != Flow::kNone) return shell.state().last_status;
    for (const std::string& file : files) {
      std::string rooted = UnderRoot(shell, file);
      if (!TestPath(shell, "-s", rooted)) continue;
      int refused = check(rooted);
      if (shell.flow() != Flow::kNone) return shell.state().last_status;
      if (refused != 0) {
        status = 80;  // EAUTH
        continue;
      }
      if (!SourceFile(shell, rooted)) return shell.state().last_status;
      RecordDotted(shell, file);
    }
    std::string saved = Var(shell, saved_var);
    CallByName(shell, {"o_verify_set", saved.empty() ? "off" : saved});
    return status;
  });
}

}  // namespace

int OVerify(RcSubrContext&, Shell& shell, std::vector<std::string>&) {
  std::string state = VerifyState(shell);
  if (!state.empty()) shell.Out(state + "\n");
  return 0;
}

int OVerifySet(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::string want = argv.size() > 1 ? argv[1] : "";
  std::string current = VerifyState(shell);
  if (argv.size() > 2 && !argv[2].empty()) AssignByName(shell, argv[2], current);
  if (current.empty() || want == current) return 0;
  if (want == "on") shell.state().options.verify = true;
  if (want == "off") shell.state().options.verify = false;
  return 0;
}

int Dot(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  return ReadFiles(shell, argv, "off", "_dot_saved", {"_dot_f", "_dot_saved"}, [](const std::string&) { return 0; });
}

int Vdot(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  return ReadFiles(shell, argv, "on", "_vdot_saved", {"_vdot_f", "_vdot_rc", "_vdot_saved"},
                   [&](const std::string& rooted) { return CallByName(shell, {"is_verified", rooted}); });
}

// Status: that of the last file's `vdot || safe_dot`, 0 when the last file
// was skipped (the shell loop's `continue`).
int Sdot(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::vector<std::string> files = Arguments(argv);
  return WithFunctionFrame(shell, files, {"_sdot_f"}, [&] {
    int status = 0;
    for (const std::string& file : files) {
      status = 0;
      if (!TestPath(shell, "-s", UnderRoot(shell, file))) continue;
      status = CallByName(shell, {"vdot", file});
      if (shell.flow() != Flow::kNone) return shell.state().last_status;
      if (status != 0) status = CallByName(shell, {"safe_dot", file});
      if (shell.flow() != Flow::kNone) return shell.state().last_status;
    }
    return status;
  });
}

int Exists(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::string op = "-s";
  size_t first = 1;
  if (argv.size() > 1 && argv[1].size() == 2 && argv[1][0] == '-') op = argv[first++];
  // `test $op "$path"`: the operator is an unquoted expansion.
  std::vector<std::string> op_fields = SplitFields(shell, op);
  for (size_t i = first; i < argv.size(); ++i) {
    std::vector<std::string> test = {"test"};
    test.insert(test.end(), op_fields.begin(), op_fields.end());
    test.push_back(UnderRoot(shell, argv[i]));
    if (shell.RunCommandArgv(test, false) == 0) {
      shell.Out(argv[i] + "\n");
      return 0;
    }
  }
  return 1;
}

}  // namespace rcsh::rcsubr
