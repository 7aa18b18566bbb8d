// load_rc_config and load_rc_config_var of rc.subr(8) (spec c.5): the global
// files once per shell, the per-service rc.conf.d files on every call, then
// set_rcvar defaults and set_rcvar_obsolete renames. Every file is read by
// the selected reader (dot, sdot or vdot) called by name, and the defaults
// file's source_rc_confs is called by name, so the files are read exactly as
// the shell rc.subr reads them (and the parse cache serves repeated reads).
#pragma once

#include <string>
#include <vector>

#include "rcsubr/rc_context.h"

namespace rcsh::rcsubr {

/// load_rc_config [-s|--safe|-v|--verify] [NAME]: always 0.
int LoadRcConfig(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);
/// load_rc_config_var NAME VAR: VAR as load_rc_config NAME (run in a
/// subshell) would set it; nothing when it would leave VAR unset.
int LoadRcConfigVar(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv);

}  // namespace rcsh::rcsubr
