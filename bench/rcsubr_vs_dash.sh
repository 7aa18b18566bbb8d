#!/bin/sh
# rc.subr workloads on the corpus's base world, timed in one run under
#   dash  + the shell rc.subr (corpus/baseline/rc.subr), one fork per script,
#   rcsh  + the native rc.subr, scripts run in-process,
#   rcsh  + the shell rc.subr (RCSH_SHELL_RC_SUBR=1), to separate what the
#           interpreter gains from what the native functions gain.
# Each workload runs a script N times the way /etc/rc does (a subshell that
# sources it), or calls load_rc_config N times: rcvar and status of a running
# cron (its PID probe runs the world's ps stand-in in both shells),
# rcvar_idle of hostname (no PID probe: the shells and rc.subr alone), start
# of hostname, load_rc_config forced to re-read everything (cold) or not. Prints best-of-3 wall times,
# the ratios dash/rcsh, and (with strace) the processes each run created.
#   bench/rcsubr_vs_dash.sh [BUILD_DIR] [N]
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
N=${2:-40}
case "$BUILD" in /*) RCSH=$BUILD/rcsh ;; *) RCSH=$(pwd)/$BUILD/rcsh ;; esac
[ -x "$RCSH" ] || { echo "build rcsh first (./dev build)"; exit 1; }
command -v dash >/dev/null || { echo "dash is not installed"; exit 1; }

tmp=$(mktemp -d)
world=$tmp/world
cleanup() {
  [ -f "$world/var/run/cron.pid" ] && kill "$(cat "$world/var/run/cron.pid")" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
sh corpus/tests/mkworld.sh "$world" corpus/base >/dev/null 2>&1
echo 'cron_enable="YES"' >> "$world/etc/rc.conf"
# status finds a running cron through its pidfile and the process table.
RC_DAEMON_LIFETIME=3600 sh corpus/tests/run-under-dash.sh "$world" /etc/rc.d/cron start >/dev/null 2>&1
# dash cannot root `. /etc/...` lines itself: give it pre-rooted copies once
# (the shell rc.subr's run_rc_script would run sed for every script).
for s in cron hostname; do
  sed -e 's|^\([[:space:]]*\)\.[[:space:]][[:space:]]*/|\1. "$RC_ROOT"/|' "$world/etc/rc.d/$s" > "$tmp/$s.dash"
done

# driver SHELL-KIND WORKLOAD: the text one shell runs
driver() {
  kind=$1 workload=$2
  if [ "$kind" = dash ]; then rcsubr='. "$RC_ROOT"/etc/rc.subr'; script_dir=$tmp; suffix=.dash
  else rcsubr='. /etc/rc.subr'; script_dir=/etc/rc.d; suffix=; fi
  echo "$rcsubr"
  echo 'i=0'
  case "$workload" in
    rcvar|status) body="( set -- $workload; . $script_dir/cron$suffix )" ;;
    rcvar_idle) body="( set -- rcvar; . $script_dir/hostname$suffix )" ;;
    start) body="( set -- onestart; . $script_dir/hostname$suffix )" ;;
    load_cold) body='_rc_conf_loaded=false; load_rc_config cron' ;;
    load_warm) body='load_rc_config cron' ;;
  esac
  echo "while [ \$i -lt $N ]; do $body; i=\$((i + 1)); done"
}

path="$world/sbin:$world/bin:$world/usr/sbin:$world/usr/bin:$world/usr/local/sbin:$world/usr/local/bin:$world/standin/hostbin"
run() {  # SHELL-KIND WORKLOAD: run once, calls.log fresh
  kind=$1 workload=$2
  : > "$tmp/calls.log"
  case "$kind" in
    dash) sh_bin=dash; extra= ;;
    rcsh) sh_bin=$RCSH; extra= ;;
    rcsh-shell) sh_bin=$RCSH; extra=RCSH_SHELL_RC_SUBR=1 ;;
  esac
  env -i PATH="$path" HOME=/ LC_ALL=C RC_ROOT="$world" RC_CALL_LOG="$tmp/calls.log" \
      RC_DAEMON_LIFETIME=30 $extra "$sh_bin" -c "$(driver "$kind" "$workload")" /etc/rc >"$tmp/out.$kind" 2>&1 || true
}
measure() {  # best-of-3 milliseconds
  best=""
  for _ in 1 2 3; do
    start=$(date +%s%N)
    run "$@"
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}

# processes created and programs executed by one run, when strace is there
spawns() {
  STRACE=$(command -v strace) || { echo "- -"; return; }
  kind=$1 workload=$2
  case "$kind" in dash) sh_bin=dash ;; *) sh_bin=$RCSH ;; esac
  env -i PATH="$path" HOME=/ LC_ALL=C RC_ROOT="$world" RC_CALL_LOG="$tmp/calls.log" RC_DAEMON_LIFETIME=30 \
      "$STRACE" -f -qq -o "$tmp/strace" -e trace=execve,fork,vfork,clone,clone3 \
      "$sh_bin" -c "$(driver "$kind" "$workload")" /etc/rc >/dev/null 2>&1 || true
  # threads (rcsh's pipeline stages) are clones with CLONE_THREAD: not processes
  forks=$(grep -E 'fork\(|clone3?\(' "$tmp/strace" | grep -vc CLONE_THREAD || true)
  execs=$(grep -c 'execve(' "$tmp/strace" || true)
  echo "$forks $execs"
}

echo "N = $N per workload; ratio = dash ms / rcsh ms (above 1: rcsh is faster)"
printf '%-10s %8s %8s %10s %6s %6s %12s %12s\n' workload "dash ms" "rcsh ms" "rcsh+sh ms" ratio ratio2 "dash fk/ex" "rcsh fk/ex"
for w in rcvar status rcvar_idle start load_cold load_warm; do
  set -- $(measure dash $w); d_ms=$1
  set -- $(measure rcsh $w); r_ms=$1
  set -- $(measure rcsh-shell $w); s_ms=$1
  set -- $(spawns dash $w); d_sp="$1/$2"
  set -- $(spawns rcsh $w); r_sp="$1/$2"
  ratio=$(awk -v r="$r_ms" -v d="$d_ms" 'BEGIN { printf "%.1f", (r > 0 ? d / r : 0) }')
  ratio2=$(awk -v r="$s_ms" -v d="$d_ms" 'BEGIN { printf "%.1f", (r > 0 ? d / r : 0) }')
  printf '%-10s %8s %8s %10s %6s %6s %12s %12s\n' "$w" "$d_ms" "$r_ms" "$s_ms" "$ratio" "$ratio2" "$d_sp" "$r_sp"
done
echo "ratio2 = dash / rcsh reading the shell rc.subr (RCSH_SHELL_RC_SUBR=1)"
echo "fk/ex = processes created / programs executed in one run (strace -f; includes the shell itself)"
