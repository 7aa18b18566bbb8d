#include "support/parse_helpers.h"

#include <gtest/gtest.h>

#include "shell/ast_dump.h"

namespace rcsh::testing {

std::string DumpOf(std::string_view script, const AliasResolver* aliases) {
  auto parsed = ParseScript("t.sh", std::string(script), aliases);
  if (!parsed->diagnostics.items().empty()) {
    return "error: " + parsed->diagnostics.items().front().message;
  }
  std::string out;
  for (const CommandList* list : parsed->commands) {
    if (!out.empty()) out += "\n";
    if (list->items.size() == 1 && !list->items[0].background) {
      out += DumpNode(*list->items[0].command, parsed->sources);
    } else {
      out += DumpNode(*list, parsed->sources);
    }
  }
  return out;
}

void ExpectDumps(const std::vector<Case>& cases, const AliasResolver* aliases) {
  for (const Case& c : cases) {
    EXPECT_EQ(DumpOf(c.input, aliases), c.expected) << "input:\n" << c.input;
  }
}

std::string ErrorsOf(std::string_view script) {
  auto parsed = ParseScript("t.sh", std::string(script));
  std::string out;
  for (const Diagnostic& diagnostic : parsed->diagnostics.items()) {
    out += RenderDiagnostic(parsed->sources, diagnostic);
  }
  return out;
}

}  // namespace rcsh::testing
