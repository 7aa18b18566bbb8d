# standin/lib.sh -- helpers shared by the stand-in commands of a test world.
#
# Part of the rcsh corpus (see corpus/README.md, "Stand-ins").  Every
# stand-in sources this file after setting SI_NAME (the command name it
# logs) and SI_LOC (its logical directory, e.g. /sbin).
#
# Conventions
#  * RC_ROOT is the root of the world.  If it is unset or empty the stand-in
#    derives it from its own path ($0 with SI_LOC/NAME removed).
#  * Each call appends one line to $RC_CALL_LOG (when set): the command name
#    and its arguments, each shell-quoted when needed, separated by spaces.
#  * State lives under $RC_ROOT/standin/ (tables *.tab, procs/, state/).
#  * Absolute path arguments are mapped under $RC_ROOT by si_maproot.

if [ -z "$RC_ROOT" ]; then
	RC_ROOT=${0%"$SI_LOC/${0##*/}"}
	case "$RC_ROOT" in
	/*)	;;
	*)	RC_ROOT=$(cd "${RC_ROOT:-.}" && pwd) ;;
	esac
	export RC_ROOT
fi
SI_DIR="$RC_ROOT/standin"
SI_STATE="$SI_DIR/state"

# si_quote ARG... : print the arguments shell-quoted on one line.
si_quote()
{
	_si_out=
	for _si_a in "$@"; do
		case "$_si_a" in
		"")
			_si_a="''"
			;;
		*[!A-Za-z0-9_./:=,+@%^-]*)
			case "$_si_a" in
			*\'*)	_si_a=$(printf '%s' "$_si_a" | /bin/sed "s/'/'\\\\''/g") ;;
			esac
			_si_a="'$_si_a'"
			;;
		esac
		_si_out="${_si_out}${_si_out:+ }$_si_a"
	done
	printf '%s\n' "$_si_out"
}

# si_log ARG... : record this call (command name + arguments).
si_log()
{
	if [ -n "$RC_CALL_LOG" ]; then
		si_quote "$SI_NAME" "$@" >> "$RC_CALL_LOG"
	fi
}

# si_maproot PATH : print PATH mapped under the root if it is absolute
# (standard device nodes such as /dev/null and paths already under the root
# are left alone; other /dev paths are mapped too).
si_maproot()
{
	case "$1" in
	/dev/null|/dev/zero|/dev/stdin|/dev/stdout|/dev/stderr|/dev/random|/dev/urandom|/dev/tty|/dev/fd/*)
					printf '%s\n' "$1" ;;
	"$RC_ROOT"|"$RC_ROOT"/*)	printf '%s\n' "$1" ;;
	/*)				printf '%s\n' "$RC_ROOT$1" ;;
	*)				printf '%s\n' "$1" ;;
	esac
}

# si_state_dir : make sure the state directory exists.
si_state_dir()
{
	[ -d "$SI_STATE" ] || /bin/mkdir -p "$SI_STATE"
}

# si_tab_get TABLE KEY : value of KEY in a "key=value" table (exit 1 if none).
si_tab_get()
{
	/usr/bin/awk -v k="$2" '
		index($0, k "=") == 1 { v = substr($0, length(k) + 2); f = 1 }
		END { if (f) print v; exit !f }' "$1" 2>/dev/null
}

# si_tab_set TABLE KEY VALUE : set KEY in a "key=value" table.
si_tab_set()
{
	/usr/bin/awk -v k="$2" -v v="$3" '
		index($0, k "=") == 1 { if (!d) print k "=" v; d = 1; next }
		{ print }
		END { if (!d) print k "=" v }' "$1" > "$1.new.$$" 2>/dev/null
	/bin/mv -f "$1.new.$$" "$1"
}

# si_alive PID : true if PID is a live (non-zombie) process.
si_alive()
{
	kill -0 "$1" 2>/dev/null || return 1
	if [ -r "/proc/$1/stat" ]; then
		case "$(/bin/cat "/proc/$1/stat" 2>/dev/null)" in
		*") Z "*|*") X "*)	return 1 ;;
		esac
	fi
	return 0
}

# si_procs : print "PID COMMAND" for every live process of the registry.
si_procs()
{
	[ -d "$SI_DIR/procs" ] || return 0
	for _si_p in "$SI_DIR"/procs/*; do
		[ -f "$_si_p" ] || continue
		_si_pid=${_si_p##*/}
		if si_alive "$_si_pid"; then
			printf '%s %s\n' "$_si_pid" "$(/bin/cat "$_si_p")"
		else
			/bin/rm -f "$_si_p"
		fi
	done
}
