// The native rc.subr functions, one table per source file (each file's
// header comment says which part of rc.subr(8) it implements).
// rc_subr.cc registers them all.
#pragma once

#include <span>

#include "rcsubr/rc_context.h"

namespace rcsh::rcsubr {

/// checkyesno, warn, err, info, debug, reverse_list, startmsg, ... (message_natives.cc)
std::span<const RcNative> MessageNatives();
/// load_rc_config, load_rc_config_var, set_rcvar, dot, vdot, ... (config_natives.cc)
std::span<const RcNative> ConfigNatives();
/// check_pidfile, check_process, _find_processes, wait_for_pids (process_natives.cc)
std::span<const RcNative> ProcessNatives();
/// check_jail, check_kern_features, load_kld, root_hold_wait, mount_md, ... (system_natives.cc)
std::span<const RcNative> SystemNatives();
/// run_rc_script, run_rc_scripts, force_depend, stop_boot, ... (script_natives.cc)
std::span<const RcNative> ScriptNatives();
/// backup_file, make_symlink, devfs_*, geli_make_list, find_*_scripts (filesystem_natives.cc)
std::span<const RcNative> FilesystemNatives();
/// run_rc_command and its _run_rc_* helpers (run_rc_command.cc)
std::span<const RcNative> RunRcCommandNatives();

}  // namespace rcsh::rcsubr
