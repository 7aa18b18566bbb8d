#!/bin/sh
# Parser speed of `rcsh -n` against `dash -n` on the same text, in one run.
# The corpus's rc.d scripts and *.subr files are concatenated and repeated
# to about 8 MB (so process start-up is noise), then each shell checks the
# file; the best of 5 runs counts. Usage: bench/parser_vs_dash.sh [BUILD_DIR]
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
RCSH="$BUILD/rcsh"
command -v dash >/dev/null || { echo "dash is not installed (./dev install)"; exit 1; }
[ -x "$RCSH" ] || { echo "build rcsh first (./dev build)"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
find corpus -path corpus/faults -prune -o -type f \( -path '*/rc.d/*' -o -name '*.subr' \) -print |
  sort | while read -r f; do cat "$f"; echo; done > "$tmp/once.sh"
once=$(wc -c < "$tmp/once.sh")
[ "$once" -gt 0 ] || { echo "no corpus scripts found"; exit 1; }
: > "$tmp/big.sh"
while [ "$(wc -c < "$tmp/big.sh")" -lt 8000000 ]; do cat "$tmp/once.sh" >> "$tmp/big.sh"; done
bytes=$(wc -c < "$tmp/big.sh")

# best-of-5 wall time in milliseconds
best_ms() {
  best=""
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$@" "$tmp/big.sh" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}

rcsh_ms=$(best_ms "$RCSH" -n)
dash_ms=$(best_ms dash -n)
mbps() { awk -v b="$bytes" -v ms="$1" 'BEGIN { printf "%.1f", (ms > 0 ? b / (ms / 1000) / 1e6 : 0) }'; }
echo "input: $bytes bytes (corpus of $once bytes, repeated)"
echo "rcsh -n: ${rcsh_ms} ms  ($(mbps "$rcsh_ms") MB/s)"
echo "dash -n: ${dash_ms} ms  ($(mbps "$dash_ms") MB/s)"
awk -v r="$rcsh_ms" -v d="$dash_ms" 'BEGIN { if (r > 0) printf "ratio: rcsh is %.2fx the speed of dash -n\n", d / r }'
