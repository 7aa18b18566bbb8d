#include "rcsubr/rc_conf_editor.h"

#include <gtest/gtest.h>

#include <string>

namespace rcsh::rcsubr {
namespace {

/// SetKnob on a file called rc.conf, expecting success.
std::string Set(const std::string& text, const std::string& name, const std::string& value) {
  KnobEdit edit = SetKnob({"rc.conf", text}, name, value);
  EXPECT_TRUE(edit.ok()) << edit.error;
  return edit.text;
}

std::string Remove(const std::string& text, const std::string& name) {
  KnobEdit edit = RemoveKnob({"rc.conf", text}, name);
  EXPECT_TRUE(edit.ok()) << edit.error;
  return edit.text;
}

std::optional<std::string> Find(const std::string& text, const std::string& name) {
  KnobLookup lookup = FindKnob({"rc.conf", text}, name);
  EXPECT_TRUE(lookup.ok()) << lookup.error;
  return lookup.value;
}

// ------------------------------------------------------------ SetKnob in place

TEST(RcConfEditor, ReplacesDoubleQuotedValue) {
  EXPECT_EQ(Set("sshd_enable=\"NO\"\n", "sshd_enable", "YES"), "sshd_enable=\"YES\"\n");
}

TEST(RcConfEditor, KeepsSingleQuotes) {
  EXPECT_EQ(Set("sshd_enable='NO'\n", "sshd_enable", "YES"), "sshd_enable='YES'\n");
}

TEST(RcConfEditor, KeepsBareWord) {
  EXPECT_EQ(Set("sshd_enable=NO\n", "sshd_enable", "YES"), "sshd_enable=YES\n");
}

TEST(RcConfEditor, BareWordGetsDoubleQuotesWhenTheValueNeedsThem) {
  EXPECT_EQ(Set("ntpd_flags=-g\n", "ntpd_flags", "-g -x $HOME"), "ntpd_flags=\"-g -x \\$HOME\"\n");
}

TEST(RcConfEditor, BareWordKeepsHarmlessPunctuation) {
  EXPECT_EQ(Set("ifconfig_em0=DHCP\n", "ifconfig_em0", "inet=10.0.0.1/24,x:y@z%+_"),
            "ifconfig_em0=inet=10.0.0.1/24,x:y@z%+_\n");
}

TEST(RcConfEditor, DoubleQuotesEscapeWhatIsSpecialInside) {
  EXPECT_EQ(Set("x=\"\"\n", "x", "a\"b$c`d\\e'f"), "x=\"a\\\"b\\$c\\`d\\\\e'f\"\n");
}

TEST(RcConfEditor, SingleQuotesSpellAQuoteOutside) {
  EXPECT_EQ(Set("x='old'\n", "x", "it's $x"), "x='it'\\''s $x'\n");
}

TEST(RcConfEditor, DollarSingleQuotedValueBecomesDoubleQuoted) {
  EXPECT_EQ(Set("x=$'a\\tb'\n", "x", "YES"), "x=\"YES\"\n");
}

TEST(RcConfEditor, EmptyValues) {
  EXPECT_EQ(Set("x=\n", "x", "YES"), "x=YES\n");
  EXPECT_EQ(Set("x=\"NO\"\n", "x", ""), "x=\"\"\n");
  EXPECT_EQ(Set("x=NO\n", "x", ""), "x=\n");
}

TEST(RcConfEditor, KeepsIndentationSemicolonAndTrailingComment) {
  EXPECT_EQ(Set("\t  sshd_enable=\"NO\" ;  # the ssh daemon \"x\"\n", "sshd_enable", "YES"),
            "\t  sshd_enable=\"YES\" ;  # the ssh daemon \"x\"\n");
}

TEST(RcConfEditor, KeepsEveryOtherByte) {
  const std::string before =
      "# /etc/rc.conf -- edited by hand\n"
      "\n"
      "hostname=\"box.example.org\"   \n"
      "ifconfig_em0='DHCP'\t# dhcp \xff\xfe bytes\n"
      "   \n"
      "sshd_enable=\"NO\"\n"
      "# sshd_enable=\"MAYBE\" in a comment\n"
      "ntpd_enable=YES # trailing\n"
      "\n\n";
  const std::string after =
      "# /etc/rc.conf -- edited by hand\n"
      "\n"
      "hostname=\"box.example.org\"   \n"
      "ifconfig_em0='DHCP'\t# dhcp \xff\xfe bytes\n"
      "   \n"
      "sshd_enable=\"YES\"\n"
      "# sshd_enable=\"MAYBE\" in a comment\n"
      "ntpd_enable=YES # trailing\n"
      "\n\n";
  KnobEdit edit = SetKnob({"rc.conf", before}, "sshd_enable", "YES");
  ASSERT_TRUE(edit.ok()) << edit.error;
  EXPECT_FALSE(edit.appended);
  EXPECT_EQ(edit.text, after);
}

TEST(RcConfEditor, LastAssignmentWins) {
  EXPECT_EQ(Set("x=\"one\"\ny=1\nx='two' # later\nz=2\n", "x", "three"),
            "x=\"one\"\ny=1\nx='three' # later\nz=2\n");
}

TEST(RcConfEditor, ReplacesAQuotedValueSpanningLines) {
  EXPECT_EQ(Set("x=\"a\nb\" # two lines\n# after\n", "x", "YES"),
            "x=\"YES\" # two lines\n# after\n");
}

TEST(RcConfEditor, SetToTheSameValueGivesTheSameText) {
  const std::string text = "# c\nsshd_enable=\"YES\" # c\n";
  EXPECT_EQ(Set(text, "sshd_enable", "YES"), text);
}

// ------------------------------------------------------------ SetKnob appends

TEST(RcConfEditor, AppendsWhenMissing) {
  KnobEdit edit = SetKnob({"rc.conf", "hostname=\"x\"\n"}, "sshd_enable", "YES");
  ASSERT_TRUE(edit.ok()) << edit.error;
  EXPECT_TRUE(edit.appended);
  EXPECT_EQ(edit.text, "hostname=\"x\"\nsshd_enable=\"YES\"\n");
}

TEST(RcConfEditor, AppendsToATextWithoutTrailingNewline) {
  EXPECT_EQ(Set("hostname=\"x\"", "sshd_enable", "YES"), "hostname=\"x\"\nsshd_enable=\"YES\"\n");
  EXPECT_EQ(Set("# only a comment", "sshd_enable", "YES"),
            "# only a comment\nsshd_enable=\"YES\"\n");
}

TEST(RcConfEditor, AppendsToAnEmptyText) {
  EXPECT_EQ(Set("", "sshd_enable", "NO"), "sshd_enable=\"NO\"\n");
}

TEST(RcConfEditor, AppendedValueIsDoubleQuotedAndEscaped) {
  EXPECT_EQ(Set("", "x_flags", "-f \"$conf\""), "x_flags=\"-f \\\"\\$conf\\\"\"\n");
}

TEST(RcConfEditor, AssignmentInsideIfIsNotTouched) {
  const std::string text = "if [ -e /x ]; then\n\tsshd_enable=\"NO\"\nfi\n";
  EXPECT_EQ(Set(text, "sshd_enable", "YES"), text + "sshd_enable=\"YES\"\n");
}

TEST(RcConfEditor, AssignmentInsideFunctionIsNotTouched) {
  const std::string text = "f() {\n  sshd_enable=NO\n}\n";
  EXPECT_EQ(Set(text, "sshd_enable", "YES"), text + "sshd_enable=\"YES\"\n");
}

TEST(RcConfEditor, KnobLineFollowedByAnIfThatAssignsItAppendsInstead) {
  // Editing the first line would be overridden by the `if` when it is true.
  const std::string text = "x=NO\nif true; then x=MAYBE; fi\n";
  KnobEdit edit = SetKnob({"rc.conf", text}, "x", "YES");
  ASSERT_TRUE(edit.ok()) << edit.error;
  EXPECT_TRUE(edit.appended);
  EXPECT_EQ(edit.text, text + "x=\"YES\"\n");
}

TEST(RcConfEditor, FunctionBodyAfterTheKnobLineDoesNotCount) {
  EXPECT_EQ(Set("x=NO\nf() { x=MAYBE; }\n", "x", "YES"), "x=YES\nf() { x=MAYBE; }\n");
}

TEST(RcConfEditor, LaterExportOfTheNameAppendsInstead) {
  const std::string text = "x=NO\nexport x=MAYBE\n";
  EXPECT_EQ(Set(text, "x", "YES"), text + "x=\"YES\"\n");
}

TEST(RcConfEditor, LinesWithMoreThanOneCommandAreNotKnobLines) {
  EXPECT_EQ(Set("a=1 x=NO\n", "x", "YES"), "a=1 x=NO\nx=\"YES\"\n");
  EXPECT_EQ(Set("a=1; x=NO\n", "x", "YES"), "a=1; x=NO\nx=\"YES\"\n");
  EXPECT_EQ(Set("x=NO true\n", "x", "YES"), "x=NO true\nx=\"YES\"\n");
  EXPECT_EQ(Set("x=NO >/dev/null\n", "x", "YES"), "x=NO >/dev/null\nx=\"YES\"\n");
}

TEST(RcConfEditor, HereDocumentBodyIsNotAnAssignment) {
  const std::string text = "cat >/dev/null <<EOF\nx=NO\nEOF\n";
  EXPECT_EQ(Set(text, "x", "YES"), text + "x=\"YES\"\n");
  EXPECT_EQ(Find(text, "x"), std::nullopt);
}

TEST(RcConfEditor, SimilarNamesAreDifferentKnobs) {
  EXPECT_EQ(Set("sshd_enable_x=NO\nsshd=NO\n", "sshd_enable", "YES"),
            "sshd_enable_x=NO\nsshd=NO\nsshd_enable=\"YES\"\n");
}

TEST(RcConfEditor, ValuesRoundTripInEveryQuotingStyle) {
  const std::string values[] = {"",     "YES",  "a b",   "$x",          "\"", "'",   "\\",
                                "`id`", "a\nb", "~root", "#no comment", "*",  "x;y", "a\\\"b'c"};
  const std::string styles[] = {"x=old\n", "x='old'\n", "x=\"old\"\n", ""};
  for (const std::string& style : styles) {
    for (const std::string& value : values) {
      std::string text = Set(style, "x", value);
      EXPECT_EQ(Find(text, "x"), value) << "style " << style << " text " << text;
    }
  }
}

// ------------------------------------------------------------ RemoveKnob

TEST(RcConfEditor, RemoveDropsEveryKnobLineWithItsComment) {
  KnobEdit edit = RemoveKnob(
      {"rc.conf", "a=1\nsshd_enable=\"NO\" # first\nb=2\n  sshd_enable=YES;\n# keep me\n"},
      "sshd_enable");
  ASSERT_TRUE(edit.ok()) << edit.error;
  EXPECT_EQ(edit.removed, 2u);
  EXPECT_EQ(edit.text, "a=1\nb=2\n# keep me\n");
}

TEST(RcConfEditor, RemoveLastLineWithoutNewline) {
  EXPECT_EQ(Remove("a=1\nx=YES", "x"), "a=1\n");
  EXPECT_EQ(Remove("x=YES", "x"), "");
}

TEST(RcConfEditor, RemoveMultiLineValue) {
  EXPECT_EQ(Remove("a=1\nx='one\ntwo'\nb=2\n", "x"), "a=1\nb=2\n");
}

TEST(RcConfEditor, RemoveKeepsAssignmentsThatAreNotKnobLines) {
  const std::string kept = "if true; then\n  x=1\nfi\nf() { x=2; }\na=1 x=3\n";
  KnobEdit edit = RemoveKnob({"rc.conf", "x=0\n" + kept}, "x");
  ASSERT_TRUE(edit.ok()) << edit.error;
  EXPECT_EQ(edit.removed, 1u);
  EXPECT_EQ(edit.text, kept);
}

TEST(RcConfEditor, RemoveOfAMissingNameChangesNothing) {
  const std::string text = "# c\na=1\n";
  KnobEdit edit = RemoveKnob({"rc.conf", text}, "x");
  ASSERT_TRUE(edit.ok()) << edit.error;
  EXPECT_EQ(edit.removed, 0u);
  EXPECT_EQ(edit.text, text);
}

// ------------------------------------------------------------ FindKnob

TEST(RcConfEditor, FindRemovesQuotes) {
  EXPECT_EQ(Find("x=YES\n", "x"), "YES");
  EXPECT_EQ(Find("x='a b'\n", "x"), "a b");
  EXPECT_EQ(Find("x=\"a \\\"b\\\" \\q\"\n", "x"), "a \"b\" \\q");
  EXPECT_EQ(Find("x=$'a\\tb'\n", "x"), "a\tb");
  EXPECT_EQ(Find("x=\n", "x"), "");
}

TEST(RcConfEditor, FindReturnsTheLastKnobLine) {
  EXPECT_EQ(Find("x=1\nx=2 # c\nif true; then x=3; fi\n", "x"), "2");
  EXPECT_EQ(Find("f() { x=1; }\n", "x"), std::nullopt);
  EXPECT_EQ(Find("", "x"), std::nullopt);
}

TEST(RcConfEditor, FindReturnsValuesWithExpansionsAsWritten) {
  EXPECT_EQ(Find("x=\"${y}_z\"\n", "x"), "\"${y}_z\"");
  EXPECT_EQ(Find("x=$(hostname)\n", "x"), "$(hostname)");
}

// ------------------------------------------------------------ refusals

TEST(RcConfEditor, RefusesTextThatDoesNotParse) {
  const std::string broken = "a=1\nsshd_enable=\"NO\n";
  const std::string message =
      "/etc/rc.conf:2:13: error: unterminated double quote starting at 2:13\n"
      "sshd_enable=\"NO\n"
      "            ^";
  KnobEdit set = SetKnob({"/etc/rc.conf", broken}, "sshd_enable", "YES");
  EXPECT_EQ(set.error, message);
  EXPECT_EQ(set.text, "");
  EXPECT_EQ(RemoveKnob({"/etc/rc.conf", broken}, "sshd_enable").error, message);
  EXPECT_EQ(FindKnob({"/etc/rc.conf", broken}, "sshd_enable").error, message);
}

TEST(RcConfEditor, RefusesUnclosedIf) {
  KnobEdit edit = SetKnob({"rc.conf", "x=1\nif true; then\ny=2\n"}, "x", "YES");
  EXPECT_EQ(edit.error,
            "rc.conf:4:1: error: expected 'fi' to close 'if' at 2:1, found end of file\n"
            "\n"
            "^");
}

TEST(RcConfEditor, RefusesInvalidNames) {
  EXPECT_EQ(SetKnob({"rc.conf", ""}, "1x", "YES").error,
            "rc.conf: '1x' is not a valid variable name");
  EXPECT_EQ(RemoveKnob({"rc.conf", ""}, "a-b").error,
            "rc.conf: 'a-b' is not a valid variable name");
  EXPECT_EQ(FindKnob({"rc.conf", ""}, "").error, "rc.conf: '' is not a valid variable name");
  EXPECT_TRUE(IsValidKnobName("_x9"));
  EXPECT_FALSE(IsValidKnobName("x.y"));
}

TEST(RcConfEditor, RefusesValuesWithNulBytes) {
  EXPECT_EQ(SetKnob({"rc.conf", ""}, "x", std::string("a\0b", 3)).error,
            "rc.conf: the value of x contains a NUL byte");
}

}  // namespace
}  // namespace rcsh::rcsubr
