// rc.conf's yes/no values, as checkyesno reads them (rc.subr(8)).
#pragma once

#include <string_view>

namespace rcsh::rcsubr {

enum class YesNo { kYes, kNo, kInvalid };

/// YES/TRUE/ON/1 and NO/FALSE/OFF/0 in any letter case; anything else,
/// the empty string included, is invalid.
YesNo ParseYesNo(std::string_view value);

}  // namespace rcsh::rcsubr
