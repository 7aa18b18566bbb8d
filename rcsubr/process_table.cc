#include "rcsubr/process_table.h"

namespace rcsh::rcsubr {

std::string CommandLine(const std::vector<std::string>& argv) {
  std::string text;
  for (size_t i = 0; i < argv.size(); ++i) {
    if (i > 0) text += ' ';
    text += argv[i];
  }
  return text;
}

}  // namespace rcsh::rcsubr
