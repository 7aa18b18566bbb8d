// check_jail, check_kern_features, root_hold_wait, load_kld,
// check_required_after and mount_md of rc.subr(8). The reads (sysctl,
// kldstat -m) go through the context's SystemQueries; the programs that
// change the system (kldload, sysctl -f, mdmfs) and `kldstat -v | grep`
// still run as external commands, by name, as rc.subr runs them.
#include <chrono>
#include <string>
#include <vector>

#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_natives.h"
#include "rcsubr/rc_shell_calls.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {
namespace {

std::string Arg(const std::vector<std::string>& argv, size_t i) { return i < argv.size() ? argv[i] : ""; }

// check_jail MIB: security.jail.MIB is 1.
int CheckJail(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv) {
  return context.system->SysctlValue(shell, "security.jail." + Arg(argv, 1)) == "1" ? 0 : 1;
}

// What `ltr NAME '-.' '__'` makes of a feature name: every run of '-' and
// '.' between words becomes "__" per separator, and separators before the
// first word or after the last vanish (ltr splits on them as IFS).
std::string CacheSuffix(const std::string& name) {
  std::vector<std::string> fields;
  std::string field;
  for (char c : name) {
    if (c == '-' || c == '.') {
      fields.push_back(field);
      field.clear();
    } else {
      field += c;
    }
  }
  if (!field.empty()) fields.push_back(field);
  std::string out;
  for (const std::string& word : fields) out = out.empty() ? word : out + "__" + word;
  return out;
}

// check_kern_features NAME: kern.features.NAME exists; the answer is kept in
// _rc_cache_kern_features_NAME (yes/no) and not asked again.
int CheckKernFeatures(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv) {
  std::string name = Arg(argv, 1);
  std::string variable = "_rc_cache_kern_features_" + CacheSuffix(name);
  std::string cached = Var(shell, variable);
  if (!cached.empty()) return cached == "yes" ? 0 : 1;
  bool present = context.system->SysctlExists(shell, "kern.features." + name);
  shell.SetVar(variable, present ? "yes" : "no");
  return present ? 0 : 1;
}

// root_hold_wait: while vfs.root_mount_hold names holders, one progress
// character a second, for at most ${root_hold_delay:-30} seconds.
int RootHoldWait(RcSubrContext& context, Shell& shell, std::vector<std::string>&) {
  std::string delay = Var(shell, "root_hold_delay");
  if (delay.empty()) delay = "30";
  bool started = false;
  std::string hold;
  for (int waited = 0;; ++waited) {
    hold = context.system->SysctlValue(shell, "vfs.root_mount_hold");
    if (hold.empty()) break;
    // `[ $waited -ge "$delay" ]` through the test builtin: its messages
    // for a delay that is not a number.
    std::vector<std::string> expired = {"[", std::to_string(waited), "-ge", delay, "]"};
    if (shell.RunCommandArgv(expired, false) == 0) {
      shell.Out("\n");
      break;
    }
    shell.Out(started ? "." : "Waiting " + delay + "s for the root mount holders: " + hold);
    started = true;
    context.sleeper->Sleep(std::chrono::seconds(1));
  }
  if (started && hold.empty()) shell.Out("\n");
  return 0;
}

// The options of load_kld, read with the getopts builtin as rc.subr does
// (a local OPTIND, the same messages for a bad option).
struct LoadKldArgs {
  std::string regex, module, file;
};
constexpr const char* kLoadKldUsage = "USAGE: load_kld [-e regex] [-m module] file";

// False after a usage error (err has been called).
bool ParseLoadKld(Shell& shell, LoadKldArgs* args) {
  shell.SetVar("OPTIND", "1");
  for (;;) {
    std::vector<std::string> getopts = {"getopts", "e:m:", "_lk_opt"};
    if (shell.RunCommandArgv(getopts, false) != 0) break;
    std::string option = Var(shell, "_lk_opt");
    if (option == "e") {
      args->regex = Var(shell, "OPTARG");
    } else if (option == "m") {
      args->module = Var(shell, "OPTARG");
    } else {
      CallByName(shell, {"err", "3", kLoadKldUsage});
      if (shell.flow() != Flow::kNone) return false;
    }
  }
  long optind = 1;
  try {
    optind = std::stol(Var(shell, "OPTIND"));
  } catch (...) {
  }
  std::vector<std::string>& positional = shell.state().positional;
  size_t skip = std::min(positional.size(), static_cast<size_t>(std::max(optind - 1, 0L)));
  std::vector<std::string> operands(positional.begin() + static_cast<long>(skip), positional.end());
  if (operands.size() != 1) {
    CallByName(shell, {"err", "3", kLoadKldUsage});
    if (shell.flow() != Flow::kNone) return false;
  }
  args->file = operands.empty() ? "" : operands[0];
  if (args->module.empty()) args->module = args->file;
  return true;
}

// load_kld [-e REGEX] [-m MODULE] FILE: kldload FILE unless already loaded.
int LoadKld(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv) {
  return WithFunctionFrame(shell, {argv.begin() + 1, argv.end()}, {"OPTIND", "_lk_opt"}, [&] {
    LoadKldArgs args;
    if (!ParseLoadKld(shell, &args)) return shell.state().last_status;
    bool loaded;
    if (!args.regex.empty()) {
      shell.state().positional = {args.regex};
      loaded = EvalText(shell, "kldstat -v | grep -E -q -e \"$1\"") == 0;
      if (shell.flow() != Flow::kNone) return shell.state().last_status;
    } else {
      loaded = context.system->KldModuleLoaded(shell, args.module);
    }
    if (loaded) {
      CallByName(shell, {"debug", "load_kld: " + args.file + " kernel module already loaded."});
      return 0;
    }
    if (CallByName(shell, {"kldload", args.file}) != 0) {
      CallByName(shell, {"warn", "Unable to load kernel module " + args.file});
      return 1;
    }
    CallByName(shell, {"info", args.file + " kernel module loaded."});
    std::string conf = "/etc/sysctl.kld.d/" + args.file + ".conf";
    if (TestPath(shell, "-f", UnderRoot(shell, conf))) CallByName(shell, {"sysctl", "-f", conf});
    return 0;
  });
}

// The load_kld arguments of one required_modules word: "file:module" →
// -m module file, "file~regex" → -e regex file (split like unquoted words).
std::vector<std::string> LoadKldArgsFor(const Shell& shell, const std::string& word) {
  std::string text = word;
  size_t tilde = word.find('~'), colon = word.find(':');
  if (tilde != std::string::npos) {
    text = "-e " + word.substr(tilde + 1) + " " + word.substr(0, tilde);
  } else if (colon != std::string::npos) {
    text = "-m " + word.substr(colon + 1) + " " + word.substr(0, colon);
  }
  return SplitFields(shell, text);
}

// check_required_after ARG: for start, load every required_modules word;
// a failure stops the start unless rc_force is set.
int CheckRequiredAfter(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  if (Arg(argv, 1) != "start") return 0;
  for (const std::string& word : SplitFields(shell, Var(shell, "required_modules"))) {
    std::vector<std::string> call = LoadKldArgsFor(shell, word);
    call.insert(call.begin(), "load_kld");
    int status = CallByName(shell, call);
    if (shell.flow() != Flow::kNone) return status;
    if (status != 0 && Var(shell, "rc_force").empty()) return 1;
  }
  return 0;
}

// mount_md SIZE MOUNTPOINT [FLAGS]: mdmfs FLAGS -s SIZE ${mfs_type:-auto} MOUNTPOINT
int MountMd(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  std::vector<std::string> call = {"mdmfs"};
  for (std::string& flag : SplitFields(shell, Arg(argv, 3))) call.push_back(flag);
  std::string type = Var(shell, "mfs_type");
  call.insert(call.end(), {"-s", Arg(argv, 1), type.empty() ? "auto" : type, Arg(argv, 2)});
  return CallByName(shell, call);
}

constexpr RcNative kNatives[] = {
    {"check_jail", CheckJail},
    {"check_kern_features", CheckKernFeatures},
    {"root_hold_wait", RootHoldWait},
    {"load_kld", LoadKld},
    {"check_required_after", CheckRequiredAfter},
    {"mount_md", MountMd},
};

}  // namespace

std::span<const RcNative> SystemNatives() { return kNatives; }

}  // namespace rcsh::rcsubr
