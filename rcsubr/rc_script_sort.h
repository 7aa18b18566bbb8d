// The insertion sort behind sort_lite of rc.subr(8): a sort of stdin's lines
// on one key that needs no sort(1), so it works before /usr is mounted. The
// key and the comparison come from the caller (they depend on the shell's
// IFS and on test(1)'s integer rules); this file only orders the lines.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace rcsh::rcsubr {

using SortLiteKeyFunction = std::function<std::string(const std::string& line)>;
using SortLiteLess = std::function<bool(const std::string& a, const std::string& b)>;

/// The complete lines of `input` (a last line without a newline is dropped,
/// as `while read` drops it), stably ordered by `less` on `key`, joined with
/// newlines and newline-terminated; "" when nothing is left. Empty lines at
/// the end of the list so far are lost on the next insertion, exactly as the
/// shell version's string splitting loses them.
std::string SortLiteLines(std::string_view input, const SortLiteKeyFunction& key, const SortLiteLess& less);

/// sort_lite's default order: bytewise, as `LC_ALL=C sort` puts the smaller
/// of two lines first (a line never sorts before itself).
bool SortLiteByteLess(const std::string& a, const std::string& b);

/// sort_lite -n: `[ "${a:-0}" -lt "${b:-0}" ]`, false when either is not an
/// integer to test(1).
bool SortLiteNumericLess(const std::string& a, const std::string& b);

/// `-b`: the key without its leading spaces and tabs.
std::string StripLeadingBlanks(const std::string& key);

}  // namespace rcsh::rcsubr
