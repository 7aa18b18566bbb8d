#include "rcsubr/yes_no.h"

#include <cctype>

namespace rcsh::rcsubr {
namespace {

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  }
  return true;
}

}  // namespace

YesNo ParseYesNo(std::string_view value) {
  for (std::string_view yes : {"yes", "true", "on", "1"}) {
    if (EqualsIgnoringCase(value, yes)) return YesNo::kYes;
  }
  for (std::string_view no : {"no", "false", "off", "0"}) {
    if (EqualsIgnoringCase(value, no)) return YesNo::kNo;
  }
  return YesNo::kInvalid;
}

}  // namespace rcsh::rcsubr
