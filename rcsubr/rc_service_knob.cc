#include "rcsubr/rc_service_knob.h"

#include "rcsubr/rc_conf_editor.h"
#include "rcsubr/rc_conf_update.h"
#include "rcsubr/rc_default_methods.h"
#include "rcsubr/rc_messages.h"
#include "rcsubr/rc_shell_calls.h"

namespace rcsh::rcsubr {
namespace {

// The files that may set the service's knobs, in the order they are read.
std::vector<std::string> CandidateFiles(RcSubrContext& context, Shell& shell, const std::string& name) {
  std::string conf_files = Var(shell, "rc_conf_files");
  if (conf_files.empty()) conf_files = "/etc/rc.conf /etc/rc.conf.local";
  std::vector<std::string> files = SplitFields(shell, conf_files);
  std::vector<std::string> dirs = {"/etc"};
  for (std::string& dir : SplitFields(shell, Var(shell, "local_startup"))) {
    if (dir.ends_with("/rc.d")) dir.resize(dir.size() - 5);
    dirs.push_back(dir);
  }
  for (const std::string& dir : dirs) {
    std::string file = dir + "/rc.conf.d/" + name;
    std::string contents, error;
    if (context.files->ReadFile(UnderRoot(shell, file), &contents, &error) == FileWriter::ReadStatus::kOk) {
      files.push_back(file);
    }
  }
  return files;
}

// True when `file` (logical) has a knob line for `rcvar`.
bool SetsKnob(RcSubrContext& context, Shell& shell, const std::string& file, const std::string& rcvar) {
  std::string contents, error;
  if (context.files->ReadFile(UnderRoot(shell, file), &contents, &error) != FileWriter::ReadStatus::kOk) {
    return false;
  }
  KnobLookup lookup = FindKnob(RcConfText{file, contents}, rcvar);
  return lookup.ok() && lookup.value.has_value();
}

void Warn(Shell& shell, const std::string& message) { CallByName(shell, {"warn", message}); }

// The rooted path in an error message reads as the logical one.
std::string Logical(const Shell& shell, std::string text) {
  std::string root = Var(shell, "RC_ROOT");
  if (root.empty()) return text;
  for (size_t at = text.find(root + "/"); at != std::string::npos; at = text.find(root + "/", at)) {
    text.erase(at, root.size());
  }
  return text;
}

}  // namespace

int EnableOrDisableService(RcSubrContext& context, Shell& shell, bool enable) {
  std::string name = Var(shell, "name");
  std::string rcvar = Var(shell, "rcvar");
  std::string verb = enable ? "enable" : "disable";
  if (rcvar.empty()) {
    Warn(shell, "cannot " + verb + " " + name + ": it has no rcvar.");
    return 1;
  }
  std::vector<std::string> files = CandidateFiles(context, shell, name);
  std::string target = files.front();
  for (const std::string& file : files) {
    if (SetsKnob(context, shell, file, rcvar)) target = file;
  }
  RcConfUpdateRequest request{enable ? RcConfChange::kEnable : RcConfChange::kDisable,
                              UnderRoot(shell, target), name, rcvar};
  RcConfUpdateResult result = UpdateRcConf(*context.files, request);
  if (!result.ok()) {
    Warn(shell, "cannot " + verb + " " + name + ": " + Logical(shell, result.error));
    return 1;
  }
  shell.Out(name + " " + verb + "d in " + target + "\n");
  return kMethodDone;
}

int DeleteServiceKnob(RcSubrContext& context, Shell& shell) {
  std::string name = Var(shell, "name");
  std::string rcvar = Var(shell, "rcvar");
  if (rcvar.empty()) {
    Warn(shell, "cannot delete the knob of " + name + ": it has no rcvar.");
    return 1;
  }
  std::vector<std::string> deleted_in;
  int status = kMethodDone;
  for (const std::string& file : CandidateFiles(context, shell, name)) {
    if (!SetsKnob(context, shell, file, rcvar)) continue;
    RcConfUpdateRequest request{RcConfChange::kDelete, UnderRoot(shell, file), name, rcvar};
    RcConfUpdateResult result = UpdateRcConf(*context.files, request);
    if (!result.ok()) {
      Warn(shell, "cannot delete " + rcvar + ": " + Logical(shell, result.error));
      status = 1;
      continue;
    }
    deleted_in.push_back(file);
  }
  if (deleted_in.empty()) return status;
  shell.Out(rcvar + " deleted in " + JoinArgs(deleted_in, 0) + "\n");
  if (CallByName(shell, {"checkyesno", "service_delete_empty"}) != 0) return status;
  for (const std::string& file : deleted_in) {
    if (file.find("/rc.conf.d/") == std::string::npos) continue;
    std::string contents, error;
    std::string rooted = UnderRoot(shell, file);
    if (context.files->ReadFile(rooted, &contents, &error) != FileWriter::ReadStatus::kOk ||
        !contents.empty()) {
      continue;
    }
    if (!context.files->RemoveFile(rooted, &error)) {
      Warn(shell, Logical(shell, error));
      status = 1;
      continue;
    }
    shell.Out("Empty file " + file + " removed\n");
  }
  return status;
}

}  // namespace rcsh::rcsubr
