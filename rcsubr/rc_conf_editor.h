// Editing rc.conf-style texts the way sysrc(8) does, for `service NAME
// enable|disable|delete`: change or add one knob, remove one, read one, and
// leave every other byte of the text as it was.
//
// Unlike sysrc, which matches lines with a regular expression, the text is
// parsed with the shell parser, so an assignment inside an `if`, a function
// or a here-document is never mistaken for a knob, and a text that does not
// parse is refused instead of being edited into something worse.
//
// A *knob line* is a top-level command that is exactly one assignment
// `NAME=word` (no command word, no redirection), alone on its line(s) apart
// from blanks, an optional `;` and a trailing comment. The word may be bare,
// '...', "..." or $'...'; it may span lines inside quotes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace rcsh::rcsubr {

/// The text of an rc.conf-style file and the name its diagnostics use.
struct RcConfText {
  std::string_view file_name;
  std::string_view text;
};

/// The outcome of SetKnob or RemoveKnob. On error `text` is empty and the
/// caller must not write anything.
struct KnobEdit {
  bool ok() const { return error.empty(); }

  std::string text;       // the whole new text
  std::string error;      // e.g. "rc.conf:3:5: error: ..." with the line and a caret
  bool appended = false;  // SetKnob: a new line was added at the end
  size_t removed = 0;     // RemoveKnob: knob lines dropped
};

/// The outcome of FindKnob.
struct KnobLookup {
  bool ok() const { return error.empty(); }

  /// The value of the last knob line for the name, quotes removed. A value
  /// with expansions (`$x`, `$(cmd)`, `~`) is returned as written, since
  /// nothing is evaluated here. Empty optional: no knob line sets the name.
  std::optional<std::string> value;
  std::string error;
};

/// Sets `name` to `value` (sysrc NAME=VALUE). The last knob line for `name`
/// gets the new value in place, keeping its indentation, its quoting style
/// (a bare word becomes "..." when the value needs quotes) and its trailing
/// comment. When there is no knob line, or an assignment to `name` that is
/// not a knob line (in an `if`, a `for`, `a=1 name=2`) comes after the last
/// one and would override it, `name="value"` is appended on a line of its
/// own. Refuses a text with syntax errors and names that are not shell
/// variable names.
KnobEdit SetKnob(RcConfText file, std::string_view name, std::string_view value);

/// Drops every knob line for `name` (sysrc -x), with its trailing comment.
/// Assignments that are not knob lines stay.
KnobEdit RemoveKnob(RcConfText file, std::string_view name);

/// The value the last knob line gives `name` (sysrc -n NAME on one file).
KnobLookup FindKnob(RcConfText file, std::string_view name);

/// True for a POSIX variable name: [A-Za-z_][A-Za-z0-9_]*.
bool IsValidKnobName(std::string_view name);

}  // namespace rcsh::rcsubr
