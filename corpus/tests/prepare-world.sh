#!/bin/sh
#
# prepare-world.sh ROOT : make a scratch world runnable by the dash harness
# (idempotent).  Installs the baseline rc.subr as ROOT/etc/rc.subr when it
# is missing and fills ROOT/standin/hostbin with links to the host tools
# that scripts and stand-ins may use by bare name.

_here=$(cd "$(dirname "$0")" && pwd)
_corpus=${_here%/tests}
_root=$1
[ -d "$_root" ] || { echo "$0: no such root: $_root" 1>&2; exit 1; }

if [ ! -f "$_root/etc/rc.subr" ]; then
	mkdir -p "$_root/etc" && cp "$_corpus/baseline/rc.subr" "$_root/etc/rc.subr" || exit 1
fi

# Host tools reachable through PATH.  Everything that changes the system
# (mount, ifconfig, sysctl -w, rm of absolute paths...) has a stand-in in
# the world instead; a tool missing from both shows up as "not found".
_hb="$_root/standin/hostbin"
if [ ! -f "$_hb/.done" ]; then
	mkdir -p "$_hb" || exit 1
	for _t in sh dash sed awk grep sort tr cut expr basename dirname date \
	    sleep printf mktemp head tail wc ls xargs test [ true false echo \
	    od cmp diff comm uniq paste fold rev seq readlink; do
		_p=$(command -v "$_t" 2>/dev/null)
		case "$_p" in
		/*)	ln -sf "$_p" "$_hb/$_t" ;;
		esac
	done
	: > "$_hb/.done"
fi
exit 0
