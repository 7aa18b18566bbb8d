#include "rcsubr/rc_script_sort.h"

#include <fcntl.h>

#include "builtins/posix_file_tester.h"
#include "builtins/test_expr.h"

namespace rcsh::rcsubr {

std::string SortLiteLines(std::string_view input, const SortLiteKeyFunction& key, const SortLiteLess& less) {
  // `out` holds the sorted lines joined by newlines without a final one,
  // like the shell version's variable; each new line is inserted before the
  // first line whose key is greater.
  std::string out;
  size_t start = 0;
  for (size_t end; (end = input.find('\n', start)) != std::string_view::npos; start = end + 1) {
    std::string line(input.substr(start, end - start));
    std::string line_key = key(line);
    std::string rest = std::move(out);
    out.clear();
    bool placed = false;
    while (!rest.empty()) {
      size_t newline = rest.find('\n');
      std::string other = rest.substr(0, newline);
      rest = newline == std::string::npos ? "" : rest.substr(newline + 1);
      if (!placed && less(line_key, key(other))) {
        out += line + "\n";
        placed = true;
      }
      out += other + "\n";
    }
    if (!placed) out += line + "\n";
    out.pop_back();
  }
  return out.empty() ? "" : out + "\n";
}

bool SortLiteByteLess(const std::string& a, const std::string& b) { return a < b; }

bool SortLiteNumericLess(const std::string& a, const std::string& b) {
  PosixFileTester no_files(AT_FDCWD);  // integer operands only: never asked
  return EvaluateTest({a.empty() ? "0" : a, "-lt", b.empty() ? "0" : b}, no_files).status == 0;
}

std::string StripLeadingBlanks(const std::string& key) {
  size_t first = key.find_first_not_of(" \t");
  return first == std::string::npos ? "" : key.substr(first);
}

}  // namespace rcsh::rcsubr
