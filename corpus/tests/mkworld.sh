#!/bin/sh
#
# mkworld.sh DEST [--infra WORLD] LAYER...
#
# Build a scratch test world in DEST (created, must not exist or be empty)
# by copying each LAYER directory over the previous ones.  --infra WORLD
# copies only the infrastructure of WORLD: everything except its rc.d
# scripts (etc/rc.d, usr/local/etc/rc.d) and its rc.conf files
# (etc/rc.conf, etc/rc.conf.local, etc/rc.conf.site, etc/rc.conf.d).
# Then prepare-world.sh is run on DEST.
#
# Examples
#   mkworld.sh /tmp/w corpus/base                    # the base world
#   mkworld.sh /tmp/w corpus/base corpus/article/06-kiss
#   mkworld.sh /tmp/w --infra corpus/base corpus/faults
#   mkworld.sh /tmp/w --infra corpus/base /tmp/generated

_here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 2 ]; then
	echo "usage: $0 DEST [--infra WORLD] LAYER..." 1>&2
	exit 64
fi
_dest=$1
shift
mkdir -p "$_dest" || exit 1
while [ $# -gt 0 ]; do
	case "$1" in
	--infra)
		_src=$2
		shift 2
		_tmp="$_dest/.mkworld.$$"
		mkdir -p "$_tmp" && cp -R "$_src/." "$_tmp/" ||
		    { echo "$0: cannot copy $_src" 1>&2; exit 1; }
		rm -rf "$_tmp/etc/rc.d" "$_tmp/usr/local/etc/rc.d" "$_tmp/etc/rc.conf.d" \
		    "$_tmp/etc/rc.conf" "$_tmp/etc/rc.conf.local" "$_tmp/etc/rc.conf.site" \
		    "$_tmp/standin/hostbin"
		cp -R "$_tmp/." "$_dest/" && rm -rf "$_tmp" || exit 1
		;;
	*)
		cp -R "$1/." "$_dest/" || exit 1
		shift
		;;
	esac
done
_dest=$(cd "$_dest" && pwd)
mkdir -p "$_dest/etc/rc.d"
exec "$_here/prepare-world.sh" "$_dest"
