#include "rcsubr/process_table.h"

#ifdef __FreeBSD__
#include "rcsubr/freebsd_process_table.h"
#else
#include "rcsubr/linux_process_table.h"
#endif

namespace rcsh::rcsubr {

std::string CommandLine(const std::vector<std::string>& argv) {
  std::string text;
  for (size_t i = 0; i < argv.size(); ++i) {
    if (i > 0) text += ' ';
    text += argv[i];
  }
  return text;
}

std::shared_ptr<const ProcessTable> MakeSystemProcessTable() {
#ifdef __FreeBSD__
  return std::make_shared<FreeBsdProcessTable>();
#else
  return std::make_shared<LinuxProcessTable>();
#endif
}

}  // namespace rcsh::rcsubr
