// Signal delivery: the one piece of process-wide state in rcsh. A caught
// signal only sets a flag here; each shell runs its trap actions between
// commands (Shell::RunPendingTraps), never inside the handler.
#pragma once

#include <string>

namespace rcsh {

/// Catches `signal`: the handler records it as pending.
void CatchSignal(int signal);
void IgnoreSignal(int signal);
void DefaultSignal(int signal);
/// True if rcsh installed a handler for `signal` (a child must reset it).
bool IsCaught(int signal);
/// True (once) if `signal` arrived since the last call.
bool TakePendingSignal(int signal);
/// True if any signal is pending (cheap check between commands).
bool AnySignalPending();

/// Signal number for a name ("INT", "SIGINT", "int") or number text; -1 if
/// unknown. "EXIT" and "0" are 0.
int SignalNumber(const std::string& name);
/// "INT" for 2, "EXIT" for 0; the number as text when unnamed.
std::string SignalName(int signal);
/// Highest signal number known here.
int MaxSignal();

}  // namespace rcsh
