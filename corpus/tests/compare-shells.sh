#!/bin/sh
#
# compare-shells.sh SHELL [COMMAND...]
#
# Runs every script of the base world (etc/rc.d and usr/local/etc/rc.d) with
# each COMMAND (default: rcvar status) the baseline way -- the shell rc.subr,
# the stand-ins, RC_ROOT -- once under dash and once under SHELL, each in its
# own scratch copy of the world, and compares what they print (stdout and
# stderr together, exit status, and the stand-in programs each run started,
# with their arguments; PIDs and the root path normalised). Prints a
# summary with the wall time of each shell; exits 1 if any run differs.

if [ $# -lt 1 ]; then
	echo "usage: $0 SHELL [COMMAND...]" 1>&2
	exit 64
fi
_here=$(cd "$(dirname "$0")" && pwd)
_corpus=${_here%/tests}
_shell=$1
shift
[ $# -gt 0 ] || set -- rcvar status
_tmp=$(mktemp -d)
trap 'rm -rf "$_tmp"' EXIT
"$_here/mkworld.sh" "$_tmp/dash" "$_corpus/base" >/dev/null 2>&1 || exit 1
"$_here/mkworld.sh" "$_tmp/other" "$_corpus/base" >/dev/null 2>&1 || exit 1

_normalise() {
	sed -e "s|$_tmp/dash|ROOT|g" -e "s|$_tmp/other|ROOT|g" \
	    -e 's/[0-9][0-9][0-9]*/N/g' -e '/^Waiting for PIDS/d'
}

_scripts=$(cd "$_tmp/dash" && ls etc/rc.d/* usr/local/etc/rc.d/* 2>/dev/null)
_run_all() {	# WORLD SHELL COMMAND... -> one block per run on stdout
	_world=$1 _sh=$2
	shift 2
	mkdir -p "$_world/calls"
	_n=0
	for _s in $_scripts; do
		for _c in "$@"; do
			_n=$((_n + 1))
			echo "=== /$_s $_c"
			RC_SHELL=$_sh RC_CALL_LOG="$_world/calls/$_n" \
			    "$_here/run-under-dash.sh" "$_world" "/$_s" "$_c" 2>&1 </dev/null
			echo "status $?"
		done
	done
	# The programs each run started, read once every run is over (a
	# script's background jobs may still be logging when it returns), as a
	# sorted list (pipeline stages log in any order). pwait is left out:
	# rcsh waits for pids in-process.
	sleep 1
	_n=0
	for _s in $_scripts; do
		for _c in "$@"; do
			_n=$((_n + 1))
			echo "=== calls of /$_s $_c"
			[ -f "$_world/calls/$_n" ] && grep -v '^pwait ' "$_world/calls/$_n" | sort
		done
	done
}
_commands="$*"
_time() {	# prints milliseconds spent running the block for WORLD SHELL
	_start=$(date +%s%N)
	# shellcheck disable=SC2086
	_run_all "$1" "$2" $_commands | _normalise > "$3"
	_end=$(date +%s%N)
	echo $(( (_end - _start) / 1000000 ))
}
_dash_ms=$(_time "$_tmp/dash" dash "$_tmp/dash.out")
_other_ms=$(_time "$_tmp/other" "$_shell" "$_tmp/other.out")
_runs=$(grep -c '^=== /' "$_tmp/dash.out")
_differ=0
if ! diff "$_tmp/dash.out" "$_tmp/other.out" > "$_tmp/diff"; then
	_differ=$(grep -c '^[0-9]' "$_tmp/diff")
	head -40 "$_tmp/diff"
fi
echo "scripts: $(echo "$_scripts" | wc -w), commands: $_commands, runs per shell: $_runs"
echo "dash:  ${_dash_ms} ms"
echo "$(basename "$_shell"): ${_other_ms} ms"
echo "differing hunks: $_differ"
[ "$_differ" -eq 0 ]
