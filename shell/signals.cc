#include "shell/signals.h"

#include <atomic>
#include <cctype>
#include <csignal>

namespace rcsh {
namespace {

constexpr int kMaxSignals = 65;
// Process-wide by nature: the kernel delivers signals to the process.
std::atomic<bool> g_pending[kMaxSignals];
std::atomic<bool> g_any_pending{false};
std::atomic<bool> g_caught[kMaxSignals];

extern "C" void RecordSignal(int signal) {
  if (signal > 0 && signal < kMaxSignals) g_pending[signal].store(true);
  g_any_pending.store(true);
}

struct SignalNameEntry {
  int number;
  const char* name;
};

constexpr SignalNameEntry kNames[] = {
    {0, "EXIT"},     {SIGHUP, "HUP"},     {SIGINT, "INT"},       {SIGQUIT, "QUIT"},
    {SIGILL, "ILL"}, {SIGTRAP, "TRAP"},   {SIGABRT, "ABRT"},     {SIGBUS, "BUS"},
    {SIGFPE, "FPE"}, {SIGKILL, "KILL"},   {SIGUSR1, "USR1"},     {SIGSEGV, "SEGV"},
    {SIGUSR2, "USR2"}, {SIGPIPE, "PIPE"}, {SIGALRM, "ALRM"},     {SIGTERM, "TERM"},
    {SIGCHLD, "CHLD"}, {SIGCONT, "CONT"}, {SIGSTOP, "STOP"},     {SIGTSTP, "TSTP"},
    {SIGTTIN, "TTIN"}, {SIGTTOU, "TTOU"}, {SIGURG, "URG"},       {SIGXCPU, "XCPU"},
    {SIGXFSZ, "XFSZ"}, {SIGVTALRM, "VTALRM"}, {SIGPROF, "PROF"}, {SIGWINCH, "WINCH"},
    {SIGIO, "IO"},   {SIGSYS, "SYS"},
};

void SetHandler(int signal, void (*handler)(int)) {
  if (signal <= 0 || signal >= kMaxSignals) return;
  struct sigaction action = {};
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  sigaction(signal, &action, nullptr);
}

}  // namespace

void CatchSignal(int signal) {
  SetHandler(signal, RecordSignal);
  if (signal > 0 && signal < kMaxSignals) g_caught[signal] = true;
}
void IgnoreSignal(int signal) {
  SetHandler(signal, SIG_IGN);
  if (signal > 0 && signal < kMaxSignals) g_caught[signal] = false;
}
void DefaultSignal(int signal) {
  SetHandler(signal, SIG_DFL);
  if (signal > 0 && signal < kMaxSignals) g_caught[signal] = false;
}
bool IsCaught(int signal) { return signal > 0 && signal < kMaxSignals && g_caught[signal]; }

bool TakePendingSignal(int signal) {
  if (signal <= 0 || signal >= kMaxSignals) return false;
  return g_pending[signal].exchange(false);
}

bool AnySignalPending() { return g_any_pending.exchange(false); }

int SignalNumber(const std::string& text) {
  if (text.empty()) return -1;
  if (std::isdigit(static_cast<unsigned char>(text[0]))) {
    int n = 0;
    for (char c : text) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
      n = n * 10 + (c - '0');
      if (n >= kMaxSignals) return -1;
    }
    return n;
  }
  std::string upper;
  for (char c : text) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (upper.rfind("SIG", 0) == 0) upper = upper.substr(3);
  for (const SignalNameEntry& entry : kNames) {
    if (upper == entry.name) return entry.number;
  }
  return -1;
}

std::string SignalName(int signal) {
  for (const SignalNameEntry& entry : kNames) {
    if (entry.number == signal) return entry.name;
  }
  return std::to_string(signal);
}

int MaxSignal() { return kMaxSignals - 1; }

}  // namespace rcsh
