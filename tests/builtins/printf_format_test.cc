// printf (XCU printf) as FreeBSD's sh builtin does it: a table of format,
// arguments and the expected stdout, diagnostics and status. Cases marked
// kDashAgrees also run through dash (stdout and status; dash words its
// messages differently) when it is installed; the others note where FreeBSD
// and dash part ways.
#include "builtins/printf_format.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/dash_runner.h"

namespace rcsh::testing {
namespace {

enum Dash { kDashAgrees, kDashDiffers };

struct PrintfCase {
  const char* name;
  std::string format;
  std::vector<std::string> args;
  std::string output;
  int status = 0;
  const char* errors = "";  // a pointer, not std::string: GCC 12 warns about omitted class members
  Dash dash = kDashAgrees;
};

std::string Nul(const char* text, size_t size) {
  return std::string(text, size);
}

// One case per line reads better than one field per line.
// clang-format off
const PrintfCase kCases[] = {
    // Text and escapes in the format.
    {"PlainTextIsCopied", "hello", {}, "hello"},
    {"NewlineEscape", "a\\nb", {}, "a\nb"},
    {"LetterEscapes", "\\a\\b\\f\\n\\r\\t\\v", {}, "\a\b\f\n\r\t\v"},
    {"BackslashEscape", "\\\\", {}, "\\"},
    // dash leaves \" and \' as written.
    {"QuoteEscapes", "\\\"\\'", {}, "\"'", 0, "", kDashDiffers},
    {"OctalEscapeOfThreeDigits", "\\101\\102", {}, "AB"},
    {"OctalEscapeStopsAfterThreeDigits", "\\1011", {}, "A1"},
    {"OctalZeroInFormatTakesThreeDigitsInAll", "\\0101", {}, "\b1"},
    {"OctalZeroIsNulByte", "a\\0b", {}, Nul("a\0b", 3)},
    {"EscapedPercentIsLiteralText", "\\045d", {}, "%d"},
    {"TrailingBackslashIsKept", "a\\", {}, "a\\"},
    // FreeBSD escapes the format before looking for conversions; dash
    // prints "\5" here.
    {"BackslashPercentStartsAConversion", "\\%d", {"5"}, "5", 0, "", kDashDiffers},
    // FreeBSD drops the backslash of an unknown escape, and \c is only
    // special in %b; dash keeps both as written.
    {"UnknownEscapeDropsTheBackslash", "\\q", {}, "q", 0, "", kDashDiffers},
    {"BackslashCInFormatIsTheLetterC", "a\\cb", {}, "acb", 0, "", kDashDiffers},

    // Integer conversions and what their arguments may look like.
    {"DecimalConversion", "%d", {"42"}, "42"},
    {"IConversionTakesNegative", "%i", {"-7"}, "-7"},
    {"HexArgument", "%d", {"0x1F"}, "31"},
    {"OctalArgument", "%d", {"010"}, "8"},
    {"PlusSignArgument", "%d", {"+5"}, "5"},
    {"NegativeHexArgument", "%d", {"-0x10"}, "-16"},
    {"LeadingBlanksAreSkipped", "%d", {"  12"}, "12"},
    {"SingleQuoteGivesCharacterCode", "%d", {"'A"}, "65"},
    {"DoubleQuoteGivesCharacterCode", "%d", {"\"a"}, "97"},
    {"CharacterCodeIgnoresTheRest", "%d", {"'AB"}, "65"},
    {"HighByteCharacterCodeIsUnsigned", "%d", {"'\xe9"}, "233", 0, "", kDashDiffers},
    {"LoneQuoteIsZero", "%d", {"'"}, "0"},
    {"OctalConversion", "%o", {"8"}, "10"},
    {"UnsignedOfMinusOneWraps", "%u", {"-1"}, "18446744073709551615"},
    {"HexLowerAndUpper", "%x %X", {"255", "255"}, "ff FF"},
    {"HexOfNegativeIsTwosComplement", "%x", {"-1"}, "ffffffffffffffff"},
    {"AlternateFormsForHexAndOctal", "%#x %#o", {"255", "8"}, "0xff 010"},
    {"LargestInt64", "%d", {"9223372036854775807"}, "9223372036854775807"},
    {"SmallestInt64", "%d", {"-9223372036854775808"}, "-9223372036854775808"},
    {"OutOfRangeClampsAndFails", "%d", {"9223372036854775808"}, "9223372036854775807", 1,
     "printf: 9223372036854775808: Result too large\n"},
    {"NegativeOutOfRangeClampsAndFails", "%d", {"-9223372036854775809"}, "-9223372036854775808", 1,
     "printf: -9223372036854775809: Result too large\n"},
    {"UnsignedOutOfRangeClampsAndFails", "%u", {"18446744073709551616"}, "18446744073709551615", 1,
     "printf: 18446744073709551616: Result too large\n"},
    {"NonNumberPrintsZeroAndFails", "%d|", {"abc"}, "0|", 1,
     "printf: abc: expected numeric value\n"},
    {"TrailingGarbageUsesTheNumericPrefix", "%d|", {"12abc"}, "12|", 1,
     "printf: 12abc: not completely converted\n"},
    {"ZeroXAloneConvertsTheZero", "%d", {"0x"}, "0", 1, "printf: 0x: not completely converted\n"},
    {"NineEndsAnOctalNumber", "%d", {"09"}, "0", 1, "printf: 09: not completely converted\n"},
    // FreeBSD: an empty argument is not a number (dash takes it as 0).
    {"EmptyArgumentIsNotANumber", "%d|", {""}, "0|", 1, "printf: : expected numeric value\n",
     kDashDiffers},
    {"BadNumberDoesNotStopLaterConversions", "%d %d\n", {"x", "3"}, "0 3\n", 1,
     "printf: x: expected numeric value\n"},

    // Flags, width and precision.
    {"WidthRightAligns", "%5d|", {"42"}, "   42|"},
    {"MinusFlagLeftAligns", "%-5d|", {"42"}, "42   |"},
    {"ZeroFlagPadsWithZeros", "%05d", {"42"}, "00042"},
    {"ZeroFlagKeepsSignFirst", "%05d", {"-42"}, "-0042"},
    {"PlusFlagShowsSign", "%+d %+d", {"5", "-5"}, "+5 -5"},
    {"SpaceFlagLeavesRoomForSign", "% d", {"5"}, " 5"},
    // FreeBSD accepts the ' (grouping) flag; dash rejects it.
    {"GroupingFlagDoesNothingInTheCLocale", "%'d", {"1234567"}, "1234567", 0, "", kDashDiffers},
    {"PrecisionPadsIntegerDigits", "%.3d", {"7"}, "007"},
    {"ZeroPrecisionPrintsNoDigitsForZero", "%.0d|", {"0"}, "|"},
    {"StarWidthComesFromAnArgument", "%*d|", {"5", "42"}, "   42|"},
    {"NegativeStarWidthLeftAligns", "%*d|", {"-5", "42"}, "42   |"},
    {"StarPrecisionComesFromAnArgument", "%.*s|", {"2", "abcdef"}, "ab|"},
    {"StarWidthAndPrecision", "%*.*f|", {"7", "2", "3.14159"}, "   3.14|"},
    {"BadStarWidthStopsPrintf", "%*d|x", {"a", "1"}, "", 1, "printf: a: expected numeric value\n",
     kDashDiffers},
    {"StarWidthBeyondIntStopsPrintf", "a%*d", {"3000000000", "1"}, "a", 1,
     "printf: 3000000000: Result too large\n", kDashDiffers},

    // Strings and characters.
    {"StringConversion", "%s", {"hello"}, "hello"},
    {"StringWidthBothWays", "%6s|%-6s|", {"ab", "ab"}, "    ab|ab    |"},
    {"StringPrecisionTruncates", "%.3s", {"abcdef"}, "abc"},
    // FreeBSD's libc zero-pads %s; glibc (so dash on Linux) pads with blanks.
    {"ZeroFlagPadsStringsWithZeros", "%05s", {"ab"}, "000ab", 0, "", kDashDiffers},
    {"CharIsTheFirstByte", "%c", {"hello"}, "h"},
    {"CharWidth", "%3c|", {"x"}, "  x|"},
    // FreeBSD prints nothing, padding included; dash prints a NUL byte.
    {"CharOfEmptyArgumentPrintsNothing", "%3c|", {""}, "|", 0, "", kDashDiffers},

    // %b.
    {"BInterpretsEscapes", "%b", {"a\\tb\\n"}, "a\tb\n"},
    {"BOctalWithLeadingZeroTakesFourDigits", "%b", {"\\0101"}, "A"},
    {"BOctalWithoutLeadingZeroTakesThree", "%b", {"\\1011"}, "A1"},
    {"BBackslashCStopsAllOutput", "%b|%s", {"ab\\cde", "x"}, "ab"},
    {"BBackslashCKeepsEarlierFailure", "%d%b", {"x", "\\c"}, "0", 1,
     "printf: x: expected numeric value\n"},
    {"BWidthAppliesToTheResult", "%5b|", {"a\\n"}, "   a\n|"},
    {"BTreatsPercentAsText", "%b", {"100%"}, "100%"},
    // The escaped argument is printed as a C string (dash prints the NUL).
    {"BNulEndsTheArgument", "%b|", {"a\\0b"}, "a|", 0, "", kDashDiffers},

    // Floating point.
    {"FixedDefaultsToSixDecimals", "%f", {"3.5"}, "3.500000"},
    {"FixedWidthAndPrecision", "%8.2f|", {"3.14159"}, "    3.14|"},
    {"ExponentLowerAndUpper", "%e %E", {"12345.678", "0.5"}, "1.234568e+04 5.000000E-01"},
    {"GeneralLowerAndUpper", "%g %G", {"0.0001", "1e20"}, "0.0001 1E+20"},
    {"UpperFixedConversion", "%F", {"1.5"}, "1.500000"},
    {"HexFloatConversion", "%a", {"1"}, "0x1p+0"},
    {"FloatFromCharacterCode", "%.1f", {"'A"}, "65.0"},
    {"FloatFromHexArgument", "%.1f", {"0x10"}, "16.0"},
    {"InvalidFloatPrintsZeroAndFails", "%f|", {"x"}, "0.000000|", 1,
     "printf: x: expected numeric value\n"},
    {"FloatTrailingGarbageFails", "%.1f|", {"1.5x"}, "1.5|", 1,
     "printf: 1.5x: not completely converted\n"},
    // FreeBSD's libc never signs a NaN; glibc prints "+nan" and "-nan".
    {"NanHasNoSign", "%+f %f", {"nan", "-nan"}, "nan nan", 0, "", kDashDiffers},
    {"InfinityPadsWithBlanks", "%05f|", {"inf"}, "  inf|"},
    // FreeBSD accepts L on floating conversions (dash rejects it).
    {"LongDoubleModifier", "%.2Lf", {"2.5"}, "2.50", 0, "", kDashDiffers},

    // Missing arguments and reuse of the format.
    {"FormatIsReusedForExtraArguments", "%s\n", {"a", "b", "c"}, "a\nb\nc\n"},
    {"LastPassGetsEmptyArguments", "%s=%s;", {"a", "1", "b"}, "a=1;b=;"},
    {"MissingStringIsEmpty", "[%s]", {}, "[]"},
    {"MissingNumberIsZero", "[%d]", {}, "[0]"},
    {"MissingFloatIsZero", "%.1f", {}, "0.0"},
    {"MissingBIsEmptyButPadded", "%3b|", {}, "   |"},
    // FreeBSD prints a format without conversions once, then complains that
    // it cannot use the arguments (dash is silent and succeeds).
    {"NoConversionsPrintsOnceAndFails", "abc", {"x"}, "abc", 1,
     "printf: missing format character\n", kDashDiffers},
    {"PercentPercentDoesNotUseArguments", "%%", {"x"}, "%%", 1,
     "printf: missing format character\n", kDashDiffers},
    {"PercentPercentPrintsPercent", "100%%\n", {}, "100%\n"},

    // Malformed formats end printf with status 1.
    {"UnknownConversionStops", "a%yb", {"1"}, "a", 1, "printf: illegal format character y\n",
     kDashDiffers},
    {"LengthModifiersAreRejected", "%ld", {"1"}, "", 1, "printf: illegal format character l\n",
     kDashDiffers},
    {"LModifierOnIntegerIsRejected", "%Ld", {"1"}, "", 1, "printf: bad modifier L for %d\n",
     kDashDiffers},
    {"TrailingPercentMissesItsConversion", "ab%", {}, "ab", 1, "printf: missing format character\n",
     kDashDiffers},
    {"FlagsWithoutConversion", "%-5", {}, "", 1, "printf: missing format character\n",
     kDashDiffers},

    // n$ argument numbers (FreeBSD; not in dash).
    {"NumberedArguments", "%2$s %1$s\n", {"a", "b"}, "b a\n", 0, "", kDashDiffers},
    {"NumberedArgumentsReuseTheFormat", "%2$s %1$s\n", {"a", "b", "c", "d"}, "b a\nd c\n", 0, "",
     kDashDiffers},
    {"NumberBeyondTheArgumentsIsMissing", "[%3$s]", {"a"}, "[]", 0, "", kDashDiffers},
    {"NumberedStarWidth", "%1$*2$d|", {"7", "4"}, "   7|", 0, "", kDashDiffers},
    {"StarWithoutNumberInNumberedConversionFails", "%1$*d", {"1", "2"}, "", 1,
     "printf: incomplete use of n$\n", kDashDiffers},
};
// clang-format on

class PrintfFormatTest : public ::testing::TestWithParam<PrintfCase> {};

TEST_P(PrintfFormatTest, ProducesExpectedOutputErrorsAndStatus) {
  const PrintfCase& c = GetParam();
  PrintfResult result = FormatPrintf(c.format, c.args);
  EXPECT_EQ(result.output, c.output);
  EXPECT_EQ(result.errors, c.errors);
  EXPECT_EQ(result.status, c.status);
}

std::string CaseName(const ::testing::TestParamInfo<PrintfCase>& case_info) {
  return case_info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Cases, PrintfFormatTest, ::testing::ValuesIn(kCases), CaseName);

TEST(PrintfFormatVersusDash, AgreeingCasesMatchDash) {
  if (!FindDashBinary()) GTEST_SKIP() << "dash is not installed";
  for (const PrintfCase& c : kCases) {
    if (c.dash != kDashAgrees) continue;
    std::vector<std::string> argv = {"-c", "printf \"$@\"", "printf", c.format};
    argv.insert(argv.end(), c.args.begin(), c.args.end());
    std::optional<DashOutcome> dash = RunDash(argv);
    ASSERT_TRUE(dash.has_value()) << "could not run dash";
    EXPECT_EQ(dash->out, c.output) << c.name;
    EXPECT_EQ(dash->status, c.status) << c.name;
  }
}

}  // namespace
}  // namespace rcsh::testing
