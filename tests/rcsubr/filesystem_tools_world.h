// A bare RcWorld for the tests of the filesystem natives (backup_file,
// make_symlink, devfs_*, geli_make_list, find_*_scripts), with stand-ins
// for the tools those functions run. Their call lines bracket each argument
// ("ln [-sf] [a] [b]"), since the tests care where words split.
#pragma once

#include <string>

#include "support/rc_world.h"

namespace rcsh::testing {

class FilesystemToolsWorld : public RcWorld {
 public:
  FilesystemToolsWorld() {
    const std::string standin =
        "#!/bin/sh\n"
        "{ printf '%s' \"${0##*/}\"; for a; do printf ' [%s]' \"$a\"; done; echo; } >> "
        "\"$RC_CALL_LOG\"\n"
        "[ -e \"$RC_ROOT/fail.${0##*/}\" ] && exit 1\nexit 0\n";
    for (const char* tool : {"cp", "mv", "chown", "ln", "devfs", "mount"})
      Write(std::string("/bin/") + tool, standin, 0755);
    Write("/usr/bin/logger", standin, 0755);
  }

  /// From now on the stand-in `tool` exits 1 (after logging the call).
  void FailTool(const std::string& tool) const { Write("/fail." + tool, ""); }
};

}  // namespace rcsh::testing
