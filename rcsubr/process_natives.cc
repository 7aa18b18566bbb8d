// check_pidfile, check_process, _find_processes and wait_for_pids of
// rc.subr(8), answered from the context's ProcessTable (process_match.h has
// the matching rules) instead of ps, kill -0, pwait and sleep processes.
// Under a root prefix the real table is not the test world's: the world's
// daemons are what its ps stand-in lists, so then $PS is asked, as rc.subr
// asks it (a table a test supplied still answers). Messages go through
// warn/debug/err by name, as rc.subr calls them.
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "rcsubr/process_match.h"
#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_natives.h"
#include "rcsubr/rc_shell_calls.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {
namespace {

// How often a wait for a process to end looks again (pwait returns at once).
constexpr std::chrono::milliseconds kExitPollInterval{50};

std::string Arg(const std::vector<std::string>& argv, size_t i) { return i < argv.size() ? argv[i] : ""; }

// A plain decimal number, as the shell's string comparisons and kill see it.
std::optional<long> Decimal(const std::string& text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  for (char c : text)
    if (c < '0' || c > '9') return std::nullopt;
  if (text.size() > 1 && text[0] == '0') return std::nullopt;
  return std::stol(text);
}

// rc.subr compares ps's jid column with "$JID" as strings; a JID that is
// not how ps prints a number matches no process.
int WantedJail(const Shell& shell) { return static_cast<int>(Decimal(Var(shell, "JID")).value_or(-1)); }

// `read -r line < FILE`: the first line, or nullopt if FILE cannot be opened.
std::optional<std::string> ReadFirstLine(const Shell& shell, const std::string& path) {
  int fd = shell.OpenAt(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::string line;
  char buffer[512];
  for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) {
    std::string_view chunk(buffer, static_cast<size_t>(n));
    size_t newline = chunk.find('\n');
    line += chunk.substr(0, newline);
    if (newline != std::string_view::npos) break;
  }
  close(fd);
  return line;
}

// The script of an interpreted daemon, read under the root prefix and only
// when readable ([ -r ]), as _find_processes reads its shebang line.
FirstLineReader ScriptReader(Shell& shell) {
  return [&shell](const std::string& procname) -> std::optional<std::string> {
    std::string path = UnderRoot(shell, procname);
    if (!TestPath(shell, "-r", path)) return std::nullopt;
    return ReadFirstLine(shell, path);
  };
}

// The processes `$PS -o pid= -o jid= -o command= PSARGS` lists, read the
// first time they are asked for (after the shebang check, as in rc.subr).
class PsListing : public ProcessTable {
 public:
  PsListing(Shell& shell, std::string psargs) : shell_(shell), psargs_(std::move(psargs)) {}

  std::vector<ProcessInfo> List() const override {
    if (!listed_) Read();
    return processes_;
  }
  std::optional<ProcessInfo> Find(pid_t pid) const override {
    for (const ProcessInfo& process : List())
      if (process.pid == pid) return process;
    return std::nullopt;
  }
  bool Alive(pid_t pid) const override { return Find(pid).has_value(); }

 private:
  void Read() const {
    listed_ = true;
    const std::string* ps = shell_.GetVar("PS");
    std::vector<std::string> argv = SplitFields(shell_, ps ? *ps : UnderRoot(shell_, "/bin/ps") + " -ww");
    for (const char* column : {"pid=", "jid=", "command="}) argv.insert(argv.end(), {"-o", column});
    for (std::string& arg : SplitFields(shell_, psargs_)) argv.push_back(arg);
    std::string text = CaptureStdout(shell_, [&](Shell& sub) {
      ScopedDiscard quiet(sub, {2});
      return CallByName(sub, argv);
    });
    // `read -r pid jid command` per line.
    for (size_t start = 0; start < text.size();) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::vector<std::string> fields = SplitFields(shell_, text.substr(start, end - start));
      start = end + 1;
      std::optional<long> pid = fields.empty() ? std::nullopt : Decimal(fields[0]);
      if (!pid) continue;
      std::vector<std::string> command(fields.size() > 2 ? fields.begin() + 2 : fields.end(), fields.end());
      int jail = static_cast<int>(Decimal(fields.size() > 1 ? fields[1] : "").value_or(-2));
      processes_.push_back(ProcessInfo{static_cast<pid_t>(*pid), jail, command});
    }
  }

  Shell& shell_;
  std::string psargs_;
  mutable bool listed_ = false;
  mutable std::vector<ProcessInfo> processes_;
};

// True when $PS answers: a root prefix and the context's own (real) table.
bool AskPs(const RcSubrContext& context, const Shell& shell) {
  return !Var(shell, "RC_ROOT").empty() && context.processes == context.owned_processes.get();
}

// The end of _find_processes: warnings through warn (status 1), else the
// pids on one line without a newline (printf '%s').
int Report(Shell& shell, const std::vector<pid_t>& pids, const std::vector<std::string>& warnings) {
  if (!warnings.empty()) {
    for (const std::string& warning : warnings) CallByName(shell, {"warn", warning});
    return 1;
  }
  std::string out;
  for (pid_t pid : pids) out += (out.empty() ? "" : " ") + std::to_string(pid);
  shell.Out(out);
  return 0;
}

// The `ps -p PID` form: the pidfile's pid, if that process matches.
int FindAll(RcSubrContext& context, Shell& shell, const std::string& procname, const std::string& interpreter,
            const std::string& psargs = "-ax");

int FindPid(RcSubrContext& context, Shell& shell, const std::string& pid_text, const std::string& procname,
            const std::string& interpreter) {
  if (AskPs(context, shell)) return FindAll(context, shell, procname, interpreter, "-p " + pid_text);
  std::vector<std::string> warnings;
  std::optional<pid_t> pid = CheckPidfile(pid_text, procname, interpreter, WantedJail(shell),
                                          *context.processes, ScriptReader(shell), &warnings);
  std::vector<pid_t> pids;
  if (pid) pids.push_back(*pid);
  return Report(shell, pids, warnings);
}

// The `ps PSARGS` form: every matching process (of the table, or of what
// $PS lists for PSARGS).
int FindAll(RcSubrContext& context, Shell& shell, const std::string& procname, const std::string& interpreter,
            const std::string& psargs) {
  std::vector<std::string> warnings;
  PsListing listing(shell, psargs);
  const ProcessTable& table = AskPs(context, shell) ? listing : *context.processes;
  std::vector<pid_t> pids =
      FindProcesses(table, procname, interpreter, WantedJail(shell), ScriptReader(shell), &warnings);
  return Report(shell, pids, warnings);
}

// err 3 USAGE: ends the shell (or whatever an overriding err does).
int Usage(Shell& shell, const std::string& usage) { return CallByName(shell, {"err", "3", "USAGE: " + usage}); }

// check_pidfile PIDFILE PROCNAME [INTERPRETER]
int CheckPidfileNative(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv) {
  std::string pidfile = Arg(argv, 1), procname = Arg(argv, 2), interpreter = Arg(argv, 3);
  if (pidfile.empty() || procname.empty()) {
    int status = Usage(shell, "check_pidfile pidfile procname [interpreter]");
    if (shell.flow() != Flow::kNone) return status;
  }
  std::string path = UnderRoot(shell, pidfile);
  if (!TestPath(shell, "-f", path))
    return CallByName(shell, {"debug", "pid file (" + pidfile + "): not readable."});
  std::vector<std::string> words = SplitFields(shell, ReadFirstLine(shell, path).value_or(""));
  if (words.empty()) return CallByName(shell, {"debug", "pid file (" + pidfile + "): no pid in file."});
  return FindPid(context, shell, words[0], procname, interpreter.empty() ? "." : interpreter);
}

// check_process PROCNAME [INTERPRETER]
int CheckProcessNative(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv) {
  std::string procname = Arg(argv, 1), interpreter = Arg(argv, 2);
  if (procname.empty()) {
    int status = Usage(shell, "check_process procname [interpreter]");
    if (shell.flow() != Flow::kNone) return status;
  }
  return FindAll(context, shell, procname, interpreter.empty() ? "." : interpreter);
}

// _find_processes PROCNAME INTERPRETER PSARGS. Without $PS, for the two ps
// argument forms rc.subr passes, "-ax" and "-p PID"; any other prints
// nothing.
int FindProcessesNative(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv) {
  if (argv.size() != 4) {
    int status = Usage(shell, "_find_processes procname interpreter psargs");
    if (shell.flow() != Flow::kNone) return status;
  }
  std::string procname = Arg(argv, 1), interpreter = Arg(argv, 2);
  std::vector<std::string> psargs = SplitFields(shell, Arg(argv, 3));
  if (AskPs(context, shell)) return FindAll(context, shell, procname, interpreter, Arg(argv, 3));
  if (psargs.size() == 1 && psargs[0] == "-ax") return FindAll(context, shell, procname, interpreter);
  if (psargs.size() == 2 && psargs[0] == "-p") return FindPid(context, shell, psargs[1], procname, interpreter);
  return 0;
}

bool Alive(const ProcessTable& table, const std::string& pid) {
  std::optional<long> number = Decimal(pid);
  return number && table.Alive(static_cast<pid_t>(*number));
}

// wait_for_pids PID...: each round keeps the pids still alive (pausing a
// second per pid after the first round, as rc.subr does), prints them, and
// waits until one of them ends (pwait -o); "." ends the line.
int WaitForPids(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv) {
  std::vector<std::string> pids = SplitFields(shell, JoinArgs(argv, 1));
  if (pids.empty()) return 0;
  std::string lead;
  for (;;) {
    std::vector<std::string> alive;
    for (const std::string& pid : pids) {
      if (!Alive(*context.processes, pid)) continue;
      alive.push_back(pid);
      if (!lead.empty()) context.sleeper->Sleep(std::chrono::seconds(1));
    }
    if (alive.empty()) break;
    pids = alive;
    shell.Out((lead.empty() ? "Waiting for PIDS: " : lead) + JoinArgs(alive, 0));
    lead = ", ";
    auto all_alive = [&] {
      for (const std::string& pid : pids)
        if (!Alive(*context.processes, pid)) return false;
      return true;
    };
    while (all_alive()) context.sleeper->Sleep(kExitPollInterval);
  }
  if (!lead.empty()) shell.Out(".\n");
  return 0;
}

constexpr RcNative kNatives[] = {
    {"check_pidfile", CheckPidfileNative},
    {"check_process", CheckProcessNative},
    {"_find_processes", FindProcessesNative},
    {"wait_for_pids", WaitForPids},
};

}  // namespace

std::span<const RcNative> ProcessNatives() { return kNatives; }

}  // namespace rcsh::rcsubr
