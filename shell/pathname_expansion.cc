#include "shell/pathname_expansion.h"

#include <algorithm>
#include <utility>

#include "shell/pattern.h"

namespace rcsh {

namespace {

/// One '/'-free piece of the word and the run of slashes after it.
struct Component {
  Pattern pattern;
  std::string separator;  // "" for the last component unless the word ends in '/'
};

/// Splits the word at every '/', quoted or not (quoting never hides a
/// separator). Splitting before compiling is also what makes a bracket
/// expression that would span a '/' a literal '[', as XCU 2.13.3 requires.
/// Slash runs are kept verbatim so that "//" and absolute paths survive.
std::vector<Component> Split(std::string_view text, const std::vector<bool>& quoted,
                             std::string* leading) {
  std::vector<Component> components;
  size_t i = 0;
  while (i < text.size() && text[i] == '/') ++i;
  leading->assign(text.substr(0, i));
  while (i < text.size()) {
    size_t start = i;
    while (i < text.size() && text[i] != '/') ++i;
    std::vector<bool> flags;
    if (!quoted.empty()) flags.assign(quoted.begin() + start, quoted.begin() + i);
    size_t slashes = i;
    while (i < text.size() && text[i] == '/') ++i;
    components.push_back({Pattern::Compile(text.substr(start, slashes - start), flags),
                          std::string(text.substr(slashes, i - slashes))});
  }
  return components;
}

}  // namespace

std::vector<std::string> ExpandPathname(std::string_view text, const std::vector<bool>& quoted,
                                        const DirectoryReader& reader) {
  std::string leading;
  std::vector<Component> components = Split(text, quoted, &leading);
  bool any_wildcards = std::any_of(components.begin(), components.end(),
                                   [](const Component& c) { return c.pattern.has_wildcards(); });
  if (!any_wildcards) return {};

  // Every path built so far ends with its separator (or is the leading
  // slashes, or ""), so it can be listed as it is.
  std::vector<std::string> paths = {leading};
  // Whether the last step produced paths nobody has checked: a literal
  // component (only listing the next directory would verify it), or a
  // matched name followed by '/' (which must be a directory).
  bool unverified = false;
  for (const Component& component : components) {
    std::vector<std::string> next;
    if (!component.pattern.has_wildcards()) {
      // Taken literally, without listing: a wrong name simply fails to
      // list at the next wildcard, or fails the final Exists check.
      for (std::string& path : paths) {
        next.push_back(std::move(path) + component.pattern.literal() + component.separator);
      }
      unverified = true;
    } else {
      for (const std::string& dir : paths) {
        std::optional<std::vector<std::string>> names = reader.ListDirectory(dir);
        if (!names) continue;
        for (const std::string& name : *names) {
          // Readers are told to leave these out; a wildcard must never
          // produce them even if one does not.
          if (name == "." || name == "..") continue;
          if (component.pattern.MatchesFileName(name)) {
            next.push_back(dir + name + component.separator);
          }
        }
      }
      unverified = !component.separator.empty();
    }
    paths = std::move(next);
    if (paths.empty()) return {};
  }

  if (unverified) {
    std::erase_if(paths, [&reader](const std::string& path) { return !reader.Exists(path); });
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace rcsh
