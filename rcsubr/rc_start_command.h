// The command line run_rc_command's default `start` evaluates for a daemon
// driven by `command` (rc.subr(8), spec c.3 "Command line built by the
// default start"). A pure function of the service's settings, so each
// wrapping (chroot, su, nice, cpuset, fib, env, prepend, cd, limits) is
// tested on its own.
#pragma once

#include <string>

namespace rcsh::rcsubr {

struct StartCommandSettings {
  std::string command;       // as the script set it (logical)
  std::string command_path;  // the command under the root prefix
  std::string rc_flags;
  std::string command_args;  // may hold shell syntax (`&`, redirections)
  std::string chroot, chdir_path;  // chdir_path: ${name}_chdir under the root prefix
  std::string nice, cpuset_command, fib, env, prepend;
  std::string user, group, groups;
  std::string login_class = "daemon", limits;
};

/// The text `_doit` holds, e.g.
/// "cd /var/db && limits -C daemon  /usr/sbin/foo -f -a".
std::string BuildStartCommand(const StartCommandSettings& settings);

}  // namespace rcsh::rcsubr
