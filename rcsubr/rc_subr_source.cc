#include "rcsubr/rc_subr_source.h"

#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_shell_calls.h"
#include "builtins/builtin_table.h"

namespace rcsh::rcsubr {
namespace {

// Set by the sourcing step when `veriexec -i active` says so; rc.subr
// instead defines is_verified one way or the other at that moment.
constexpr const char* kVeriexecActive = "_rc_veriexec_active";

// The fallbacks rc.subr defines only when nothing else provides them. They
// are shell functions, like rc.subr's, so a later definition replaces them.
constexpr const char* kBasenameFallback =
    "basename() { local _bn; _bn=${1##*/}; if [ -n \"$2\" ]; then _bn=${_bn%\"$2\"}; fi; echo \"$_bn\"; }\n"
    "tty() { echo \"not a tty\"; return 1; }\n";
constexpr const char* kDebugFallback =
    "DebugOn() { return 0; }\n"
    "DebugOff() { local _do_a; for _do_a in \"$@\"; do case \"$_do_a\" in rc=*) return \"${_do_a#rc=}\" ;; esac; "
    "done; return 0; }\n";
constexpr const char* kSafeDotFallback = "safe_dot() { dot \"$@\"; }\n";

// `type NAME` succeeds: a function, a builtin or a program on PATH.
bool CommandExists(Shell& shell, const std::string& name) {
  if (shell.state().functions.count(name)) return true;
  if (shell.services().builtins->Find(name)) return true;
  return !shell.FindInPath(name).empty();
}

void SetConstants(Shell& shell) {
  std::string root = Var(shell, "RC_ROOT");
  std::string sysctl = root + "/sbin/sysctl";
  std::string id = root + "/usr/bin/id";
  const std::pair<const char*, std::string> constants[] = {
      {"SYSCTL", sysctl},
      {"SYSCTL_N", sysctl + " -n"},
      {"SYSCTL_W", sysctl},
      {"PROTECT", root + "/usr/bin/protect"},
      {"ID", id},
      {"IDCMD", "if [ -x " + id + " ]; then " + id + " -un; fi"},
      {"PS", root + "/bin/ps -ww"},
      {"SERVICE", root + "/usr/sbin/service"},
      {"JAIL_CMD", root + "/usr/sbin/jail"},
      {"_svcj_generic_params", "path=/ mount.nodevfs host=inherit"},
      {"JID", "0"},
      {"CPUSET", root + "/bin/cpuset"},
      {"rc_service", shell.state().arg0},
      {"_rc_verify_opt", "yes"},  // rcsh knows `set -o verify`
      {"_VDOT_SH", ":"},
  };
  for (const auto& [name, value] : constants) shell.SetVar(name, value);
}

void ProbeVeriexec(Shell& shell) {
  std::string veriexec = UnderRoot(shell, "/sbin/veriexec");
  if (!TestPath(shell, "-x", veriexec)) return;
  ScopedDiscard quiet(shell, {1, 2});
  if (CallByName(shell, {veriexec, "-i", "active"}) == 0) shell.SetVar(kVeriexecActive, "yes");
}

// The tail of rc.subr. Returns false when shell code it ran exited.
bool RunTail(RcSubrContext& context, Shell& shell) {
  if (context.system->Kenv(shell, "rc.debug")) shell.SetVar("rc_debug", "YES");
  std::string boottrace = shell.FindInPath("boottrace");
  shell.SetVar("boottrace_cmd", boottrace);
  if (!boottrace.empty() && context.system->SysctlValue(shell, "kern.boottrace.enabled") == "1") {
    shell.SetVar("rc_boottrace", "YES");
  }
  std::string sed;
  for (const char* candidate : {"/usr/bin/sed", "/rescue/sed"}) {
    if (TestPath(shell, "-x", UnderRoot(shell, candidate))) {
      sed = UnderRoot(shell, candidate);
      break;
    }
  }
  shell.SetVar("SED", sed);
  CallByName(shell, {"vdot", "/etc/local.rc.subr"});
  if (FlowInterrupted(shell)) return false;
  if (!CommandExists(shell, "basename")) {
    EvalText(shell, kBasenameFallback);
    if (sed.empty()) shell.SetVar("_SAFE_EVAL_SH", ":");
  }
  for (const auto& [marker, file] : {std::pair{"_SAFE_EVAL_SH", "/libexec/safe_eval.sh"},
                                     std::pair{"_DEBUG_SH", "/libexec/debug.sh"}}) {
    if (Var(shell, marker).empty()) CallByName(shell, {"vdot", file});
    if (FlowInterrupted(shell)) return false;
  }
  if (!CommandExists(shell, "DebugOn")) EvalText(shell, kDebugFallback);
  if (!CommandExists(shell, "safe_dot")) EvalText(shell, kSafeDotFallback);
  return !FlowInterrupted(shell);
}

// is_verified FILE: true unless veriexec is active and refuses FILE.
int IsVerified(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  if (Var(shell, kVeriexecActive).empty()) return 0;
  return CallByName(shell, {UnderRoot(shell, "/sbin/veriexec"), "-x", argv.size() > 1 ? argv[1] : ""});
}

constexpr RcNative kNatives[] = {{"is_verified", IsVerified}};

}  // namespace

int SourceRcSubrNatively(RcSubrContext& context, Shell& shell) {
  if (Var(shell, "RC_PID").empty()) shell.SetVar("RC_PID", std::to_string(shell.state().shell_pid));
  shell.state().vars.SetExported("RC_PID", true);
  if (!Var(shell, "_rc_subr_loaded").empty()) return 0;  // the load guard
  shell.SetVar("_rc_subr_loaded", "YES");
  SetConstants(shell);
  ProbeVeriexec(shell);
  if (!RunTail(context, shell)) return shell.state().last_status;
  return 0;
}

std::span<const RcNative> SourceNatives() { return kNatives; }

}  // namespace rcsh::rcsubr
