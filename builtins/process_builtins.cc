// kill, wait, jobs, fg/bg and ulimit: builtins about processes.
#include <signal.h>
#include <sys/resource.h>

#include <cerrno>
#include <cstring>

#include "builtins/builtins.h"
#include "shell/job_table.h"
#include "shell/signals.h"

namespace rcsh::builtins {

int Kill(Shell& shell, std::vector<std::string>& argv) {
  int sig = SIGTERM;
  size_t i = 1;
  if (i < argv.size() && argv[i] == "-l") {
    if (i + 1 < argv.size()) {
      long status;
      if (!ParseNumber(argv[i + 1], &status)) {
        shell.Error("kill: bad status " + argv[i + 1]);
        return 1;
      }
      shell.Out(SignalName(static_cast<int>(status > 128 ? status - 128 : status)) + "\n");
      return 0;
    }
    std::string out;
    for (int s = 1; s <= 31; ++s) out += SignalName(s) + (s % 8 == 0 || s == 31 ? "\n" : " ");
    shell.Out(out);
    return 0;
  }
  if (i < argv.size() && argv[i] == "-s" && i + 1 < argv.size()) {
    sig = SignalNumber(argv[i + 1]);
    i += 2;
  } else if (i < argv.size() && argv[i].size() > 1 && argv[i][0] == '-' && argv[i] != "--") {
    sig = SignalNumber(argv[i].substr(1));
    ++i;
  }
  if (i < argv.size() && argv[i] == "--") ++i;
  if (sig < 0) {
    shell.Error("kill: bad signal name");
    return 1;
  }
  if (i >= argv.size()) {
    shell.Error("kill: usage: kill [-s signame | -signum | -signame] pid ...");
    return 2;
  }
  int status = 0;
  for (; i < argv.size(); ++i) {
    const std::string& target = argv[i];
    bool negative = !target.empty() && target[0] == '-';
    long pid;
    if (!ParseNumber(negative ? target.substr(1) : target, &pid)) {
      shell.Error("kill: Illegal number: " + target);
      status = 1;
      continue;
    }
    if (shell.services().jobs && shell.services().jobs->IsThread(static_cast<pid_t>(pid))) {
      shell.Error("kill: " + target + ": an in-process job cannot be signalled");
      status = 1;
      continue;
    }
    if (::kill(static_cast<pid_t>(negative ? -pid : pid), sig) != 0) {
      shell.Error("kill: " + target + ": " + std::strerror(errno));
      status = 1;
    }
  }
  return status;
}

int Wait(Shell& shell, std::vector<std::string>& argv) {
  JobTable* jobs = shell.services().jobs;
  if (argv.size() == 1) {
    jobs->WaitAll();
    return 0;
  }
  int status = 0;
  for (size_t i = 1; i < argv.size(); ++i) {
    long pid;
    if (!ParseNumber(argv[i], &pid)) {
      shell.Error("wait: Illegal number: " + argv[i]);
      return 2;
    }
    status = jobs->Known(static_cast<pid_t>(pid)) ? jobs->Wait(static_cast<pid_t>(pid)) : 127;
  }
  return status;
}

int Jobs(Shell&, std::vector<std::string>&) { return 0; }

int Fg(Shell& shell, std::vector<std::string>& argv) {
  shell.Error(argv[0] + ": no job control");
  return 2;
}

int Ulimit(Shell& shell, std::vector<std::string>& argv) {
  struct Limit {
    char option;
    int resource;
    int factor;
    const char* name;
  };
  static const Limit kLimits[] = {
      {'c', RLIMIT_CORE, 512, "core file size (blocks)"},
      {'d', RLIMIT_DATA, 1024, "data seg size (kbytes)"},
      {'f', RLIMIT_FSIZE, 512, "file size (blocks)"},
      {'l', RLIMIT_MEMLOCK, 1024, "locked memory (kbytes)"},
      {'n', RLIMIT_NOFILE, 1, "open files"},
      {'s', RLIMIT_STACK, 1024, "stack size (kbytes)"},
      {'t', RLIMIT_CPU, 1, "cpu time (seconds)"},
      {'u', RLIMIT_NPROC, 1, "max user processes"},
      {'v', RLIMIT_AS, 1024, "virtual memory (kbytes)"},
  };
  bool hard = false;
  bool all = false;
  const Limit* limit = &kLimits[2];
  size_t i = 1;
  for (; i < argv.size() && argv[i].size() > 1 && argv[i][0] == '-'; ++i) {
    for (size_t k = 1; k < argv[i].size(); ++k) {
      char c = argv[i][k];
      if (c == 'H') hard = true;
      else if (c == 'S') hard = false;
      else if (c == 'a') all = true;
      else {
        bool found = false;
        for (const Limit& l : kLimits) {
          if (l.option == c) {
            limit = &l;
            found = true;
          }
        }
        if (!found) {
          shell.Error(std::string("ulimit: Illegal option -") + c);
          return 2;
        }
      }
    }
  }
  auto show = [&](const Limit& l) {
    struct rlimit r;
    getrlimit(l.resource, &r);
    rlim_t v = hard ? r.rlim_max : r.rlim_cur;
    return v == RLIM_INFINITY ? std::string("unlimited") : std::to_string(v / static_cast<rlim_t>(l.factor));
  };
  if (all) {
    for (const Limit& l : kLimits) {
      std::string name = l.name;
      name.resize(28, ' ');
      shell.Out(name + "(-" + l.option + ")  " + show(l) + "\n");
    }
    return 0;
  }
  if (i >= argv.size()) {
    shell.Out(show(*limit) + "\n");
    return 0;
  }
  struct rlimit r;
  getrlimit(limit->resource, &r);
  rlim_t value;
  long number;
  if (argv[i] == "unlimited") {
    value = RLIM_INFINITY;
  } else if (ParseNumber(argv[i], &number)) {
    value = static_cast<rlim_t>(number) * static_cast<rlim_t>(limit->factor);
  } else {
    shell.Error("ulimit: bad number: " + argv[i]);
    return 1;
  }
  // Limits are per process; rcsh applies them to itself and its children.
  if (hard) r.rlim_max = value;
  else r.rlim_cur = value;
  if (setrlimit(limit->resource, &r) != 0) {
    shell.Error(std::string("ulimit: ") + std::strerror(errno));
    return 1;
  }
  return 0;
}

}  // namespace rcsh::builtins
