// `service NAME enable|disable|delete` (run_rc_command's default methods):
// set ${rcvar} to YES or NO, or remove it, in the rc.conf file that holds it,
// through the parser-based, atomic rc_conf_update. FreeBSD runs sysrc(8)
// for this; rcsh edits the file itself, refuses one that does not parse,
// and never leaves a half-written rc.conf.
//
// Which file: the last of the rc.conf files (rc_conf_files, then
// /etc/rc.conf.d/NAME and the local_startup rc.conf.d/NAME files) that sets
// the knob; when none does, /etc/rc.conf. delete removes it from every one.
#pragma once

#include "rcsubr/rc_context.h"
#include "shell/shell.h"

namespace rcsh::rcsubr {

/// Prints "NAME enabled in FILE" (or disabled). Returns kMethodDone, or 1
/// after a warning when there is no rcvar or the file cannot be edited.
int EnableOrDisableService(RcSubrContext& context, Shell& shell, bool enable);

/// Prints "RCVAR deleted in FILE..." and, with service_delete_empty, removes
/// rc.conf.d files left empty ("Empty file FILE removed").
int DeleteServiceKnob(RcSubrContext& context, Shell& shell);

}  // namespace rcsh::rcsubr
