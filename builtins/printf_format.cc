// printf as FreeBSD's /bin/sh runs it (its builtin is usr.bin/printf built
// with -DSHELL). The control flow mirrors that program closely enough that
// its observable quirks come out the same; each one is noted where it
// happens, with what dash does differently.
#include "builtins/printf_format.h"

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace rcsh {
namespace {

// FreeBSD's strerror(ERANGE). glibc says "Numerical result out of range";
// the messages follow the system being emulated, not the host.
constexpr std::string_view kRangeError = "Result too large";

// Flags a conversion may carry. ' (digit grouping) is accepted and dropped:
// it does nothing in the C locale the shell runs in.
constexpr std::string_view kFlagChars = "#'-+ 0";

constexpr std::string_view kFloatConversions = "aAeEfFgG";

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsOctalDigit(char c) {
  return c >= '0' && c <= '7';
}
// isspace() in the C locale: what strtoimax skips before a number.
bool IsCSpace(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// The value of a hexadecimal digit, or -1.
int DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

enum class EscapeContext { kFormat, kBArgument };

struct Unescaped {
  std::string text;
  bool stop = false;  // \c was seen: %b prints what came before, then printf ends
};

// Backslash escapes, once over the whole format before any conversion is
// looked at (so "\045d" is a literal "%d" but "\%d" is a conversion, as in
// FreeBSD), and again over each %b argument.
Unescaped Unescape(std::string_view in, EscapeContext context) {
  Unescaped result;
  std::string& out = result.text;
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i == in.size()) {
      out += '\\';  // a trailing backslash stands for itself
      break;
    }
    c = in[i];
    switch (c) {
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case 'c':
        if (context == EscapeContext::kBArgument) {
          result.stop = true;
          return result;
        }
        out += 'c';  // FreeBSD: \c means nothing in the format itself
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        // %b arguments take \0 plus up to three digits (\0NNN, as echo
        // does); everywhere else an octal escape has at most three digits.
        int max_digits = (context == EscapeContext::kBArgument && c == '0') ? 4 : 3;
        int value = 0;
        for (int n = 0; n < max_digits && i < in.size() && IsOctalDigit(in[i]); ++n, ++i) {
          value = value * 8 + (in[i] - '0');
        }
        --i;
        // An escaped % in the format is text, not the start of a conversion.
        if (context == EscapeContext::kFormat && value == '%') {
          out += "%%";
        } else {
          out += static_cast<char>(value & 0xff);
        }
        break;
      }
      default:
        // \\, \', \" and unknown escapes give the character itself: FreeBSD
        // drops the backslash of "\q" where dash prints "\q".
        out += c;
        break;
    }
  }
  return result;
}

// What strtoimax/strtoumax with base 0 would see, computed here so that the
// locale and newer C libraries (C23 "0b" prefixes) cannot change the result.
struct IntegerScan {
  size_t end = 0;  // bytes converted; 0 if no number was found
  bool negative = false;
  bool overflow = false;  // the magnitude does not fit in uintmax_t
  uintmax_t magnitude = 0;
};

IntegerScan ScanInteger(std::string_view s) {
  IntegerScan scan;
  size_t i = 0;
  while (i < s.size() && IsCSpace(s[i])) ++i;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    scan.negative = s[i] == '-';
    ++i;
  }
  unsigned base = 10;
  if (i < s.size() && s[i] == '0') {
    // "0x" counts as a prefix only before a hex digit; "0xg" converts "0".
    if (i + 2 < s.size() && (s[i + 1] == 'x' || s[i + 1] == 'X') && DigitValue(s[i + 2]) >= 0) {
      base = 16;
      i += 2;
    } else {
      base = 8;
    }
  }
  size_t digits_start = i;
  for (; i < s.size(); ++i) {
    int digit = DigitValue(s[i]);
    if (digit < 0 || static_cast<unsigned>(digit) >= base) break;
    if (scan.magnitude > (UINTMAX_MAX - static_cast<unsigned>(digit)) / base) {
      scan.overflow = true;  // keep consuming digits, as strtoimax does
    } else {
      scan.magnitude = scan.magnitude * base + static_cast<unsigned>(digit);
    }
  }
  if (i > digits_start) scan.end = i;
  return scan;
}

// strtoimax's value: clamped, with *range_error set, when out of range.
intmax_t ToSigned(const IntegerScan& scan, bool* range_error) {
  constexpr uintmax_t kMax = INTMAX_MAX;
  if (scan.negative) {
    if (scan.overflow || scan.magnitude > kMax + 1) {
      *range_error = true;
      return INTMAX_MIN;
    }
    return scan.magnitude == kMax + 1 ? INTMAX_MIN : -static_cast<intmax_t>(scan.magnitude);
  }
  if (scan.overflow || scan.magnitude > kMax) {
    *range_error = true;
    return INTMAX_MAX;
  }
  return static_cast<intmax_t>(scan.magnitude);
}

// strtoumax's value: a leading '-' negates modulo 2^64 ("%u -1" prints
// 18446744073709551615); only a magnitude past 2^64-1 is a range error.
uintmax_t ToUnsigned(const IntegerScan& scan, bool* range_error) {
  if (scan.overflow) {
    *range_error = true;
    return UINTMAX_MAX;
  }
  return scan.negative ? 0 - scan.magnitude : scan.magnitude;
}

// One conversion specification after its arguments have been fetched.
struct Spec {
  std::string flags;  // from kFlagChars, plus '-' for a negative * width
  int width = 0;
  int precision = -1;  // negative: none
  bool long_double = false;
  // A literal width or precision above INT_MAX: the C library refuses the
  // conversion (EOVERFLOW), so it prints nothing, though its argument is used.
  bool unprintable = false;

  bool HasFlag(char c) const { return flags.find(c) != std::string::npos; }
};

// The printf format for the C library: flags (without '), "*.*", then
// `length` and `conversion`.
std::string CFormat(const Spec& spec, std::string_view length, char conversion,
                    std::string_view drop_flags) {
  std::string format = "%";
  for (char c : spec.flags) {
    if (c != '\'' && drop_flags.find(c) == std::string_view::npos) format += c;
  }
  format += "*.*";
  format += length;
  format += conversion;
  return format;
}

template <typename T>
void AppendC(std::string* out, const std::string& format, const Spec& spec, T value) {
  int size = std::snprintf(nullptr, 0, format.c_str(), spec.width, spec.precision, value);
  if (size <= 0) return;
  size_t old_size = out->size();
  out->resize(old_size + static_cast<size_t>(size) + 1);
  std::snprintf(out->data() + old_size, static_cast<size_t>(size) + 1, format.c_str(), spec.width,
                spec.precision, value);
  out->resize(old_size + static_cast<size_t>(size));
}

// %s, %b and %c the way FreeBSD's libc pads them: '-' pads on the right with
// blanks, otherwise '0' pads on the left with zeros ("%05s" of "ab" is
// "000ab"; glibc, and so dash on Linux, pads with blanks), otherwise blanks.
void AppendPadded(std::string* out, std::string_view body, const Spec& spec, bool use_precision) {
  if (use_precision && spec.precision >= 0 && body.size() > static_cast<size_t>(spec.precision)) {
    body = body.substr(0, static_cast<size_t>(spec.precision));
  }
  size_t pad = static_cast<size_t>(spec.width) > body.size() ? spec.width - body.size() : 0;
  if (spec.HasFlag('-')) {
    *out += body;
    out->append(pad, ' ');
  } else {
    out->append(pad, spec.HasFlag('0') ? '0' : ' ');
    *out += body;
  }
}

class PrintfRun {
 public:
  PrintfRun(std::string_view format, const std::vector<std::string>& args)
      : args_(args), format_(Unescape(format, EscapeContext::kFormat).text) {}

  PrintfResult Run();

 private:
  enum class Step { kContinue, kStop, kFail };

  Step Convert(size_t* pos);
  char At(size_t i) const { return i < format_.size() ? format_[i] : '\0'; }
  std::optional<size_t> ArgumentNumber(size_t* pos) const;
  size_t ArgumentIndex(size_t number) const;
  bool StarArgument(size_t* pos, bool numbered);
  int LiteralNumber(size_t* pos, bool* too_big) const;
  void MoveTo(size_t index) {
    next_ = index;
    if (next_ > furthest_) furthest_ = next_;
  }

  // Arguments are C strings in FreeBSD: a NUL ends them.
  const char* NextArgument() {
    if (next_ >= args_.size()) return nullptr;
    const char* arg = args_[next_++].c_str();
    if (next_ > furthest_) furthest_ = next_;
    return arg;
  }
  bool TakeNumber(bool is_signed, intmax_t* value, uintmax_t* uvalue);
  bool TakeInt(int* value);
  bool TakeFloating(bool long_double, long double* value);

  void Warn(std::string_view message) {
    result_.errors += "printf: ";
    result_.errors += message;
    result_.errors += '\n';
    result_.status = 1;
  }
  Step Fail(std::string_view message) {
    Warn(message);
    return Step::kFail;
  }

  const std::vector<std::string>& args_;
  const std::string format_;  // escapes already processed
  PrintfResult result_;
  size_t next_ = 0;        // index of the next argument to consume
  size_t pass_start_ = 0;  // first argument of this pass over the format; n$ counts from here
  size_t furthest_ = 0;    // the furthest next_ has reached in this pass
};

PrintfResult PrintfRun::Run() {
  std::string& out = result_.output;
  // A pass that converts nothing while arguments remain would never use
  // them up; FreeBSD reports that on the second such pass, so "printf abc x"
  // prints "abc" once and fails (dash prints it once and succeeds).
  bool previous_pass_repeated = false;
  for (;;) {
    pass_start_ = next_;
    furthest_ = next_;
    size_t literal_start = 0;
    size_t pos = 0;
    while (pos < format_.size()) {
      if (format_[pos] != '%') {
        ++pos;
        continue;
      }
      out.append(format_, literal_start, pos - literal_start);
      if (At(pos + 1) == '%') {
        out += '%';
        pos += 2;
      } else {
        Step step = Convert(&pos);
        if (step == Step::kFail) result_.status = 1;
        if (step != Step::kContinue) return std::move(result_);
        previous_pass_repeated = false;
      }
      literal_start = pos;
    }
    // With n$ a pass can jump back; the next pass starts after the furthest
    // argument any conversion used.
    next_ = furthest_;
    if (previous_pass_repeated) {
      Fail("missing format character");
      return std::move(result_);
    }
    out.append(format_, literal_start);
    if (next_ >= args_.size()) return std::move(result_);
    previous_pass_repeated = true;
  }
}

// "n$" at *pos: the argument number, with *pos moved past the '$'.
std::optional<size_t> PrintfRun::ArgumentNumber(size_t* pos) const {
  size_t p = *pos;
  size_t number = 0;
  while (IsDigit(At(p))) {
    number = number > SIZE_MAX / 20 ? SIZE_MAX / 2 : number * 10 + static_cast<size_t>(At(p) - '0');
    ++p;
  }
  if (p == *pos || At(p) != '$') return std::nullopt;
  *pos = p + 1;
  return number;
}

// Argument n of this pass; past the end (a missing argument) if there is
// none. FreeBSD reads before the pass's arguments for n = 0 (undefined
// behaviour there); here that is a missing argument too.
size_t PrintfRun::ArgumentIndex(size_t number) const {
  size_t count = args_.size() - pass_start_;
  if (number == 0 || number > count) return args_.size();
  return pass_start_ + number - 1;
}

// After a '*': an optional "n$", which is required exactly when the
// conversion itself was numbered.
bool PrintfRun::StarArgument(size_t* pos, bool numbered) {
  std::optional<size_t> number = ArgumentNumber(pos);
  if (number.has_value() != numbered) {
    Fail("incomplete use of n$");
    return false;
  }
  if (number) MoveTo(ArgumentIndex(*number));
  return true;
}

int PrintfRun::LiteralNumber(size_t* pos, bool* too_big) const {
  long long value = 0;
  while (IsDigit(At(*pos))) {
    value = value * 10 + (At(*pos) - '0');
    if (value > INT_MAX) {
      *too_big = true;
      value = INT_MAX;
    }
    ++*pos;
  }
  return static_cast<int>(value);
}

// A numeric argument: a missing one is 0; 'c or "c is the code of c (its
// byte: the shell runs in the C locale). Anything else must be a whole C
// integer constant; what converted is used even when the rest did not.
bool PrintfRun::TakeNumber(bool is_signed, intmax_t* value, uintmax_t* uvalue) {
  *value = 0;
  *uvalue = 0;
  const char* arg = NextArgument();
  if (arg == nullptr) return true;
  std::string_view text = arg;
  if (!text.empty() && (text[0] == '\'' || text[0] == '"')) {
    unsigned char code = text.size() > 1 ? static_cast<unsigned char>(text[1]) : 0;
    *value = code;
    *uvalue = code;
    return true;
  }
  IntegerScan scan = ScanInteger(text);
  bool range_error = false;
  if (is_signed) {
    *value = ToSigned(scan, &range_error);
  } else {
    *uvalue = ToUnsigned(scan, &range_error);
  }
  bool ok = true;
  // As in FreeBSD, an empty argument is an error, not 0 (dash accepts it).
  if (scan.end == 0) {
    Warn(std::string(text) + ": expected numeric value");
    ok = false;
  } else if (scan.end != text.size()) {
    Warn(std::string(text) + ": not completely converted");
    ok = false;
  }
  if (range_error) {
    Warn(std::string(text) + ": " + std::string(kRangeError));
    ok = false;
  }
  return ok;
}

// A '*' width or precision. Any problem ends printf. (FreeBSD's range
// message names the argument after the bad one, "(null)" at the end; this
// names the bad one.)
bool PrintfRun::TakeInt(int* value) {
  size_t index = next_;
  intmax_t number;
  uintmax_t unused;
  if (!TakeNumber(true, &number, &unused)) return false;
  if (number < INT_MIN || number > INT_MAX) {
    Warn(args_[index].c_str() + std::string(": ") + std::string(kRangeError));
    return false;
  }
  *value = static_cast<int>(number);
  return true;
}

bool PrintfRun::TakeFloating(bool long_double, long double* value) {
  *value = 0;
  const char* arg = NextArgument();
  if (arg == nullptr) return true;
  if (arg[0] == '\'' || arg[0] == '"') {
    *value = static_cast<unsigned char>(arg[1]);
    return true;
  }
  // strtod reads the decimal point from LC_NUMERIC; the shell never leaves
  // the C locale.
  char* end = nullptr;
  errno = 0;
  *value = long_double ? std::strtold(arg, &end) : std::strtod(arg, &end);
  bool range_error = errno == ERANGE;
  bool ok = true;
  if (end == arg) {
    Warn(std::string(arg) + ": expected numeric value");
    ok = false;
  } else if (*end != '\0') {
    Warn(std::string(arg) + ": not completely converted");
    ok = false;
  }
  if (range_error) {
    Warn(std::string(arg) + ": " + std::string(kRangeError));
    ok = false;
  }
  return ok;
}

// One conversion; *pos is at its '%' and moves past it. kFail ends printf
// with status 1 (a malformed format), kStop with the status so far (\c).
PrintfRun::Step PrintfRun::Convert(size_t* pos) {
  size_t p = *pos + 1;
  Spec spec;
  // "%n$..." takes its value from argument n of this pass.
  std::optional<size_t> value_index;
  if (std::optional<size_t> number = ArgumentNumber(&p)) {
    MoveTo(ArgumentIndex(*number));
    value_index = next_;
  }
  while (At(p) != '\0' && kFlagChars.find(At(p)) != std::string_view::npos)
    spec.flags += format_[p++];
  if (At(p) == '*') {
    ++p;
    if (!StarArgument(&p, value_index.has_value()) || !TakeInt(&spec.width)) return Step::kFail;
  } else {
    spec.width = LiteralNumber(&p, &spec.unprintable);
  }
  if (At(p) == '.') {
    ++p;
    if (At(p) == '*') {
      ++p;
      if (!StarArgument(&p, value_index.has_value()) || !TakeInt(&spec.precision)) {
        return Step::kFail;
      }
    } else {
      spec.precision = LiteralNumber(&p, &spec.unprintable);  // "%.f" means precision 0
    }
  }
  if (spec.width < 0) {  // from '*': left-adjust, as C printf does
    spec.flags += '-';
    if (spec.width == INT_MIN) spec.unprintable = true;
    spec.width = spec.width == INT_MIN ? 0 : -spec.width;
  }
  if (At(p) == '\0') return Fail("missing format character");
  // POSIX has no length modifiers; FreeBSD allows L on floating conversions
  // for long double range, and nothing else ("%ld" is an illegal "l").
  if (At(p) == 'L') {
    spec.long_double = true;
    ++p;
    if (At(p) == '\0' || kFloatConversions.find(At(p)) == std::string_view::npos) {
      std::string message = "bad modifier L for %";
      if (At(p) != '\0') message += At(p);
      return Fail(message);
    }
  }
  if (value_index) next_ = *value_index;
  char conversion = format_[p++];
  *pos = p;

  std::string& out = result_.output;
  switch (conversion) {
    case 'b': {
      const char* arg = NextArgument();
      Unescaped text = Unescape(arg ? arg : "", EscapeContext::kBArgument);
      // Printed as a C string: "\0" in the argument ends it (dash prints the NUL).
      if (!spec.unprintable) AppendPadded(&out, text.text.c_str(), spec, true);
      return text.stop ? Step::kStop : Step::kContinue;
    }
    case 'c': {
      const char* arg = NextArgument();
      char c = arg ? arg[0] : '\0';
      // FreeBSD prints nothing at all, not even the padding, for an empty or
      // missing argument (dash pads).
      if (c != '\0' && !spec.unprintable) AppendPadded(&out, std::string_view(&c, 1), spec, false);
      return Step::kContinue;
    }
    case 's': {
      const char* arg = NextArgument();
      if (!spec.unprintable) AppendPadded(&out, arg ? arg : "", spec, true);
      return Step::kContinue;
    }
    case 'd':
    case 'i':
    case 'o':
    case 'u':
    case 'x':
    case 'X': {
      bool is_signed = conversion == 'd' || conversion == 'i';
      intmax_t value;
      uintmax_t uvalue;
      TakeNumber(is_signed, &value, &uvalue);  // on error, the status is 1 but printing goes on
      if (spec.unprintable) return Step::kContinue;
      std::string format = CFormat(spec, "j", conversion, "");
      if (is_signed) {
        AppendC(&out, format, spec, value);
      } else {
        AppendC(&out, format, spec, uvalue);
      }
      return Step::kContinue;
    }
    case 'a':
    case 'A':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      long double value;
      TakeFloating(spec.long_double, &value);
      if (spec.unprintable) return Step::kContinue;
      // FreeBSD's libc prints NaN without a sign, even with '+' or ' '
      // (glibc prints "-nan" and "+nan").
      std::string_view drop_flags;
      if (std::isnan(value)) {
        value = std::fabs(value);
        drop_flags = "+ ";
      }
      // FreeBSD (since the n$ support) hands libc "%L" without the
      // conversion letter, so "%Lf" prints nothing there; that is a bug,
      // and here %Lf prints the long double.
      if (spec.long_double) {
        AppendC(&out, CFormat(spec, "L", conversion, drop_flags), spec, value);
      } else {
        AppendC(&out, CFormat(spec, "", conversion, drop_flags), spec, static_cast<double>(value));
      }
      return Step::kContinue;
    }
    default: return Fail(std::string("illegal format character ") + conversion);
  }
}

}  // namespace

PrintfResult FormatPrintf(std::string_view format, const std::vector<std::string>& args) {
  return PrintfRun(format, args).Run();
}

}  // namespace rcsh
