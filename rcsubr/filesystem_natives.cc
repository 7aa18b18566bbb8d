// backup_file, make_symlink and geli_make_list of rc.subr(8), and the table
// of the filesystem natives (the devfs ones live in rc_fs_devfs.cc, the
// script finders in rc_fs_scripts.cc). cp, mv, chown and ln are still run by
// name with the baseline's arguments; /etc/fstab is read natively.
#include "rcsubr/rc_fs_expansion.h"
#include "rcsubr/rc_fs_lines.h"
#include "rcsubr/rc_fs_natives.h"
#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_natives.h"

namespace rcsh::rcsubr {
namespace {

// backup_file add|update|remove FILE CUR BACK: add/update copies FILE to CUR
// (keeping an existing CUR as BACK) and makes it root's; remove moves CUR
// to BACK. Any other action does nothing.
int BackupFile(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  const std::string action = Arg(argv, 1), file = Arg(argv, 2), cur = Arg(argv, 3), back = Arg(argv, 4);
  bool has_current = TestPath(shell, "-f", UnderRoot(shell, cur));
  if (action == "add" || action == "update") {
    if (has_current) {
      CallByName(shell, {"cp", "-p", cur, back});
      if (Stopped(shell)) return shell.state().last_status;
    }
    CallByName(shell, {"cp", "-p", file, cur});
    if (Stopped(shell)) return shell.state().last_status;
    return CallByName(shell, {"chown", "root:wheel", cur});
  }
  if (action == "remove" && has_current) return CallByName(shell, {"mv", "-f", cur, back});
  return 0;
}

// make_symlink SRC LINK: `ln -sf SRC LINK` once LINK's directory exists.
int MakeSymlink(RcSubrContext&, Shell& shell, std::vector<std::string>& argv) {
  const std::string source = Arg(argv, 1), link = Arg(argv, 2);
  if (source.empty() || link.empty()) {
    WarnByName(shell, "make_symlink(): requires two arguments.");
    return 1;
  }
  // ${link%/*} (all of LINK when it has no '/'), or / when that is empty.
  size_t slash = link.rfind('/');
  std::string dir = slash == 0 ? std::string(1, '/') : link.substr(0, slash);
  if (!TestPath(shell, "-d", UnderRoot(shell, dir))) {
    WarnByName(shell, "make_symlink(): the directory " + dir + " does not exist.");
    return 1;
  }
  int linked = CallByName(shell, {"ln", "-sf", source, link});
  if (Stopped(shell)) return shell.state().last_status;
  if (linked != 0) {
    WarnByName(shell, "make_symlink(): failed to create link " + link + ".");
    return 1;
  }
  return 0;
}

// /dev/ada0p1.eli -> ada0p1
std::string GeliProvider(std::string device) {
  if (device.starts_with("/dev/")) device.erase(0, 5);
  if (device.ends_with(".eli")) device.resize(device.size() - 4);
  return device;
}

// geli_make_list: the providers of fstab's *.eli lines (not swap, not
// noauto), then those of $geli_devices not already listed; echoed.
int GeliMakeList(RcSubrContext& context, Shell& shell, std::vector<std::string>&) {
  std::string list;
  const std::string fstab = UnderRoot(shell, "/etc/fstab");
  std::string text;
  if (TestPath(shell, "-r", fstab) && ReadShellFile(context, shell, fstab, &text)) {
    for (const std::string& line : ReadLoopLines(text)) {
      // read -r dev mountpoint type options rest
      std::vector<std::string> fields = SplitFields(shell, line);
      fields.resize(std::max<size_t>(fields.size(), 4));
      const std::string &device = fields[0], &type = fields[2], &options = fields[3];
      if (device.empty() || device[0] == '#' || !device.ends_with(".eli")) continue;
      if (type == "swap" || ("," + options + ",").find(",noauto,") != std::string::npos) continue;
      AppendWord(list, GeliProvider(device));
    }
  }
  for (const std::string& device : ExpandUnquoted(shell, Var(shell, "geli_devices"))) {
    std::string provider = GeliProvider(device);
    if ((" " + list + " ").find(" " + provider + " ") == std::string::npos) AppendWord(list, provider);
  }
  return CallByName(shell, {"echo", list});
}

constexpr RcNative kNatives[] = {
    {"backup_file", BackupFile},
    {"make_symlink", MakeSymlink},
    {"devfs_rulesets_from_file", DevfsRulesetsFromFile},
    {"devfs_init_rulesets", DevfsInitRulesets},
    {"devfs_set_ruleset", DevfsSetRuleset},
    {"devfs_apply_ruleset", DevfsApplyRuleset},
    {"devfs_domount", DevfsDomount},
    {"geli_make_list", GeliMakeList},
    {"find_local_scripts_old", FindLocalScriptsOld},
    {"find_local_scripts_new", FindLocalScriptsNew},
    {"find_system_scripts", FindSystemScripts},
};

}  // namespace

std::span<const RcNative> FilesystemNatives() { return kNatives; }

}  // namespace rcsh::rcsubr
