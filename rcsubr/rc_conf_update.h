// The rc.conf edit behind `service NAME enable|disable|delete` (rc.subr's
// default methods, which FreeBSD implements with sysrc(8)): read one file,
// refuse it if it does not parse, compute the new text, replace the file
// atomically. Choosing which file (rc.conf, rc.conf.d/NAME, ...) and
// printing are the caller's business.
#pragma once

#include <string>

#include "rcsubr/file_writer.h"

namespace rcsh::rcsubr {

enum class RcConfChange {
  kEnable,   // RCVAR="YES"
  kDisable,  // RCVAR="NO"
  kDelete,   // drop every knob line of RCVAR
};

struct RcConfUpdateRequest {
  RcConfChange change = RcConfChange::kEnable;
  std::string path;     // the file to edit, e.g. /etc/rc.conf
  std::string service;  // NAME in "NAME enabled in FILE"
  std::string rcvar;    // the knob, e.g. sshd_enable
};

struct RcConfUpdateResult {
  bool ok() const { return error.empty(); }

  /// What FreeBSD prints on success, without a newline: "NAME enabled in
  /// FILE", "NAME disabled in FILE", "RCVAR deleted in FILE". Empty for a
  /// delete that found nothing to delete.
  std::string message;
  /// Why nothing was changed (the file is then untouched): a syntax error
  /// as "FILE:LINE:COL: error: ..." with the line and a caret, or an I/O
  /// error.
  std::string error;
  /// True when the file was rewritten (false when it already said so, or on
  /// error).
  bool written = false;
};

/// Performs `request` on the file through `files`. A missing file is
/// created by enable and disable (as sysrc does) and left alone by delete.
/// Before writing, the new text is parsed again and must give RCVAR the
/// intended value, so a bug here can never leave a broken rc.conf.
RcConfUpdateResult UpdateRcConf(FileWriter& files, const RcConfUpdateRequest& request);

}  // namespace rcsh::rcsubr
