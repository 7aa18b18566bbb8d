// libFuzzer target: any byte string must parse to an AST or to diagnostics,
// never crash, hang or trip a sanitizer. Build with `./dev fuzz SECONDS`.
#include <cstddef>
#include <cstdint>
#include <string>

#include "shell/ast_dump.h"
#include "shell/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto script = rcsh::ParseScript("fuzz.sh", std::string(reinterpret_cast<const char*>(data), size));
  for (const rcsh::Diagnostic& d : script->diagnostics.items()) {
    (void)rcsh::RenderDiagnostic(script->sources, d);
  }
  (void)rcsh::DumpProgram(script->commands, script->sources, {.multiline = true, .ranges = true});
  return 0;
}
