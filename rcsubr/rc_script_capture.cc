#include "rcsubr/rc_script_capture.h"

#include "rcsubr/rc_shell_calls.h"

namespace rcsh::rcsubr {

std::string CaptureCall(Shell& shell, std::vector<std::string> argv) {
  std::shared_ptr<OpenFile> sink = OpenFile::MemorySink();
  shell.RunSubshell([&](Shell& sub) {
    sub.state().fds.Set(1, sink);
    return CallByName(sub, std::move(argv));
  });
  std::string text = sink->TakeContents();
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

}  // namespace rcsh::rcsubr
