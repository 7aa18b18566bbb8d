// Parser unit tests: each TEST holds a table of scripts and the compact AST
// dump (shell/ast_dump.h) a correct POSIX / FreeBSD sh parser must produce.
// The expectations come from XCU 2.3 (token recognition), 2.6 (expansions as
// syntax) and 2.10 (the grammar), checked against dash where dash and FreeBSD
// sh agree; FreeBSD extensions ($'...', ;&, empty { }, 3wire()) are noted.
#include <gtest/gtest.h>

#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "support/parse_helpers.h"

namespace rcsh::testing {
namespace {

/// The interpreter's alias table, reduced to a map.
class MapAliases : public AliasResolver {
 public:
  MapAliases(std::initializer_list<std::pair<const std::string, std::string>> entries)
      : aliases_(entries) {}
  const std::string* FindAlias(const std::string& name) const override {
    auto it = aliases_.find(name);
    return it == aliases_.end() ? nullptr : &it->second;
  }

 private:
  std::map<std::string, std::string> aliases_;
};

// ---------------------------------------------------------------- simple commands

TEST(Parser, SimpleCommandsCollectAssignmentsWordsAndRedirectionsInAnyOrder) {
  ExpectDumps({
      {"echo hello world\n", R"((simple "echo" "hello" "world"))"},
      {"echo", R"((simple "echo"))"},
      {" \t a \t b \t \n", R"((simple "a" "b"))"},
      {"a=1\n", R"((simple (= a "1")))"},
      {"a=1 b=2\n", R"((simple (= a "1") (= b "2")))"},
      {"a= cmd\n", R"((simple (= a (word)) "cmd"))"},
      {"_a1=b\n", R"((simple (= _a1 "b")))"},
      {"a=b=c\n", R"((simple (= a "b=c")))"},
      {"a=$x\"y\"\n", R"((simple (= a (word (param x) (dq "y")))))"},
      {"a=1 b=$(c) d=\"e f\" cmd\n",
       R"((simple (= a "1") (= b (word (cmdsub (list (simple "c"))))) (= d (word (dq "e f"))) "cmd"))"},
      {">f cmd <g arg 2>>h\n", R"((simple "cmd" "arg" (> 1 "f") (< 0 "g") (>> 2 "h")))"},
      {"x=1 >f y=2 cmd\n", R"((simple (= x "1") (= y "2") "cmd" (> 1 "f")))"},
      {"a 2>f b\n", R"((simple "a" "b" (> 2 "f")))"},
      {">f\n", R"((simple (> 1 "f")))"},
      {"2>f\n", R"((simple (> 2 "f")))"},
      {"x=1 >f\n", R"((simple (= x "1") (> 1 "f")))"},
      {"[ -f x ]\n", R"((simple "[" "-f" "x" "]"))"},
      {"echo {a,b} [ab]* ?\n", R"((simple "echo" "{a,b}" "[ab]*" "?"))"},
      {"echo -- -n\n", R"((simple "echo" "--" "-n"))"},
  });
}

TEST(Parser, AssignmentLookingWordsAreArgumentsAfterTheCommandNameOrWithABadName) {
  ExpectDumps({
      {"cmd x=1\n", R"((simple "cmd" "x=1"))"},
      {"echo a=b c=d\n", R"((simple "echo" "a=b" "c=d"))"},
      {"export a=1\n", R"((simple "export" "a=1"))"},
      {"x=1 cmd y=2\n", R"((simple (= x "1") "cmd" "y=2"))"},
      {"1a=b cmd\n", R"((simple "1a=b" "cmd"))"},
      {"a+=1\n", R"((simple "a+=1"))"},
      {"=x\n", R"((simple "=x"))"},
      {"\"a\"=b\n", R"((simple (word (dq "a") "=b")))"},
      {"a\"=b\"\n", R"((simple (word "a" (dq "=b"))))"},
      {"\\a=b\n", R"((simple (word (esc "a") "=b")))"},
  });
}

// ---------------------------------------------------------------- lists

TEST(Parser, PipelinesJoinCommandsAndBangNegatesTheWholePipeline) {
  ExpectDumps({
      {"a | b\n", R"((pipe (simple "a") (simple "b")))"},
      {"a|b\n", R"((pipe (simple "a") (simple "b")))"},
      {"a | b | c\n", R"((pipe (simple "a") (simple "b") (simple "c")))"},
      {"a |\nb\n", R"((pipe (simple "a") (simple "b")))"},
      {"a |\n\n  b\n", R"((pipe (simple "a") (simple "b")))"},
      {"! a\n", R"((pipe ! (simple "a")))"},
      {"! a | b\n", R"((pipe ! (simple "a") (simple "b")))"},
      {"! { a; }\n", R"((pipe ! (brace (list (simple "a")))))"},
      {"! if a; then b; fi\n", R"((pipe ! (if (list (simple "a")) (list (simple "b")))))"},
      {"!a\n", R"((simple "!a"))"},
      {"a ! b\n", R"((simple "a" "!" "b"))"},
      {"a=1 | b=2\n", R"((pipe (simple (= a "1")) (simple (= b "2"))))"},
  });
}

TEST(Parser, AndOrChainsAreLeftToRightAndAllowNewlinesAfterTheOperator) {
  ExpectDumps({
      {"a && b\n", R"((and-or (simple "a") && (simple "b")))"},
      {"a || b\n", R"((and-or (simple "a") || (simple "b")))"},
      {"a && b || c\n", R"((and-or (simple "a") && (simple "b") || (simple "c")))"},
      {"a&&b||c\n", R"((and-or (simple "a") && (simple "b") || (simple "c")))"},
      {"a &&\nb\n", R"((and-or (simple "a") && (simple "b")))"},
      {"a ||\n\nb\n", R"((and-or (simple "a") || (simple "b")))"},
      {"a &&\n\nb ||\nc\n", R"((and-or (simple "a") && (simple "b") || (simple "c")))"},
      {"! a && ! b\n", R"((and-or (pipe ! (simple "a")) && (pipe ! (simple "b"))))"},
      {"a | b && c | d\n",
       R"((and-or (pipe (simple "a") (simple "b")) && (pipe (simple "c") (simple "d"))))"},
      {"a && if b; then c; fi\n",
       R"((and-or (simple "a") && (if (list (simple "b")) (list (simple "c")))))"},
  });
}

TEST(Parser, SemicolonAndAmpersandSeparateCommandsAndAmpersandRunsInBackground) {
  ExpectDumps({
      {"a; b\n", R"((list (simple "a") (simple "b")))"},
      {"a;b;c\n", R"((list (simple "a") (simple "b") (simple "c")))"},
      {"a;\n", R"((simple "a"))"},
      {"a &\n", R"((list (& (simple "a"))))"},
      {"a & b\n", R"((list (& (simple "a")) (simple "b")))"},
      {"a; b &\n", R"((list (simple "a") (& (simple "b"))))"},
      {"a & b &\n", R"((list (& (simple "a")) (& (simple "b"))))"},
      {"a & b; c\n", R"((list (& (simple "a")) (simple "b") (simple "c")))"},
      {"a | b && c; d &\n",
       R"((list (and-or (pipe (simple "a") (simple "b")) && (simple "c")) (& (simple "d"))))"},
      {"a\nb\nc\n", "(simple \"a\")\n(simple \"b\")\n(simple \"c\")"},
      {"a;\nb\n", "(simple \"a\")\n(simple \"b\")"},
      {"a &\nb &\n", "(list (& (simple \"a\")))\n(list (& (simple \"b\")))"},
      {"\n\n\na\n\n", R"((simple "a"))"},
      {"", ""},
      {"\n", ""},
  });
}

// ---------------------------------------------------------------- compound commands

TEST(Parser, BraceGroupsIncludingTheEmptyGroupFreeBsdAccepts) {
  ExpectDumps({
      {"{ a; }\n", R"((brace (list (simple "a"))))"},
      {"{ a; b; }\n", R"((brace (list (simple "a") (simple "b"))))"},
      {"{ a\n}\n", R"((brace (list (simple "a"))))"},
      {"{ a & }\n", R"((brace (list (& (simple "a")))))"},
      {"{ }\n", R"((brace (list)))"},  // dash rejects this; FreeBSD sh does not
      {"{\n}\n", R"((brace (list)))"},
      {"{ }; echo ok\n", R"((list (brace (list)) (simple "echo" "ok")))"},
      {"{ a; } >f\n", R"((brace (list (simple "a")) (> 1 "f")))"},
      {"{ a; } 2>&1 | b\n", R"((pipe (brace (list (simple "a")) (>& 2 "1")) (simple "b")))"},
      {"{ { a; }; }\n", R"((brace (list (brace (list (simple "a"))))))"},
      {"{ a=1; }\n", R"((brace (list (simple (= a "1")))))"},
  });
}

TEST(Parser, SubshellsNestAndTakeTrailingRedirections) {
  ExpectDumps({
      {"( a )\n", R"((subshell (list (simple "a"))))"},
      {"(a)\n", R"((subshell (list (simple "a"))))"},
      {"(a; b) &\n", R"((list (& (subshell (list (simple "a") (simple "b"))))))"},
      {"( (a) )\n", R"((subshell (list (subshell (list (simple "a"))))))"},
      {"((a) )\n", R"((subshell (list (subshell (list (simple "a"))))))"},
      {"(a) >f 2>&1\n", R"((subshell (list (simple "a")) (> 1 "f") (>& 2 "1")))"},
      {"(\na\n)\n", R"((subshell (list (simple "a"))))"},
      {"(a) | (b)\n", R"((pipe (subshell (list (simple "a"))) (subshell (list (simple "b")))))"},
  });
}

TEST(Parser, IfWithElifAndElseBranches) {
  ExpectDumps({
      {"if a; then b; fi\n", R"((if (list (simple "a")) (list (simple "b"))))"},
      {"if a; then b; else c; fi\n",
       R"((if (list (simple "a")) (list (simple "b")) (else (list (simple "c")))))"},
      {"if a; then b; elif c; then d; fi\n",
       R"((if (list (simple "a")) (list (simple "b")) (elif (list (simple "c")) (list (simple "d")))))"},
      {"if a; then b; elif c; then d; elif e; then f; else g; fi\n",
       R"((if (list (simple "a")) (list (simple "b")) (elif (list (simple "c")) (list (simple "d"))) )"
       R"((elif (list (simple "e")) (list (simple "f"))) (else (list (simple "g")))))"},
      {"if a\nthen\nb\nfi\n", R"((if (list (simple "a")) (list (simple "b"))))"},
      {"if a; then\n  b\nelif c; then\n  d\nelse\n  e\nfi\n",
       R"((if (list (simple "a")) (list (simple "b")) (elif (list (simple "c")) (list (simple "d"))) (else (list (simple "e")))))"},
      {"if a; b; then c; d; fi\n",
       R"((if (list (simple "a") (simple "b")) (list (simple "c") (simple "d"))))"},
      {"if ! a; then b; fi >out\n",
       R"((if (list (pipe ! (simple "a"))) (list (simple "b")) (> 1 "out")))"},
      {"if a; then b; fi | c\n",
       R"((pipe (if (list (simple "a")) (list (simple "b"))) (simple "c")))"},
      {"if if a; then b; fi; then c; fi\n",
       R"((if (list (if (list (simple "a")) (list (simple "b")))) (list (simple "c"))))"},
  });
}

TEST(Parser, WhileAndUntilLoops) {
  ExpectDumps({
      {"while a; do b; done\n", R"((while (list (simple "a")) (list (simple "b"))))"},
      {"until a; do b; done\n", R"((until (list (simple "a")) (list (simple "b"))))"},
      {"while a\ndo\n  b\ndone\n", R"((while (list (simple "a")) (list (simple "b"))))"},
      {"while a; b; do c; done &\n",
       R"((list (& (while (list (simple "a") (simple "b")) (list (simple "c"))))))"},
      {"while a; do if b; then break; fi; done\n",
       R"((while (list (simple "a")) (list (if (list (simple "b")) (list (simple "break"))))))"},
      {"until ! a; do b; done >f\n",
       R"((until (list (pipe ! (simple "a"))) (list (simple "b")) (> 1 "f")))"},
  });
}

TEST(Parser, ForLoopsWithAndWithoutInIncludingNewlineBeforeIn) {
  ExpectDumps({
      {"for i in a b c; do echo $i; done\n",
       R"((for i (in "a" "b" "c") (list (simple "echo" (word (param i))))))"},
      {"for i in; do a; done\n", R"((for i (in) (list (simple "a"))))"},
      {"for i; do a; done\n", R"((for i (list (simple "a"))))"},
      {"for i;\ndo a; done\n", R"((for i (list (simple "a"))))"},
      {"for i do a; done\n", R"((for i (list (simple "a"))))"},
      {"for i\ndo a; done\n", R"((for i (list (simple "a"))))"},
      {"for i\n\n\ndo :; done\n", R"((for i (list (simple ":"))))"},
      {"for i\nin a b\ndo a; done\n", R"((for i (in "a" "b") (list (simple "a"))))"},
      {"for i in a b\ndo a; done\n", R"((for i (in "a" "b") (list (simple "a"))))"},
      {"for i in \"$@\"; do :; done >f\n",
       R"((for i (in (word (dq (param @)))) (list (simple ":")) (> 1 "f")))"},
      {"for in in in; do :; done\n", R"((for in (in "in") (list (simple ":"))))"},
      {"for i in do done; do :; done\n", R"((for i (in "do" "done") (list (simple ":"))))"},
      {"for i in a; do b; done | c\n",
       R"((pipe (for i (in "a") (list (simple "b"))) (simple "c")))"},
  });
}

TEST(Parser, CaseItemsWithPatternsTerminatorsAndEmptyBodies) {
  ExpectDumps({
      {"case x in a) b;; esac\n", R"((case "x" (item ("a") (list (simple "b")) ;;)))"},
      {"case x in a|b) c;; *) d;; esac\n",
       R"((case "x" (item ("a" "b") (list (simple "c")) ;;) (item ("*") (list (simple "d")) ;;)))"},
      {"case x in a | b ) c;; esac\n", R"((case "x" (item ("a" "b") (list (simple "c")) ;;)))"},
      {"case x in (a) b;; esac\n", R"((case "x" (item ("a") (list (simple "b")) ;;)))"},
      {"case x in (a|b) c;; esac\n", R"((case "x" (item ("a" "b") (list (simple "c")) ;;)))"},
      {"case x in esac\n", R"((case "x"))"},
      {"case x in\nesac\n", R"((case "x"))"},
      {"case x\nin a) b;; esac\n", R"((case "x" (item ("a") (list (simple "b")) ;;)))"},
      {"case x in a) ;; esac\n", R"((case "x" (item ("a") - ;;)))"},
      {"case x in (a) ;; (b) ;; esac\n", R"((case "x" (item ("a") - ;;) (item ("b") - ;;)))"},
      {"case x in a) esac\n", R"((case "x" (item ("a") -)))"},
      {"case x in a) b; esac\n", R"((case "x" (item ("a") (list (simple "b")))))"},
      {"case x in a) b\nesac\n", R"((case "x" (item ("a") (list (simple "b")))))"},
      {"case x in a) b;; c) d\nesac\n",
       R"((case "x" (item ("a") (list (simple "b")) ;;) (item ("c") (list (simple "d")))))"},
      // ;& falls through to the next item (FreeBSD sh).
      {"case x in a) b;& c) d;; esac\n",
       R"((case "x" (item ("a") (list (simple "b")) ;&) (item ("c") (list (simple "d")) ;;)))"},
      {"case x in a) b;& esac\n", R"((case "x" (item ("a") (list (simple "b")) ;&)))"},
      {"case x in a) b;;esac\n", R"((case "x" (item ("a") (list (simple "b")) ;;)))"},
      {"case x in a)b;;b)c;;esac\n",
       R"((case "x" (item ("a") (list (simple "b")) ;;) (item ("b") (list (simple "c")) ;;)))"},
      {"case x in a) b;;\nesac\n", R"((case "x" (item ("a") (list (simple "b")) ;;)))"},
      {"case x in\na) b;;\n\nc) d;;\nesac\n",
       R"((case "x" (item ("a") (list (simple "b")) ;;) (item ("c") (list (simple "d")) ;;)))"},
      {"case x in\n(a)\nb\n;;\nesac\n", R"((case "x" (item ("a") (list (simple "b")) ;;)))"},
      {"case $x in\n  start)\n    echo start\n    ;;\n  stop|restart)\n    echo stop\n    ;;\n  "
       "*)\n    echo usage\nesac\n",
       R"((case (word (param x)) (item ("start") (list (simple "echo" "start")) ;;) )"
       R"((item ("stop" "restart") (list (simple "echo" "stop")) ;;) (item ("*") (list (simple "echo" "usage")))))"},
      {"case x in \"a b\") c;; 'd') e;; $y) f;; esac\n",
       R"((case "x" (item ((word (dq "a b"))) (list (simple "c")) ;;) (item ((word (sq "d"))) (list (simple "e")) ;;) )"
       R"((item ((word (param y))) (list (simple "f")) ;;)))"},
      // After '(' even esac is a pattern.
      {"case x in (esac) a;; esac\n", R"((case "x" (item ("esac") (list (simple "a")) ;;)))"},
      {"case in in in) a;; esac\n", R"((case "in" (item ("in") (list (simple "a")) ;;)))"},
      {"case x in a) echo esac;; esac\n",
       R"((case "x" (item ("a") (list (simple "echo" "esac")) ;;)))"},
      {"case x in a) if b; then c; fi;; esac\n",
       R"((case "x" (item ("a") (list (if (list (simple "b")) (list (simple "c")))) ;;)))"},
      {"case x in a) case y in b) c;; esac;; esac\n",
       R"((case "x" (item ("a") (list (case "y" (item ("b") (list (simple "c")) ;;))) ;;)))"},
      {"case x in a) b;; esac >f\n", R"((case "x" (item ("a") (list (simple "b")) ;;) (> 1 "f")))"},
      {"case x in a) b;; esac; case y in esac\n",
       R"((list (case "x" (item ("a") (list (simple "b")) ;;)) (case "y")))"},
  });
}

TEST(Parser, FunctionDefinitionsTakeEveryCompoundBodyAndTrailingRedirections) {
  ExpectDumps({
      {"f() { a; }\n", R"((function "f" (brace (list (simple "a")))))"},
      {"f(){ a;}\n", R"((function "f" (brace (list (simple "a")))))"},
      {"f ( ) { a; }\n", R"((function "f" (brace (list (simple "a")))))"},
      {"f()\n{\n  a\n}\n", R"((function "f" (brace (list (simple "a")))))"},
      {"f() ( a )\n", R"((function "f" (subshell (list (simple "a")))))"},
      {"f() ((a))\n", R"((function "f" (subshell (list (subshell (list (simple "a")))))))"},
      {"f() if a; then b; fi\n", R"((function "f" (if (list (simple "a")) (list (simple "b")))))"},
      {"f() while a; do b; done\n",
       R"((function "f" (while (list (simple "a")) (list (simple "b")))))"},
      {"f() until a; do b; done\n",
       R"((function "f" (until (list (simple "a")) (list (simple "b")))))"},
      {"f() for i in a; do b; done\n", R"((function "f" (for i (in "a") (list (simple "b")))))"},
      {"f() case x in a) b;; esac\n",
       R"((function "f" (case "x" (item ("a") (list (simple "b")) ;;))))"},
      {"f() { a; } >f 2>&1\n",
       R"((function "f" (brace (list (simple "a")) (> 1 "f") (>& 2 "1"))))"},
      {"f() ( a ) <in\n", R"((function "f" (subshell (list (simple "a")) (< 0 "in"))))"},
      // FreeBSD sh accepts names that are not shell names (rc.d has 3wire).
      {"3wire() { a; }\n", R"((function "3wire" (brace (list (simple "a")))))"},
      {"foo-bar() { a; }\n", R"((function "foo-bar" (brace (list (simple "a")))))"},
      {"foo.sh() { :; }\n", R"((function "foo.sh" (brace (list (simple ":")))))"},
      {"_f1() { :; }\n", R"((function "_f1" (brace (list (simple ":")))))"},
      {"f() { a; }; f\n", R"((list (function "f" (brace (list (simple "a")))) (simple "f")))"},
      {"f() { g() { a; }; }\n",
       R"((function "f" (brace (list (function "g" (brace (list (simple "a"))))))))"},
      {"f() { a; } | b\n", R"((pipe (function "f" (brace (list (simple "a")))) (simple "b")))"},
  });
}

TEST(Parser, ReservedWordsAreRecognisedOnlyInCommandPosition) {
  ExpectDumps({
      {"echo if then fi\n", R"((simple "echo" "if" "then" "fi"))"},
      {"echo done esac in do elif else while until for case\n",
       R"((simple "echo" "done" "esac" "in" "do" "elif" "else" "while" "until" "for" "case"))"},
      {"echo }\n", R"((simple "echo" "}"))"},
      {"echo { a }\n", R"((simple "echo" "{" "a" "}"))"},
      {"{ echo }\n}\n", R"((brace (list (simple "echo" "}"))))"},
      {"{ echo } ; }\n", R"((brace (list (simple "echo" "}"))))"},
      {"in\n", R"((simple "in"))"},
      // After an assignment or a redirection the word is a plain WORD (XCU 2.10.2 rule 7b).
      {"a=1 if\n", R"((simple (= a "1") "if"))"},
      {">f if a\n", R"((simple "if" "a" (> 1 "f")))"},
      {"for i in a; do echo done; done\n", R"((for i (in "a") (list (simple "echo" "done"))))"},
      {"echo a; if b; then c; fi\n",
       R"((list (simple "echo" "a") (if (list (simple "b")) (list (simple "c")))))"},
      {"\"if\" a\n", R"((simple (word (dq "if")) "a"))"},
      {"\\if a\n", R"((simple (word (esc "i") "f") "a"))"},
      {"if a; then fi=1; fi\n", R"((if (list (simple "a")) (list (simple (= fi "1")))))"},
  });
}

// ---------------------------------------------------------------- redirections

TEST(Parser, EveryRedirectionOperatorWithItsDefaultDescriptor) {
  ExpectDumps({
      {"a <f\n", R"((simple "a" (< 0 "f")))"},
      {"a >f\n", R"((simple "a" (> 1 "f")))"},
      {"a >|f\n", R"((simple "a" (>| 1 "f")))"},
      {"a >>f\n", R"((simple "a" (>> 1 "f")))"},
      {"a <&3\n", R"((simple "a" (<& 0 "3")))"},
      {"a >&2\n", R"((simple "a" (>& 1 "2")))"},
      {"a <>f\n", R"((simple "a" (<> 0 "f")))"},
      {"a <&-\n", R"((simple "a" (<& 0 "-")))"},
      {"a > f\n", R"((simple "a" (> 1 "f")))"},
      {"a>f\n", R"((simple "a" (> 1 "f")))"},
      {"a >f>g\n", R"((simple "a" (> 1 "f") (> 1 "g")))"},
      {"a >\"f g\"\n", R"((simple "a" (> 1 (word (dq "f g")))))"},
      {"a >$f\n", R"((simple "a" (> 1 (word (param f)))))"},
      {"a >&$fd\n", R"((simple "a" (>& 1 (word (param fd)))))"},
      {"echo a >&2 2>&1 <&0\n", R"((simple "echo" "a" (>& 1 "2") (>& 2 "1") (<& 0 "0")))"},
  });
}

TEST(Parser, IoNumbersAreDigitsGluedToTheOperator) {
  ExpectDumps({
      {"a 0<f\n", R"((simple "a" (< 0 "f")))"},
      {"a 2>f\n", R"((simple "a" (> 2 "f")))"},
      {"a 2<f\n", R"((simple "a" (< 2 "f")))"},
      {"a 10>f\n", R"((simple "a" (> 10 "f")))"},
      {"a 2>&-\n", R"((simple "a" (>& 2 "-")))"},
      {"a 2>>f 3<>g 4>|h 5<&0 6>&1\n",
       R"((simple "a" (>> 2 "f") (<> 3 "g") (>| 4 "h") (<& 5 "0") (>& 6 "1")))"},
      {"a a2>f\n", R"((simple "a" "a2" (> 1 "f")))"},
      {"a 2 >f\n", R"((simple "a" "2" (> 1 "f")))"},
      {"a \"2\">f\n", R"((simple "a" (word (dq "2")) (> 1 "f")))"},
      {"a \\2>f\n", R"((simple "a" (word (esc "2")) (> 1 "f")))"},
      {"a 2\\\n>f\n", R"((simple "a" (> 2 "f")))"},
      {"echo 2>/dev/null; echo a2>/dev/null\n",
       R"((list (simple "echo" (> 2 "/dev/null")) (simple "echo" "a2" (> 1 "/dev/null"))))"},
      {"a 2>&1 >/dev/null | b\n",
       R"((pipe (simple "a" (>& 2 "1") (> 1 "/dev/null")) (simple "b")))"},
      {"a 3<<EOF\nx\nEOF\n", R"((simple "a" (<< 3 "EOF" "x\n")))"},
  });
}

// ---------------------------------------------------------------- here-documents

TEST(Parser, HereDocumentsWithUnquotedDelimitersExpandTheirBody) {
  ExpectDumps({
      {"cat <<EOF\nhello $x\nEOF\n",
       R"((simple "cat" (<< 0 "EOF" (word "hello " (param x) "\n"))))"},
      {"cat << EOF\nx\nEOF\n", R"((simple "cat" (<< 0 "EOF" "x\n")))"},
      {"cat <<EOF\nline1\nline2\nEOF\n", R"((simple "cat" (<< 0 "EOF" "line1\nline2\n")))"},
      {"cat <<EOF\nEOF\n", R"((simple "cat" (<< 0 "EOF" (word))))"},
      {"cat <<E\nx\nE", R"((simple "cat" (<< 0 "E" "x\n")))"},
      {"cat <<EOF\n EOF\nEOF\n", R"((simple "cat" (<< 0 "EOF" " EOF\n")))"},
      {"cat <<EOF\nEOF \nEOF\n", R"((simple "cat" (<< 0 "EOF" "EOF \n")))"},
      {"cat <<EOF\nEOFX\nEOF\n", R"((simple "cat" (<< 0 "EOF" "EOFX\n")))"},
      {"cat <<EOF\na\tb\nEOF\n", R"((simple "cat" (<< 0 "EOF" "a\tb\n")))"},
      {"cat <<EOF\n$(echo hi) `date` ${x:-y} $((1+2))\nEOF\n",
       R"((simple "cat" (<< 0 "EOF" (word (cmdsub (list (simple "echo" "hi"))) " " (backquote (list (simple "date"))) )"
       R"(" " (param x ":-" "y") " " (arith (+ 1 2)) "\n"))))"},
      {"cat <<EOF\n${x}${y#a}$1 $@\nEOF\n",
       R"((simple "cat" (<< 0 "EOF" (word (param x) (param y "#" "a") (param 1) " " (param @) "\n"))))"},
      // Backslash acts as in double quotes, except that '"' is not special.
      {"cat <<EOF\na\\$b \\\\ \\` \\\" \\x c\\\nd\nEOF\n",
       R"((simple "cat" (<< 0 "EOF" (word "a" (esc "$") "b " (esc "\\") " " (esc "`") " \\\" \\x cd\n"))))"},
      {"cat <<EOF\n\"quoted\" 'single'\nEOF\n",
       R"((simple "cat" (<< 0 "EOF" "\"quoted\" 'single'\n")))"},
      {"cat <<EOF\n${x:-\"q\"} \"${y}\"\nEOF\n",
       R"((simple "cat" (<< 0 "EOF" (word (param x ":-" (word (dq "q"))) " \"" (param y) "\"\n"))))"},
  });
}

TEST(Parser, HereDocumentsWithQuotedDelimitersKeepTheirBodyLiteral) {
  ExpectDumps({
      {"cat <<'EOF'\nhello $x\nEOF\n",
       R"((simple "cat" (<< 0 "EOF" quoted (word (sq "hello $x\n")))))"},
      {"cat <<\"EOF\"\nhello $x\nEOF\n",
       R"((simple "cat" (<< 0 "EOF" quoted (word (sq "hello $x\n")))))"},
      {"cat <<E\"O\"F\nhello $x\nEOF\n",
       R"((simple "cat" (<< 0 "EOF" quoted (word (sq "hello $x\n")))))"},
      {"cat <<\\EOF\nhello $x\nEOF\n",
       R"((simple "cat" (<< 0 "EOF" quoted (word (sq "hello $x\n")))))"},
      {"cat <<E\\OF\nx\nEOF\n", R"((simple "cat" (<< 0 "EOF" quoted (word (sq "x\n")))))"},
      {"cat <<'E'\"O\"F\nx\nEOF\n", R"((simple "cat" (<< 0 "EOF" quoted (word (sq "x\n")))))"},
      {"cat <<\"E F\"\nx\nE F\n", R"((simple "cat" (<< 0 "E F" quoted (word (sq "x\n")))))"},
      {"cat <<'E'\na\\\nb\nE\n", R"((simple "cat" (<< 0 "E" quoted (word (sq "a\\\nb\n")))))"},
  });
}

TEST(Parser, HereDocumentsWithDashStripLeadingTabs) {
  ExpectDumps({
      {"cat <<-EOF\n\ta\n\t\tb\n\tEOF\n", R"((simple "cat" (<<- 0 "EOF" "a\nb\n")))"},
      {"cat <<-'EOF'\n\ta $x\n\tEOF\n",
       R"((simple "cat" (<<- 0 "EOF" quoted (word (sq "a $x\n")))))"},
      {"cat <<-E\n\tx\nE\n", R"((simple "cat" (<<- 0 "E" "x\n")))"},
      {"cat <<-EOF\n\t$x\n\tEOF\n", R"((simple "cat" (<<- 0 "EOF" (word (param x) "\n"))))"},
      {"cat <<-EOF\n\t\tEOF\n", R"((simple "cat" (<<- 0 "EOF" (word))))"},
      // Only tabs are stripped: a space-indented delimiter is body text.
      {"cat <<-EOF\n  EOF\n\tEOF\n", R"((simple "cat" (<<- 0 "EOF" "  EOF\n")))"},
      {"cmd <<-\tEOF\n\tx\n\tEOF\n", R"((simple "cmd" (<<- 0 "EOF" "x\n")))"},
  });
}

TEST(Parser, HereDocumentBodiesFollowTheLineInOperatorOrder) {
  ExpectDumps({
      {"cat <<A; cat <<B\na\nA\nb\nB\n",
       R"((list (simple "cat" (<< 0 "A" "a\n")) (simple "cat" (<< 0 "B" "b\n"))))"},
      {"cat <<A <<B\na\nA\nb\nB\n", R"((simple "cat" (<< 0 "A" "a\n") (<< 0 "B" "b\n")))"},
      {"a <<A | b <<B\n1\nA\n2\nB\n",
       R"((pipe (simple "a" (<< 0 "A" "1\n")) (simple "b" (<< 0 "B" "2\n"))))"},
      {"a <<EOF && b <<EOF2\n1\nEOF\n2\nEOF2\n",
       R"((and-or (simple "a" (<< 0 "EOF" "1\n")) && (simple "b" (<< 0 "EOF2" "2\n"))))"},
      {"cat <<EOF | grep a\nx\nEOF\n",
       R"((pipe (simple "cat" (<< 0 "EOF" "x\n")) (simple "grep" "a")))"},
      {"cat <<EOF >out\nx\nEOF\n", R"((simple "cat" (<< 0 "EOF" "x\n") (> 1 "out")))"},
      {"cat <<EOF\n$x\nEOF\necho next\n",
       "(simple \"cat\" (<< 0 \"EOF\" (word (param x) \"\\n\")))\n(simple \"echo\" \"next\")"},
      {"f() { cat <<EOF; }\nx\nEOF\n",
       R"((function "f" (brace (list (simple "cat" (<< 0 "EOF" "x\n"))))))"},
      {"if a; then cat <<EOF\nx\nEOF\nfi\n",
       R"((if (list (simple "a")) (list (simple "cat" (<< 0 "EOF" "x\n")))))"},
      {"while read l; do :; done <<EOF\nx\nEOF\n",
       R"((while (list (simple "read" "l")) (list (simple ":")) (<< 0 "EOF" "x\n")))"},
  });
}

TEST(Parser, HereDocumentsInsideCommandSubstitutions) {
  ExpectDumps({
      {"x=$(cat <<EOF\ninner\nEOF\n)\n",
       R"((simple (= x (word (cmdsub (list (simple "cat" (<< 0 "EOF" "inner\n"))))))))"},
      {"echo $(cat <<EOF\ninner $y\nEOF\n) after\n",
       R"((simple "echo" (word (cmdsub (list (simple "cat" (<< 0 "EOF" (word "inner " (param y) "\n")))))) "after"))"},
      {"echo \"x$(cat <<EOF\na\nEOF\n)y\"\n",
       R"((simple "echo" (word (dq "x" (cmdsub (list (simple "cat" (<< 0 "EOF" "a\n")))) "y"))))"},
      {"echo $(cat <<'E'\n)\nE\n)\n",
       R"((simple "echo" (word (cmdsub (list (simple "cat" (<< 0 "E" quoted (word (sq ")\n")))))))))"},
      {"echo `cat <<EOF\nx\nEOF\n`\n",
       R"((simple "echo" (word (backquote (list (simple "cat" (<< 0 "EOF" "x\n")))))))"},
  });
}

// The outer here-document's body starts after the newline that ends the outer
// line, not after the first newline read inside the nested $( ) (dash and
// bash both print "outer" then "inner" for this script).
TEST(Parser, OuterHereDocumentBodyFollowsTheLineThatContainsANestedHereDocument) {
  ExpectDumps({
      {"cat <<EOF; echo \"$(cat <<X\ninner\nX\n)\"\nouter\nEOF\n",
       R"((list (simple "cat" (<< 0 "EOF" "outer\n")) )"
       R"((simple "echo" (word (dq (cmdsub (list (simple "cat" (<< 0 "X" "inner\n")))))))))"},
  });
}

// ---------------------------------------------------------------- lexical details

TEST(Parser, LineContinuationsVanishInsideWordsBetweenTokensAndInSubstitutions) {
  ExpectDumps({
      {"echo a\\\nb\n", R"((simple "echo" "ab"))"},
      {"ec\\\nho a\n", R"((simple "echo" "a"))"},
      {"echo a \\\nb\n", R"((simple "echo" "a" "b"))"},
      {"echo a &\\\n& echo b\n", R"((and-or (simple "echo" "a") && (simple "echo" "b")))"},
      {"echo a |\\\n b\n", R"((pipe (simple "echo" "a") (simple "b")))"},
      {"if a; \\\nthen b; fi\n", R"((if (list (simple "a")) (list (simple "b"))))"},
      {"echo $\\\nx\n", R"((simple "echo" (word (param x))))"},
      {"echo ${x\\\n:-y}\n", R"((simple "echo" (word (param x ":-" "y"))))"},
      {"echo \"a\\\nb\"\n", R"((simple "echo" (word (dq "ab"))))"},
      {"echo $\\\n(echo a)\n", R"((simple "echo" (word (cmdsub (list (simple "echo" "a"))))))"},
      {"echo $(\\\necho a)\n", R"((simple "echo" (word (cmdsub (list (simple "echo" "a"))))))"},
      {"echo $(echo a\\\nb)\n", R"((simple "echo" (word (cmdsub (list (simple "echo" "ab"))))))"},
      {"echo `echo a\\\nb`\n", R"((simple "echo" (word (backquote (list (simple "echo" "ab"))))))"},
      {"echo $((1 +\\\n2))\n", R"((simple "echo" (word (arith (+ 1 2)))))"},
      {"echo \\\n", R"((simple "echo"))"},
      // Not inside single quotes: there the backslash and newline are kept.
      {"echo 'a\\\nb'\n", R"((simple "echo" (word (sq "a\\\nb"))))"},
  });
}

TEST(Parser, CommentsStartOnlyAtTheBeginningOfAToken) {
  ExpectDumps({
      {"# comment\necho a\n", R"((simple "echo" "a"))"},
      {"#!/bin/sh\n", ""},
      {"echo a # comment\n", R"((simple "echo" "a"))"},
      {"echo a #b c\n", R"((simple "echo" "a"))"},
      {"echo #\n", R"((simple "echo"))"},
      {"echo a#b\n", R"((simple "echo" "a#b"))"},
      {"echo a# b\n", R"((simple "echo" "a#" "b"))"},
      {"echo \"a\"#b\n", R"((simple "echo" (word (dq "a") "#b")))"},
      {"echo \"#\" '#' \\#\n",
       R"((simple "echo" (word (dq "#")) (word (sq "#")) (word (esc "#"))))"},
      {"echo ${x#a} $#\n", R"((simple "echo" (word (param x "#" "a")) (word (param #))))"},
      {"echo a;#b\n", R"((simple "echo" "a"))"},
      {"echo a&#b\n", R"((list (& (simple "echo" "a"))))"},
      {"echo a # comment \\\necho b\n", "(simple \"echo\" \"a\")\n(simple \"echo\" \"b\")"},
      {"case x in # c\na) b;; # c\nesac\n", R"((case "x" (item ("a") (list (simple "b")) ;;)))"},
      {"(#c\na)\n", R"((subshell (list (simple "a"))))"},
      {"echo $(echo a # c\n)\n", R"((simple "echo" (word (cmdsub (list (simple "echo" "a"))))))"},
      {"echo `a # c`\n", R"((simple "echo" (word (backquote (list (simple "a"))))))"},
  });
}

TEST(Parser, SingleDoubleAndBackslashQuoting) {
  ExpectDumps({
      {"echo 'a b' \"c d\" e\\ f\n",
       R"((simple "echo" (word (sq "a b")) (word (dq "c d")) (word "e" (esc " ") "f")))"},
      {"echo 'a\"b\\c'\n", R"((simple "echo" (word (sq "a\"b\\c"))))"},
      {"echo \"a'b\"\n", R"((simple "echo" (word (dq "a'b"))))"},
      {"echo \"a\\\"b\\\\c\\$d\\`e\\xf\"\n",
       R"((simple "echo" (word (dq "a" (esc "\"") "b" (esc "\\") "c" (esc "$") "d" (esc "`") "e\\xf"))))"},
      {"echo \\\\ \\' \\\" \\$ \\a\n",
       R"((simple "echo" (word (esc "\\")) (word (esc "'")) (word (esc "\"")) (word (esc "$")) (word (esc "a"))))"},
      {"echo a\\\tb\n", R"((simple "echo" (word "a" (esc "\t") "b")))"},
      {"echo a'b'\"c\"d\n", R"((simple "echo" (word "a" (sq "b") (dq "c") "d")))"},
      {"echo ''\n", R"((simple "echo" (word (sq ""))))"},
      {"echo \"\"\n", R"((simple "echo" (word (dq))))"},
      {"echo \"\"''\"\"\n", R"((simple "echo" (word (dq) (sq "") (dq))))"},
      {"echo \"$x ${y} $(z) `w` $((1))\"\n",
       R"((simple "echo" (word (dq (param x) " " (param y) " " (cmdsub (list (simple "z"))) " " (backquote (list (simple "w"))) " " (arith 1)))))"},
      {"echo \"a\"'b'\\c$d${e}$(f)`g`$((1))\n",
       R"((simple "echo" (word (dq "a") (sq "b") (esc "c") (param d) (param e) (cmdsub (list (simple "f"))) )"
       R"((backquote (list (simple "g"))) (arith 1))))"},
      {"echo 'a;b|c&d'\n", R"((simple "echo" (word (sq "a;b|c&d"))))"},
      {"echo \"a;b|c&d<e>f\"\n", R"((simple "echo" (word (dq "a;b|c&d<e>f"))))"},
  });
}

// $'...' is a FreeBSD sh extension (POSIX.1-2024 adopted it).
TEST(Parser, DollarSingleQuotesDecodeTheirEscapes) {
  ExpectDumps({
      {"echo $'a\\nb\\tc'\n", R"((simple "echo" (word (dsq "a\nb\tc"))))"},
      {"echo $'\\x41\\101\\u00e9'\n", R"((simple "echo" (word (dsq "AAé"))))"},
      {"echo $'it\\'s'\n", R"((simple "echo" (word (dsq "it's"))))"},
      {"echo $'\\\\ \\\" \\a \\e \\r \\v \\f \\b'\n",
       R"((simple "echo" (word (dsq "\\ \" \x07 \x1b \x0d \x0b \x0c \x08"))))"},
      {"echo $'\\cA'\n", R"((simple "echo" (word (dsq "\x01"))))"},
      {"echo $'\\U0001F600'\n", R"((simple "echo" (word (dsq "😀"))))"},
      {"echo $'a'b\n", R"((simple "echo" (word (dsq "a") "b")))"},
      {"echo $''\n", R"((simple "echo" (word (dsq ""))))"},
  });
}

// ---------------------------------------------------------------- parameters

TEST(Parser, ParameterNamesPositionalAndSpecialParameters) {
  ExpectDumps({
      {"echo $x $_a $xy_z\n",
       R"((simple "echo" (word (param x)) (word (param _a)) (word (param xy_z))))"},
      // $10 is $1 followed by 0; only ${10} is the tenth parameter.
      {"echo $1 $10 ${10}\n",
       R"((simple "echo" (word (param 1)) (word (param 1) "0") (word (param 10))))"},
      {"echo $@ $* $# $? $- $$ $! $0\n",
       R"((simple "echo" (word (param @)) (word (param *)) (word (param #)) (word (param ?)) (word (param -)) )"
       R"((word (param $)) (word (param !)) (word (param 0))))"},
      {"echo \"$@\" \"$*\"\n", R"((simple "echo" (word (dq (param @))) (word (dq (param *)))))"},
      {"echo $x.y $x-y\n", R"((simple "echo" (word (param x) ".y") (word (param x) "-y")))"},
      {"echo $x$y ${x}y \"$x\"y\n",
       R"((simple "echo" (word (param x) (param y)) (word (param x) "y") (word (dq (param x)) "y")))"},
      {"echo ${x} ${@} ${*} ${?} ${$} ${!} ${-} ${0}\n",
       R"((simple "echo" (word (param x)) (word (param @)) (word (param *)) (word (param ?)) (word (param $)) )"
       R"((word (param !)) (word (param -)) (word (param 0))))"},
      {"echo \"$1$2\" \"${1}0\"\n",
       R"((simple "echo" (word (dq (param 1) (param 2))) (word (dq (param 1) "0"))))"},
  });
}

// A '$' that starts no expansion is a literal character (these once made the
// word scanner loop forever).
TEST(Parser, LoneDollarIsALiteralCharacter) {
  ExpectDumps({
      {"echo $\n", R"((simple "echo" "$"))"},
      {"echo a$ $/ $%\n", R"((simple "echo" "a$" "$/" "$%"))"},
      {"echo \"$\" \"a$ b\"\n", R"((simple "echo" (word (dq "$")) (word (dq "a$ b"))))"},
      {"echo $ $; a$\n", R"((list (simple "echo" "$" "$") (simple "a$")))"},
      {"echo \"$'x'\"\n", R"((simple "echo" (word (dq "$'x'"))))"},
      {"echo ${x:-$}\n", R"((simple "echo" (word (param x ":-" "$"))))"},
      {"echo $((1+2))$\n", R"((simple "echo" (word (arith (+ 1 2)) "$")))"},
      {"cat <<EOF\ncost: 5$\nEOF\n", R"((simple "cat" (<< 0 "EOF" "cost: 5$\n")))"},
  });
}

TEST(Parser, BracedParameterExpansionsWithEveryOperator) {
  ExpectDumps({
      {"echo ${x:-w} ${x-w}\n",
       R"((simple "echo" (word (param x ":-" "w")) (word (param x "-" "w"))))"},
      {"echo ${x:=w} ${x=w}\n",
       R"((simple "echo" (word (param x ":=" "w")) (word (param x "=" "w"))))"},
      {"echo ${x:?w} ${x?w}\n",
       R"((simple "echo" (word (param x ":?" "w")) (word (param x "?" "w"))))"},
      {"echo ${x:+w} ${x+w}\n",
       R"((simple "echo" (word (param x ":+" "w")) (word (param x "+" "w"))))"},
      {"echo ${x#p} ${x##p}\n",
       R"((simple "echo" (word (param x "#" "p")) (word (param x "##" "p"))))"},
      {"echo ${x%p} ${x%%p}\n",
       R"((simple "echo" (word (param x "%" "p")) (word (param x "%%" "p"))))"},
      {"echo ${#x} ${#1} ${#10} ${#@}\n",
       R"((simple "echo" (word (length x)) (word (length 1)) (word (length 10)) (word (length @))))"},
      {"echo ${#} ${#}x ${#x}y\n",
       R"((simple "echo" (word (param #)) (word (param #) "x") (word (length x) "y")))"},
      {"echo ${##}\n", R"((simple "echo" (word (length #))))"},
      {"echo ${x:-} ${x?}\n",
       R"((simple "echo" (word (param x ":-" (word))) (word (param x "?" (word)))))"},
      {"echo ${10:-a}\n", R"((simple "echo" (word (param 10 ":-" "a"))))"},
      {"echo ${x:-a b}\n", R"((simple "echo" (word (param x ":-" "a b"))))"},
      {"echo ${x##*[/]}\n", R"((simple "echo" (word (param x "##" "*[/]"))))"},
      {": ${x:=default}\n", R"((simple ":" (word (param x ":=" "default"))))"},
  });
}

TEST(Parser, ParameterExpansionWordsNestAndCarryTheirOwnQuoting) {
  ExpectDumps({
      {"echo ${x:-${y:-z}}\n",
       R"((simple "echo" (word (param x ":-" (word (param y ":-" "z"))))))"},
      {"echo \"${x:-\"a b\"}\"\n",
       R"((simple "echo" (word (dq (param x ":-" (word (dq "a b")))))))"},
      {"echo ${x#'*'}\n", R"((simple "echo" (word (param x "#" (word (sq "*"))))))"},
      {"echo ${x:-'a}b'}\n", R"((simple "echo" (word (param x ":-" (word (sq "a}b"))))))"},
      {"echo ${x:-\\}}\n", R"((simple "echo" (word (param x ":-" (word (esc "}"))))))"},
      {"echo \"${x:-\\}}\"\n", R"((simple "echo" (word (dq (param x ":-" (word (esc "}")))))))"},
      {"echo \"${x%\\}}\"\n", R"((simple "echo" (word (dq (param x "%" (word (esc "}")))))))"},
      {"echo ${x-\"}\"}\n", R"((simple "echo" (word (param x "-" (word (dq "}"))))))"},
      {"echo ${x%\"$y\"}\n", R"((simple "echo" (word (param x "%" (word (dq (param y)))))))"},
      {"echo \"${x#*/}\"\n", R"((simple "echo" (word (dq (param x "#" "*/")))))"},
      {"echo ${x:-\"$y\"} ${x:+\"$@\"}\n",
       R"((simple "echo" (word (param x ":-" (word (dq (param y))))) (word (param x ":+" (word (dq (param @)))))))"},
      {"echo ${x:?\"msg here\"}\n",
       R"((simple "echo" (word (param x ":?" (word (dq "msg here"))))))"},
      // In double quotes single quotes are literal, except in the pattern of # ## % %%.
      {"echo \"${x:-'a'}\"\n", R"((simple "echo" (word (dq (param x ":-" "'a'")))))"},
      {"echo \"${x#'a'}\"\n", R"((simple "echo" (word (dq (param x "#" (word (sq "a")))))))"},
      {"echo ${x:-$(echo })}\n",
       R"((simple "echo" (word (param x ":-" (word (cmdsub (list (simple "echo" "}"))))))))"},
      {"echo \"${x:-$(echo \"}\")}\"\n",
       R"((simple "echo" (word (dq (param x ":-" (word (cmdsub (list (simple "echo" (word (dq "}")))))))))))"},
      {"echo \"${x:-`echo }`}\"\n",
       R"((simple "echo" (word (dq (param x ":-" (word (backquote (list (simple "echo" "}")))))))))"},
      {"echo ${x:=`a`}\n",
       R"((simple "echo" (word (param x ":=" (word (backquote (list (simple "a"))))))))"},
  });
}

// ---------------------------------------------------------------- command substitution

TEST(Parser, DollarParenCommandSubstitutionsParseTheirBodyAsCommands) {
  ExpectDumps({
      {"echo $(a)\n", R"((simple "echo" (word (cmdsub (list (simple "a"))))))"},
      {"echo $(a; b)\n", R"((simple "echo" (word (cmdsub (list (simple "a") (simple "b"))))))"},
      {"echo $(a\nb)\n", R"((simple "echo" (word (cmdsub (list (simple "a") (simple "b"))))))"},
      {"echo $( )\n", R"((simple "echo" (word (cmdsub (list)))))"},
      {"echo $()\n", R"((simple "echo" (word (cmdsub (list)))))"},
      {"echo $(a | b && c)\n",
       R"((simple "echo" (word (cmdsub (list (and-or (pipe (simple "a") (simple "b")) && (simple "c")))))))"},
      {"echo $(case x in a) echo;; esac)\n",
       R"((simple "echo" (word (cmdsub (list (case "x" (item ("a") (list (simple "echo")) ;;)))))))"},
      {"echo $(case x in (a) echo;; esac)\n",
       R"((simple "echo" (word (cmdsub (list (case "x" (item ("a") (list (simple "echo")) ;;)))))))"},
      {"echo $( $(a) )\n",
       R"((simple "echo" (word (cmdsub (list (simple (word (cmdsub (list (simple "a"))))))))))"},
      {"echo $(echo $(echo $(a)))\n",
       R"((simple "echo" (word (cmdsub (list (simple "echo" (word (cmdsub (list (simple "echo" )"
       R"((word (cmdsub (list (simple "a"))))))))))))))"},
      {"echo \"$(echo \"a b\")\"\n",
       R"((simple "echo" (word (dq (cmdsub (list (simple "echo" (word (dq "a b")))))))))"},
      {"echo $(echo \"$(a)\")\n",
       R"((simple "echo" (word (cmdsub (list (simple "echo" (word (dq (cmdsub (list (simple "a")))))))))))"},
      {"echo $(echo ')')\n",
       R"x((simple "echo" (word (cmdsub (list (simple "echo" (word (sq ")"))))))))x"},
      {"echo $(echo \")\")\n",
       R"x((simple "echo" (word (cmdsub (list (simple "echo" (word (dq ")"))))))))x"},
      {"echo $(echo \\))\n",
       R"x((simple "echo" (word (cmdsub (list (simple "echo" (word (esc ")"))))))))x"},
      {"echo $(# comment )\n)\n", R"((simple "echo" (word (cmdsub (list)))))"},
      {"echo $(a) $(b)\n",
       R"((simple "echo" (word (cmdsub (list (simple "a")))) (word (cmdsub (list (simple "b"))))))"},
      {"x=$(a)y\n", R"((simple (= x (word (cmdsub (list (simple "a"))) "y"))))"},
      {"echo $(if a; then b; fi)\n",
       R"((simple "echo" (word (cmdsub (list (if (list (simple "a")) (list (simple "b"))))))))"},
      {"echo $(for i in 1; do :; done)\n",
       R"((simple "echo" (word (cmdsub (list (for i (in "1") (list (simple ":"))))))))"},
      {"echo $(a) # c $(b)\n", R"((simple "echo" (word (cmdsub (list (simple "a"))))))"},
      {"echo $(echo `a`)\n",
       R"((simple "echo" (word (cmdsub (list (simple "echo" (word (backquote (list (simple "a"))))))))))"},
  });
}

TEST(Parser, BackquotesRemoveBackslashBeforeDollarBackquoteAndBackslash) {
  ExpectDumps({
      {"echo `a`\n", R"((simple "echo" (word (backquote (list (simple "a"))))))"},
      {"echo `a b`\n", R"((simple "echo" (word (backquote (list (simple "a" "b"))))))"},
      {"echo `a;b`\n", R"((simple "echo" (word (backquote (list (simple "a") (simple "b"))))))"},
      {"echo ``\n", R"((simple "echo" (word (backquote (list)))))"},
      {"echo \"`a`\"\n", R"((simple "echo" (word (dq (backquote (list (simple "a")))))))"},
      {"echo `echo \\`b\\``\n",
       R"((simple "echo" (word (backquote (list (simple "echo" (word (backquote (list (simple "b"))))))))))"},
      {"echo `echo \\\\\\`a\\\\\\``\n",
       R"((simple "echo" (word (backquote (list (simple "echo" (word (esc "`") "a" (esc "`"))))))))"},
      {"echo `echo \\$x`\n",
       R"((simple "echo" (word (backquote (list (simple "echo" (word (param x))))))))"},
      {"echo `echo \\\\`\n", R"((simple "echo" (word (backquote (list (simple "echo" "\\"))))))"},
      {"echo `echo '\\$'`\n",
       R"((simple "echo" (word (backquote (list (simple "echo" (word (sq "$"))))))))"},
      {"echo `echo \\a`\n",
       R"((simple "echo" (word (backquote (list (simple "echo" (word (esc "a"))))))))"},
      // \" is unescaped only when the backquotes are inside double quotes.
      {"echo \"`echo \\\"a\\\"`\"\n",
       R"((simple "echo" (word (dq (backquote (list (simple "echo" (word (dq "a")))))))))"},
      {"echo `echo \\\"a\\\"`\n",
       R"((simple "echo" (word (backquote (list (simple "echo" (word (esc "\"") "a" (esc "\""))))))))"},
      {"echo \"`echo \\$x`\"\n",
       R"((simple "echo" (word (dq (backquote (list (simple "echo" (word (param x)))))))))"},
      {"echo \"`echo \\\\\\\\`\"\n",
       R"((simple "echo" (word (dq (backquote (list (simple "echo" (word (esc "\\")))))))))"},
      {"echo `echo \"a\\`b\\`\"`\n",
       R"((simple "echo" (word (backquote (list (simple "echo" (word (dq "a" (backquote (list (simple "b")))))))))))"},
      {"echo `echo $(a)`\n",
       R"((simple "echo" (word (backquote (list (simple "echo" (word (cmdsub (list (simple "a"))))))))))"},
  });
}

// ---------------------------------------------------------------- arithmetic

TEST(Parser, TildePrefixesAtTheStartOfAWord) {
  ExpectDumps({
      {"echo ~\n", R"((simple "echo" (word (tilde ""))))"},
      {"echo ~/x\n", R"((simple "echo" (word (tilde "") "/x")))"},
      {"echo ~user/x ~user\n",
       R"((simple "echo" (word (tilde "user") "/x") (word (tilde "user"))))"},
      {"echo ~/$x\n", R"((simple "echo" (word (tilde "") "/" (param x))))"},
      {"echo ~/a:~/b\n", R"((simple "echo" (word (tilde "") "/a:~/b")))"},
      {"echo ~user:x\n", R"((simple "echo" (word (tilde "user:x"))))"},
      {"echo a~ a/~\n", R"((simple "echo" "a~" "a/~"))"},
      {"echo \"~\" \\~ '~'/x\n",
       R"((simple "echo" (word (dq "~")) (word (esc "~")) (word (sq "~") "/x")))"},
      // A quoted character in the prefix means no tilde expansion.
      {"echo ~\"x\" ~$x\n", R"((simple "echo" (word "~" (dq "x")) (word "~" (param x))))"},
      {"echo x=~/a\n", R"((simple "echo" "x=~/a"))"},
  });
}

TEST(Parser, TildePrefixesInAssignmentsAfterEqualsAndColons) {
  ExpectDumps({
      {"PATH=~/bin:~root/bin\n",
       R"((simple (= PATH (word (tilde "") "/bin:" (tilde "root") "/bin"))))"},
      {"x=~\n", R"((simple (= x (word (tilde "")))))"},
      {"x=a:~:b\n", R"((simple (= x (word "a:" (tilde "") ":b"))))"},
      {"x=~/a:/b:~u\n", R"((simple (= x (word (tilde "") "/a:/b:" (tilde "u")))))"},
      {"x=a~b\n", R"((simple (= x "a~b")))"},
      {"x=~\"a\"\n", R"((simple (= x (word "~" (dq "a")))))"},
      {"x=\"~\"\n", R"((simple (= x (word (dq "~")))))"},
  });
}

// The word of ${x:-word} undergoes tilde expansion (XCU 2.6.2); dash and bash
// print $HOME for `echo ${x:-~}`.
TEST(Parser, TildePrefixInAnUnquotedParameterExpansionWord) {
  ExpectDumps({
      {"echo ${x:-~}\n", R"((simple "echo" (word (param x ":-" (word (tilde ""))))))"},
      {"echo ${x:=~/b}\n", R"((simple "echo" (word (param x ":=" (word (tilde "") "/b")))))"},
  });
}

// ---------------------------------------------------------------- aliases

TEST(Parser, AliasesReplaceTheCommandWordOnly) {
  MapAliases aliases{{"ll", "ls -l"}, {"ls", "ls -l"},  {"la", "ll -a"},    {"multi", "a; b"},
                     {"empty", ""},   {"setx", "x=1 "}, {"hd", "cat <<EOF"}};
  ExpectDumps(
      {
          // ll -> ls -l, and the ls it starts with is itself an alias not yet in use.
          {"ll a\n", R"((simple "ls" "-l" "-l" "a"))"},
          // alias ls='ls -l': the ls in its own value is not expanded again.
          {"ls x\n", R"((simple "ls" "-l" "x"))"},
          {"la\n", R"((simple "ls" "-l" "-l" "-a"))"},
          {"echo ll\n", R"((simple "echo" "ll"))"},
          {"x=1 ll\n", R"((simple (= x "1") "ls" "-l" "-l"))"},
          {"ll; ll\n", R"((list (simple "ls" "-l" "-l") (simple "ls" "-l" "-l")))"},
          {"ll\nll\n", "(simple \"ls\" \"-l\" \"-l\")\n(simple \"ls\" \"-l\" \"-l\")"},
          {"a | ll\n", R"((pipe (simple "a") (simple "ls" "-l" "-l")))"},
          {"a && ll\n", R"((and-or (simple "a") && (simple "ls" "-l" "-l")))"},
          {"if a; then ll; fi\n", R"((if (list (simple "a")) (list (simple "ls" "-l" "-l"))))"},
          {"f() { ll; }\n", R"((function "f" (brace (list (simple "ls" "-l" "-l")))))"},
          {"(ll)\n", R"((subshell (list (simple "ls" "-l" "-l"))))"},
          {"! ll\n", R"((pipe ! (simple "ls" "-l" "-l")))"},
          {">f ll\n", R"((simple "ls" "-l" "-l" (> 1 "f")))"},
          {"while ll; do ll; done\n",
           R"((while (list (simple "ls" "-l" "-l")) (list (simple "ls" "-l" "-l"))))"},
          {"\"ll\"\n", R"((simple (word (dq "ll"))))"},
          {"\\ll\n", R"((simple (word (esc "l") "l")))"},
          {"for ll in ll; do ll; done\n", R"((for ll (in "ll") (list (simple "ls" "-l" "-l"))))"},
          {"case ll in ll) ll;; esac\n",
           R"((case "ll" (item ("ll") (list (simple "ls" "-l" "-l")) ;;)))"},
          {"echo $(ll)\n", R"((simple "echo" (word (cmdsub (list (simple "ls" "-l" "-l"))))))"},
          {"echo `ll`\n", R"((simple "echo" (word (backquote (list (simple "ls" "-l" "-l"))))))"},
          {"multi x\n", R"((list (simple "a") (simple "b" "x")))"},
          {"empty a\n", R"((simple "a"))"},
          {"setx echo a\n", R"((simple (= x "1") "echo" "a"))"},
          {"hd\nx\nEOF\n", R"((simple "cat" (<< 0 "EOF" "x\n")))"},
      },
      &aliases);
}

TEST(Parser, AliasRecursionIsCutAtAnAliasAlreadyBeingExpanded) {
  MapAliases aliases{{"loop1", "loop2"}, {"loop2", "loop1"}, {"self", "self -x"}};
  ExpectDumps(
      {
          {"loop1\n", R"((simple "loop1"))"},
          {"loop2 a\n", R"((simple "loop2" "a"))"},
          {"self a\n", R"((simple "self" "-x" "a"))"},
      },
      &aliases);
}

TEST(Parser, AliasEndingInABlankMakesTheNextWordEligible) {
  MapAliases aliases{{"nohup", "nohup "}, {"ll", "ls -l"}};
  ExpectDumps(
      {
          {"nohup ll\n", R"((simple "nohup" "ls" "-l"))"},
          {"nohup echo ll\n", R"((simple "nohup" "echo" "ll"))"},
          {"ll nohup\n", R"((simple "ls" "-l" "nohup"))"},
      },
      &aliases);
}

// The next word after the WHOLE alias value is eligible, however many words
// the value has, and the check chains through further such aliases
// (dash and bash: `e e ll` with e='echo ' runs `echo echo <ll's value>`).
TEST(Parser, AliasEndingInABlankChecksTheWordAfterItsWholeValueAndChains) {
  MapAliases aliases{
      {"sudo", "sudo -u root "}, {"e", "echo "}, {"nohup", "nohup "}, {"ll", "ls -l"}};
  ExpectDumps(
      {
          {"sudo ll\n", R"((simple "sudo" "-u" "root" "ls" "-l"))"},
          {"e e ll\n", R"((simple "echo" "echo" "ls" "-l"))"},
          {"nohup nohup ll\n", R"((simple "nohup" "nohup" "ls" "-l"))"},
      },
      &aliases);
}

TEST(Parser, AliasMayProduceAnOpeningReservedWordOrBrace) {
  MapAliases aliases{{"begin", "{"}, {"cond", "if"}, {"loop", "while"}};
  ExpectDumps(
      {
          {"begin a; }\n", R"((brace (list (simple "a"))))"},
          {"cond a; then b; fi\n", R"((if (list (simple "a")) (list (simple "b"))))"},
          {"loop a; do b; done\n", R"((while (list (simple "a")) (list (simple "b"))))"},
      },
      &aliases);
}

// An alias in command position may also produce a closing reserved word
// (dash and bash run `alias end='}'; { echo b; end`).
TEST(Parser, AliasMayProduceAClosingReservedWord) {
  MapAliases aliases{{"begin", "{"}, {"end", "}"}, {"fin", "fi"}, {"dn", "done"}};
  ExpectDumps(
      {
          {"begin a; end\n", R"((brace (list (simple "a"))))"},
          {"{ a; end\n", R"((brace (list (simple "a"))))"},
          {"if a; then b; fin\n", R"((if (list (simple "a")) (list (simple "b"))))"},
          {"while a; do b; dn\n", R"((while (list (simple "a")) (list (simple "b"))))"},
      },
      &aliases);
}

}  // namespace
}  // namespace rcsh::testing
