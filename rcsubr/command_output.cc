#include "rcsubr/command_output.h"

namespace rcsh::rcsubr {

std::string CommandOutput(Shell& shell, const std::function<int(Shell&)>& body, int* status) {
  auto sink = OpenFile::MemorySink();
  int result = shell.RunSubshell([&](Shell& sub) {
    sub.state().fds.Set(1, sink);
    return body(sub);
  });
  if (status) *status = result;
  std::string text = sink->TakeContents();
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

}  // namespace rcsh::rcsubr
