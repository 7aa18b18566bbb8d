# standin/daemon.sh -- generic daemon stand-in (sourced by the daemon
# programs of the world, e.g. usr/sbin/sshd, which set SI_LOC first).
#
# Behaviour
#  * logs the call like every stand-in (name = basename of the program);
#  * pidfile: from the entry for the program in standin/daemons.tab (a path,
#    or @-X: the argument of option -X), else /var/run/NAME.pid;
#  * `--fail' among the arguments: print an error and exit 1 (for faults);
#  * `-n' / `--foreground' is ignored (the stand-in always backgrounds);
#  * starts a background process that writes nothing, answers HUP/USR1
#    (reload) by appending to standin/state/NAME.signals, exits on
#    TERM/INT/KILL (removing its pidfile), and exits by itself after
#    $RC_DAEMON_LIFETIME seconds (default 30) so that nothing is left behind;
#  * registers "LOGICAL-ARGV" in standin/procs/PID so that ps(1) can list it;
#    for programs marked `interp' in daemons.tab the registered command is
#    "/bin/sh PROGRAM ARGS", as the kernel would show an interpreted script.
#  * a keeper subshell waits for the daemon so that it is reaped at once
#    (PID 1 of a container may never reap orphans).

SI_NAME=${0##*/}
. "${RC_ROOT:-${0%"$SI_LOC/${0##*/}"}}/standin/lib.sh"
si_log "$@"

_d_prog=${0#"$RC_ROOT$SI_CHROOT"}
_d_pidfile=
_d_mode=plain
_d_stopsigs="TERM INT"
_d_fail=
for _d_a in "$@"; do
	case "$_d_a" in
	--fail)	_d_fail=yes ;;
	esac
done
if [ -n "$_d_fail" ]; then
	echo "${SI_NAME}: cannot start: simulated failure" 1>&2
	exit 1
fi
if [ -r "$SI_DIR/daemons.tab" ]; then
	while read -r _d_p _d_f _d_m _d_s; do
		case "$_d_p" in
		"$_d_prog")
			case "$_d_f" in
			-|"")	;;
			@-?)
				# pidfile given by an option, e.g. @-p
				_d_opt=${_d_f#@}
				_d_prev=
				for _d_a in "$@"; do
					[ "$_d_prev" = "$_d_opt" ] && _d_pidfile=$_d_a
					_d_prev=$_d_a
				done
				;;
			*)	_d_pidfile=$_d_f ;;
			esac
			case "$_d_m" in
			-|"")	;;
			*)	_d_mode=$_d_m ;;
			esac
			case "$_d_s" in
			-|"")	;;
			*)	_d_stopsigs="$(printf "%s" "$_d_s" | /usr/bin/tr , " ") INT" ;;
			esac
			break
			;;
		esac
	done < "$SI_DIR/daemons.tab"
fi
[ -n "$_d_pidfile" ] || _d_pidfile="/var/run/${SI_NAME}.pid"
case "$_d_pidfile" in
/*)	_d_pidreal=$RC_ROOT$SI_CHROOT$_d_pidfile ;;
*)	_d_pidreal=$_d_pidfile ;;
esac
/bin/mkdir -p "${_d_pidreal%/*}" "$SI_DIR/procs" "$SI_STATE"
/bin/rm -f "$_d_pidreal"

_d_cmdline="$_d_prog${*:+ }$*"
if [ "$_d_mode" = interp ]; then
	_d_cmdline="/bin/sh $_d_cmdline"
fi
_d_life=${RC_DAEMON_LIFETIME:-30}

(
	/bin/sh -c '
		pidreal=$1 sig=$2 life=$3 stopsigs=$4
		for s in HUP USR1 USR2; do
			trap "echo $s >> \"\$sig\"" $s
		done
		trap "/bin/rm -f \"\$pidreal\"; exit 0" $stopsigs
		i=0
		while [ $i -lt $life ]; do
			/bin/sleep 1 &
			wait $!
			i=$((i + 1))
		done
		/bin/rm -f "$pidreal"
	' "$SI_NAME" "$_d_pidreal" "$SI_STATE/$SI_NAME.signals" "$_d_life" "$_d_stopsigs" &
	_d_pid=$!
	printf '%s\n' "$_d_cmdline" > "$SI_DIR/procs/$_d_pid"
	printf '%s\n' "$_d_pid" > "$_d_pidreal.tmp.$_d_pid"
	/bin/mv -f "$_d_pidreal.tmp.$_d_pid" "$_d_pidreal"
	wait "$_d_pid"
	/bin/rm -f "$SI_DIR/procs/$_d_pid"
) </dev/null >/dev/null 2>&1 &

# Wait (at most ~5 s) until the pidfile exists, like a daemon that has
# finished daemonizing.
_d_i=0
while [ ! -s "$_d_pidreal" ] && [ $_d_i -lt 500 ]; do
	/bin/sleep 0.01
	_d_i=$((_d_i + 1))
done
exit 0
