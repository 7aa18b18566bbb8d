#include "rcsubr/rc_conf_update.h"

#include <optional>

#include "rcsubr/rc_conf_editor.h"

namespace rcsh::rcsubr {

RcConfUpdateResult UpdateRcConf(FileWriter& files, const RcConfUpdateRequest& request) {
  RcConfUpdateResult result;
  std::string old_text;
  std::string read_error;
  switch (files.ReadFile(request.path, &old_text, &read_error)) {
    case FileWriter::ReadStatus::kOk: break;
    case FileWriter::ReadStatus::kNotFound:
      if (request.change == RcConfChange::kDelete) return result;  // nothing set, nothing to do
      old_text.clear();
      break;
    case FileWriter::ReadStatus::kError: result.error = read_error; return result;
  }

  RcConfText file{request.path, old_text};
  KnobEdit edit;
  std::optional<std::string> intended;  // RCVAR's value in the new text
  switch (request.change) {
    case RcConfChange::kEnable:
      intended = "YES";
      edit = SetKnob(file, request.rcvar, *intended);
      result.message = request.service + " enabled in " + request.path;
      break;
    case RcConfChange::kDisable:
      intended = "NO";
      edit = SetKnob(file, request.rcvar, *intended);
      result.message = request.service + " disabled in " + request.path;
      break;
    case RcConfChange::kDelete:
      edit = RemoveKnob(file, request.rcvar);
      result.message = edit.removed == 0 ? "" : request.rcvar + " deleted in " + request.path;
      break;
  }
  if (!edit.ok()) {
    result.message.clear();
    result.error = std::move(edit.error);
    return result;
  }
  if (edit.text == old_text) return result;

  // The editor's own promise, checked on its output before it replaces
  // anything: the text parses and says what was asked.
  KnobLookup check = FindKnob({request.path, edit.text}, request.rcvar);
  if (!check.ok() || check.value != intended) {
    result.message.clear();
    result.error = request.path + ": internal error: the edited text would not set " +
                   request.rcvar + " as intended; the file was not changed";
    return result;
  }

  std::string write_error;
  if (!files.ReplaceFileAtomically(request.path, edit.text, &write_error)) {
    result.message.clear();
    result.error = std::move(write_error);
    return result;
  }
  result.written = true;
  return result;
}

}  // namespace rcsh::rcsubr
