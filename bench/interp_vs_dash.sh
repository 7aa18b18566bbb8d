#!/bin/sh
# Interpreter workloads timed under rcsh, dash (and ksh93 where installed)
# in one run; prints best-of-3 wall times, ratios and peak RSS.
#   bench/interp_vs_dash.sh [BUILD_DIR]
# Ratio = dash time / rcsh time: above 1 means rcsh is faster.
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
case "$BUILD" in /*) RCSH=$BUILD/rcsh ;; *) RCSH=$(pwd)/$BUILD/rcsh ;; esac
[ -x "$RCSH" ] || { echo "build rcsh first (./dev build)"; exit 1; }
command -v dash >/dev/null || { echo "dash is not installed"; exit 1; }
KSH=""
for k in ksh93 ksh; do
  if command -v $k >/dev/null 2>&1; then KSH=$(command -v $k); break; fi
done
TIME=/usr/bin/time
[ -x $TIME ] || TIME=""

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A 2,000-line file of 400 functions for source_functions.sh.
awk 'BEGIN { for (i = 0; i < 2000; i += 5) { printf "fn_%d()\n{\n\tlocal v=%d\n\techo \"$v\" >/dev/null\n}\n", i, i } \
     printf "fn_1999() { :; }\n" }' > "$tmp/functions.sh"

# best-of-3 milliseconds and the peak RSS (KiB) of the last run
measure() {
  best="" rss=0
  for _ in 1 2 3; do
    start=$(date +%s%N)
    if [ -n "$TIME" ]; then
      $TIME -f %M -o "$tmp/rss" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; echo "failed: $*" >&2; return 1; }
      rss=$(tail -n 1 "$tmp/rss")
    else
      "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; return 1; }
    fi
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best $rss"
}

printf '%-18s %9s %9s %9s %7s %9s %9s\n' workload "rcsh ms" "dash ms" "ksh ms" ratio "rcsh KiB" "dash KiB"
for w in arith_loop function_calls param_expansion command_subst subshells external case_table checkyesno source_functions redefine; do
  script=bench/workloads/$w.sh
  set -- $(measure "$RCSH" "$script" "$tmp/functions.sh"); r_ms=$1 r_rss=$2
  set -- $(measure dash "$script" "$tmp/functions.sh"); d_ms=$1 d_rss=$2
  k_ms=-
  if [ -n "$KSH" ]; then set -- $(measure "$KSH" "$script" "$tmp/functions.sh"); k_ms=$1; fi
  ratio=$(awk -v r="$r_ms" -v d="$d_ms" 'BEGIN { printf "%.2f", (r > 0 ? d / r : 0) }')
  printf '%-18s %9s %9s %9s %7s %9s %9s\n' "$w" "$r_ms" "$d_ms" "$k_ms" "$ratio" "$r_rss" "$d_rss"
done
