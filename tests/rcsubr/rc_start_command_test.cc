// The command line of run_rc_command's default start, one wrapping at a time.
#include "rcsubr/rc_start_command.h"

#include <gtest/gtest.h>

namespace rcsh::rcsubr {
namespace {

StartCommandSettings Daemon() {
  StartCommandSettings s;
  s.command = "/usr/sbin/foo";
  s.command_path = "/usr/sbin/foo";
  s.rc_flags = "-f";
  s.command_args = "-a";
  return s;
}

TEST(BuildStartCommand, PlainDaemonRunsUnderLimits) {
  EXPECT_EQ(BuildStartCommand(Daemon()), "limits -C daemon  /usr/sbin/foo -f -a");
}

TEST(BuildStartCommand, LimitsAndLoginClass) {
  StartCommandSettings s = Daemon();
  s.login_class = "staff";
  s.limits = "-n 100";
  EXPECT_EQ(BuildStartCommand(s), "limits -C staff -n 100 /usr/sbin/foo -f -a");
}

TEST(BuildStartCommand, ChdirPrefixesACd) {
  StartCommandSettings s = Daemon();
  s.chdir_path = "/var/db";
  EXPECT_EQ(BuildStartCommand(s), "cd /var/db && limits -C daemon  /usr/sbin/foo -f -a");
}

TEST(BuildStartCommand, FibEnvAndCpusetComeBeforeTheCommand) {
  StartCommandSettings s = Daemon();
  s.fib = "1";
  s.env = "A=1";
  s.cpuset_command = "/bin/cpuset -l 0";
  EXPECT_EQ(BuildStartCommand(s), "limits -C daemon  setfib -F 1 env A=1 /bin/cpuset -l 0 /usr/sbin/foo -f -a");
}

TEST(BuildStartCommand, UserWrapsInSu) {
  StartCommandSettings s = Daemon();
  s.user = "www";
  EXPECT_EQ(BuildStartCommand(s), "limits -C daemon  su -m www -c 'sh -c \"/usr/sbin/foo -f -a\"'");
}

TEST(BuildStartCommand, NiceWithoutUserAddsAShell) {
  StartCommandSettings s = Daemon();
  s.nice = "5";
  EXPECT_EQ(BuildStartCommand(s), "limits -C daemon  nice -n 5 sh -c \"/usr/sbin/foo -f -a\"");
}

TEST(BuildStartCommand, NiceWithUserWrapsTheSu) {
  StartCommandSettings s = Daemon();
  s.nice = "5";
  s.user = "www";
  EXPECT_EQ(BuildStartCommand(s), "limits -C daemon  nice -n 5 su -m www -c 'sh -c \"/usr/sbin/foo -f -a\"'");
}

TEST(BuildStartCommand, PrependGoesFirst) {
  StartCommandSettings s = Daemon();
  s.prepend = "daemon -f";
  s.nice = "5";
  EXPECT_EQ(BuildStartCommand(s), "limits -C daemon  daemon -f nice -n 5 sh -c \"/usr/sbin/foo -f -a\"");
}

TEST(BuildStartCommand, ChrootUsesTheLogicalCommandAndNoCd) {
  StartCommandSettings s = Daemon();
  s.command_path = "/root/usr/sbin/foo";
  s.chroot = "/var/empty";
  s.chdir_path = "/ignored";
  s.user = "u";
  s.group = "g";
  s.groups = "a,b";
  s.nice = "1";
  EXPECT_EQ(BuildStartCommand(s),
            "limits -C daemon  nice -n 1 chroot -u u -g g -G a,b /var/empty /usr/sbin/foo -f -a");
}

}  // namespace
}  // namespace rcsh::rcsubr
