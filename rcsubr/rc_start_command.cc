#include "rcsubr/rc_start_command.h"

namespace rcsh::rcsubr {
namespace {

// `${value:+prefix$value }`.
std::string IfSet(const std::string& value, const std::string& prefix) {
  return value.empty() ? "" : prefix + value + " ";
}

}  // namespace

std::string BuildStartCommand(const StartCommandSettings& s) {
  std::string cd;
  std::string doit;
  if (!s.chroot.empty()) {
    doit = IfSet(s.nice, "nice -n ") + IfSet(s.cpuset_command, "") + IfSet(s.fib, "setfib -F ") +
           IfSet(s.env, "env ") + "chroot " + IfSet(s.user, "-u ") + IfSet(s.group, "-g ") +
           IfSet(s.groups, "-G ") + s.chroot + " " + s.command + " " + s.rc_flags + " " + s.command_args;
  } else {
    if (!s.chdir_path.empty()) cd = "cd " + s.chdir_path + " && ";
    doit = IfSet(s.fib, "setfib -F ") + IfSet(s.env, "env ") + IfSet(s.cpuset_command, "") +
           s.command_path + " " + s.rc_flags + " " + s.command_args;
    if (!s.user.empty()) doit = "su -m " + s.user + " -c 'sh -c \"" + doit + "\"'";
    if (!s.nice.empty()) {
      if (s.user.empty()) doit = "sh -c \"" + doit + "\"";
      doit = "nice -n " + s.nice + " " + doit;
    }
    if (!s.prepend.empty()) doit = s.prepend + " " + doit;
  }
  return cd + "limits -C " + s.login_class + " " + s.limits + " " + doit;
}

}  // namespace rcsh::rcsubr
