// $((...)) parsed into the arithmetic AST (shell/arith_parser.cc): every
// operator, precedence and associativity, operands, and the $(( that is
// really a command substitution of a subshell.
#include <gtest/gtest.h>

#include "support/parse_helpers.h"

namespace rcsh::testing {
namespace {

TEST(Parser, ArithmeticBinaryOperators) {
  ExpectDumps({
      {": $((1+2)) $((1-2)) $((2*3)) $((6/3)) $((7%3))\n",
       R"((simple ":" (word (arith (+ 1 2))) (word (arith (- 1 2))) (word (arith (* 2 3))) (word (arith (/ 6 3))) )"
       R"((word (arith (% 7 3)))))"},
      {": $((1<<2)) $((8>>1))\n",
       R"((simple ":" (word (arith (<< 1 2))) (word (arith (>> 8 1)))))"},
      {": $((1<2)) $((1<=2)) $((1>2)) $((1>=2))\n",
       R"((simple ":" (word (arith (< 1 2))) (word (arith (<= 1 2))) (word (arith (> 1 2))) (word (arith (>= 1 2)))))"},
      {": $((1==2)) $((1!=2))\n",
       R"((simple ":" (word (arith (== 1 2))) (word (arith (!= 1 2)))))"},
      {": $((1&2)) $((1^2)) $((1|2))\n",
       R"((simple ":" (word (arith (& 1 2))) (word (arith (^ 1 2))) (word (arith (| 1 2)))))"},
      {": $((1&&2)) $((1||2))\n",
       R"((simple ":" (word (arith (&& 1 2))) (word (arith (|| 1 2)))))"},
      {": $(( 1 + 2 ))\n", R"((simple ":" (word (arith (+ 1 2)))))"},
  });
}

TEST(Parser, ArithmeticUnaryOperators) {
  ExpectDumps({
      {": $((!1)) $((~1)) $((-1)) $((+1))\n",
       R"((simple ":" (word (arith (! 1))) (word (arith (~ 1))) (word (arith (u- 1))) (word (arith (u+ 1)))))"},
      {": $((- -1)) $((!!x)) $((-~x))\n",
       R"((simple ":" (word (arith (u- (u- 1)))) (word (arith (! (! x)))) (word (arith (u- (~ x))))))"},
      {": $((a+ +b)) $((a- -b))\n",
       R"((simple ":" (word (arith (+ a (u+ b)))) (word (arith (- a (u- b))))))"},
      {": $((-2*3)) $((!a&&b)) $((~a+1))\n",
       R"((simple ":" (word (arith (* (u- 2) 3))) (word (arith (&& (! a) b))) (word (arith (+ (~ a) 1)))))"},
      {": $((1-(-2)))\n", R"((simple ":" (word (arith (- 1 (u- 2))))))"},
  });
}

TEST(Parser, ArithmeticConditionalAndAssignmentOperators) {
  ExpectDumps({
      {": $((a?b:c))\n", R"((simple ":" (word (arith (?: a b c)))))"},
      {": $((a?b:c?d:e))\n", R"((simple ":" (word (arith (?: a b (?: c d e))))))"},
      {": $((a?b?c:d:e))\n", R"((simple ":" (word (arith (?: a (?: b c d) e)))))"},
      {": $((x==1?2:3))\n", R"((simple ":" (word (arith (?: (== x 1) 2 3)))))"},
      {": $((1 ? 2 : 3 + 4))\n", R"((simple ":" (word (arith (?: 1 2 (+ 3 4))))))"},
      {": $((a ? b = 1 : 2))\n", R"((simple ":" (word (arith (?: a (= b 1) 2)))))"},
      {": $((x = a ? b : c))\n", R"((simple ":" (word (arith (= x (?: a b c))))))"},
      {": $((x=1)) $((x*=2)) $((x/=2)) $((x%=2))\n",
       R"((simple ":" (word (arith (= x 1))) (word (arith (*= x 2))) (word (arith (/= x 2))) (word (arith (%= x 2)))))"},
      {": $((x+=2)) $((x-=2)) $((x<<=1)) $((x>>=1))\n",
       R"((simple ":" (word (arith (+= x 2))) (word (arith (-= x 2))) (word (arith (<<= x 1))) (word (arith (>>= x 1)))))"},
      {": $((x&=1)) $((x^=1)) $((x|=1))\n",
       R"((simple ":" (word (arith (&= x 1))) (word (arith (^= x 1))) (word (arith (|= x 1)))))"},
      {": $((x=y=2))\n", R"((simple ":" (word (arith (= x (= y 2))))))"},
      {": $((a=b+=1))\n", R"((simple ":" (word (arith (= a (+= b 1))))))"},
  });
}

TEST(Parser, ArithmeticPrecedenceAndAssociativityFollowC) {
  ExpectDumps({
      {": $((1+2*3))\n", R"((simple ":" (word (arith (+ 1 (* 2 3))))))"},
      {": $((1*2+3))\n", R"((simple ":" (word (arith (+ (* 1 2) 3)))))"},
      {": $(((1+2)*3))\n", R"((simple ":" (word (arith (* (+ 1 2) 3)))))"},
      {": $((1-2-3))\n", R"((simple ":" (word (arith (- (- 1 2) 3)))))"},
      {": $((8/4/2))\n", R"((simple ":" (word (arith (/ (/ 8 4) 2)))))"},
      {": $((2*3%4))\n", R"((simple ":" (word (arith (% (* 2 3) 4)))))"},
      {": $((1<<2+3))\n", R"((simple ":" (word (arith (<< 1 (+ 2 3))))))"},
      {": $((a<<b>>c))\n", R"((simple ":" (word (arith (>> (<< a b) c)))))"},
      {": $((1+2<3))\n", R"((simple ":" (word (arith (< (+ 1 2) 3)))))"},
      {": $((1<2==3>4))\n", R"((simple ":" (word (arith (== (< 1 2) (> 3 4))))))"},
      {": $((a<=b>=c<d>e))\n", R"((simple ":" (word (arith (> (< (>= (<= a b) c) d) e)))))"},
      {": $((1==2!=3))\n", R"((simple ":" (word (arith (!= (== 1 2) 3)))))"},
      {": $((1==2&3))\n", R"((simple ":" (word (arith (& (== 1 2) 3)))))"},
      {": $((1&2|3^4))\n", R"((simple ":" (word (arith (| (& 1 2) (^ 3 4))))))"},
      {": $((1|2&&3))\n", R"((simple ":" (word (arith (&& (| 1 2) 3)))))"},
      {": $((1||2&&3))\n", R"((simple ":" (word (arith (|| 1 (&& 2 3))))))"},
      {": $((a&&b||c&&d))\n", R"((simple ":" (word (arith (|| (&& a b) (&& c d))))))"},
      {": $((1+(2*3)))\n", R"((simple ":" (word (arith (+ 1 (* 2 3))))))"},
      {": $(( (1) + (2) ))\n", R"((simple ":" (word (arith (+ 1 2)))))"},
      {": $(((1)+(2)))\n", R"((simple ":" (word (arith (+ 1 2)))))"},
  });
}

TEST(Parser, ArithmeticOperandsNumbersVariablesAndExpansions) {
  ExpectDumps({
      {": $((0x1F)) $((0X1f)) $((017)) $((0)) $((10))\n",
       R"((simple ":" (word (arith 31)) (word (arith 31)) (word (arith 15)) (word (arith 0)) (word (arith 10))))"},
      {": $((   0x10 + 010 + 10   ))\n", R"((simple ":" (word (arith (+ (+ 16 8) 10)))))"},
      {": $((9223372036854775807))\n", R"((simple ":" (word (arith 9223372036854775807))))"},
      {": $(( ))\n", R"((simple ":" (word (arith 0))))"},
      {": $((x)) $((x1 + _y))\n", R"((simple ":" (word (arith x)) (word (arith (+ x1 _y)))))"},
      {": $(($x)) $((${x}))\n",
       R"((simple ":" (word (arith (expand (param x)))) (word (arith (expand (param x))))))"},
      {": $((x+$y)) $(($x+y))\n",
       R"((simple ":" (word (arith (+ x (expand (param y))))) (word (arith (+ (expand (param x)) y)))))"},
      {": $((${#x}+1))\n", R"((simple ":" (word (arith (+ (expand (length x)) 1)))))"},
      {": $(($(echo 1)+2))\n",
       R"((simple ":" (word (arith (+ (expand (cmdsub (list (simple "echo" "1")))) 2)))))"},
      {": $((`echo 1`+2))\n",
       R"((simple ":" (word (arith (+ (expand (backquote (list (simple "echo" "1")))) 2)))))"},
      // An expansion glued to other text is only understood after expansion.
      {": $((1$x))\n", R"((simple ":" (word (arith-text (word "1" (param x))))))"},
      {": $(($x$y))\n", R"((simple ":" (word (arith-text (word (param x) (param y))))))"},
      {": \"$((1+2))\" $((x))$((y))\n",
       R"((simple ":" (word (dq (arith (+ 1 2)))) (word (arith x) (arith y))))"},
  });
}

TEST(Parser, DollarDoubleParenThatIsReallyACommandSubstitutionOfASubshell) {
  ExpectDumps({
      {"echo $( (a) )\n",
       R"((simple "echo" (word (cmdsub (list (subshell (list (simple "a"))))))))"},
      {"echo $((a) )\n",
       R"((simple "echo" (word (cmdsub (list (subshell (list (simple "a"))))))))"},
      {"echo $((echo a) )\n",
       R"((simple "echo" (word (cmdsub (list (subshell (list (simple "echo" "a"))))))))"},
      {"echo $((a); (b))\n",
       R"((simple "echo" (word (cmdsub (list (subshell (list (simple "a"))) (subshell (list (simple "b"))))))))"},
      {"echo $((a) | b)\n",
       R"((simple "echo" (word (cmdsub (list (pipe (subshell (list (simple "a"))) (simple "b")))))))"},
      {"echo $((echo a); echo b)\n",
       R"((simple "echo" (word (cmdsub (list (subshell (list (simple "echo" "a"))) (simple "echo" "b"))))))"},
      {"echo $( (a); b )\n",
       R"((simple "echo" (word (cmdsub (list (subshell (list (simple "a"))) (simple "b"))))))"},
  });
}

// XCU 2.6.3: "$((" is arithmetic whenever the text parses as arithmetic; only
// otherwise is it a command substitution of a subshell. Parentheses inside
// quotes or nested substitutions must not decide it (dash prints 2 for the
// first script with x=a).
TEST(Parser, DollarDoubleParenIsArithmeticWheneverItParsesAsArithmetic) {
  ExpectDumps({
      {"echo $(( $(case $x in a) echo 1;; esac) + 1 ))\n",
       R"x((simple "echo" (word (arith (+ (expand (cmdsub (list (case (word (param x)) )x"
       R"x((item ("a") (list (simple "echo" "1")) ;;))))) 1)))))x"},
      {"echo $(( ${x:-\")\"} + 1 ))\n",
       R"x((simple "echo" (word (arith (+ (expand (param x ":-" (word (dq ")")))) 1)))))x"},
      {"echo $(( `echo \")\"` + 1 ))\n",
       R"x((simple "echo" (word (arith (+ (expand (backquote (list (simple "echo" (word (dq ")")))))) 1)))))x"},
  });
}

// ---------------------------------------------------------------- tilde prefixes

}  // namespace
}  // namespace rcsh::testing
