#!/bin/sh
#
# run-under-dash.sh ROOT SCRIPT [ARG...]
#
# Run one rc.d script of a test world "the baseline way": under dash, with
# the baseline rc.subr (corpus/baseline/rc.subr), the world's stand-ins first
# in PATH and RC_ROOT=ROOT.  Prints the script's stdout and stderr as they
# come, exits with the script's status, and leaves the call log in
# $RC_CALL_LOG (default ROOT/standin/calls.log).
#
# ROOT is used in place and gets modified (pidfiles, stand-in state...):
# pass a scratch copy made with mkworld.sh, never corpus/base itself.
# SCRIPT is a logical path (/etc/rc.d/sshd), a path relative to ROOT
# (etc/rc.d/sshd) or a path under ROOT.
#
# Rules (see corpus/README.md, "Harness"):
#  * ROOT/etc/rc.subr is installed from the baseline when missing;
#  * ROOT/standin/hostbin holds links to the few host tools a script may
#    use; PATH is the world's sbin, bin, usr/sbin, usr/bin, usr/local/sbin,
#    usr/local/bin, then that directory -- nothing else of the host;
#  * the script runs as `$RC_SHELL -c TEXT SCRIPT ARG...' (RC_SHELL defaults
#    to dash; set it to rcsh to run the same world under rcsh) so that $0 is the
#    logical path; TEXT is the script with each line whose first word is `.'
#    followed by an absolute path rewritten to `. "$RC_ROOT"/path';
#  * the environment is emptied except for PATH, HOME=/, RC_ROOT,
#    RC_CALL_LOG, RC_SHELL, RC_DAEMON_LIFETIME, TMPDIR and LC_ALL=C.

if [ $# -lt 2 ]; then
	echo "usage: $0 ROOT SCRIPT [ARG...]" 1>&2
	exit 64
fi
_here=$(cd "$(dirname "$0")" && pwd)
_corpus=${_here%/tests}
_root=$(cd "$1" 2>/dev/null && pwd) || { echo "$0: no such root: $1" 1>&2; exit 64; }
shift
_script=$1
shift
case "$_script" in
"$_root"/*)	_script=${_script#"$_root"} ;;
/*)		;;
*)		_script=/$_script ;;
esac
if [ ! -f "$_root$_script" ]; then
	echo "$0: no such script: $_root$_script" 1>&2
	exit 64
fi

"$_here/prepare-world.sh" "$_root" || exit 70

_text=$(sed -e 's|^\([[:space:]]*\)\.[[:space:]][[:space:]]*/|\1. "$RC_ROOT"/|' "$_root$_script")

_path="$_root/sbin:$_root/bin:$_root/usr/sbin:$_root/usr/bin:$_root/usr/local/sbin:$_root/usr/local/bin:$_root/standin/hostbin"
exec env -i PATH="$_path" HOME=/ LC_ALL=C \
    RC_ROOT="$_root" \
    RC_CALL_LOG="${RC_CALL_LOG:-$_root/standin/calls.log}" \
    RC_SHELL="${RC_SHELL:-dash}" \
    RC_DAEMON_LIFETIME="${RC_DAEMON_LIFETIME:-30}" \
    TMPDIR="${TMPDIR:-/tmp}" \
    "${RC_SHELL:-dash}" -c "$_text" "$_script" "$@"
