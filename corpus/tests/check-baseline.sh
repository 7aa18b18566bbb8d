#!/bin/sh
#
# check-baseline.sh -- test of the rcsh data corpus with the baseline
# rc.subr under dash.  Run from anywhere: `sh corpus/tests/check-baseline.sh'.
# Exit 0 = pass; otherwise one "FAIL: ..." line per failure and exit 1.
#
# What it checks (see corpus/README.md, "Tests"):
#  1. `dash -n' parses every shell file of the corpus (except the deliberate
#     syntax error in faults/etc/rc.d/syntaxerr);
#  2. every script of base (etc/rc.d, usr/local/etc/rc.d) in a scratch copy
#     of the world: rcvar, status, start (onestart when disabled), status,
#     stop (onestop), status; no shell error in any output, expected exit
#     statuses (tests/base-expect.txt), daemons really running after start
#     and gone after stop; plus a few special invocations (arguments,
#     extra commands, prefixes);
#  3. the examples of the "Practical rc.d scripting in BSD" article
#     (corpus/article) print what the article shows;
#  4. the faults world behaves as documented;
#  5. the generator writes parseable, deterministic worlds.
# Two workers share the base scripts (2 cores); about a minute in total.

_here=$(cd "$(dirname "$0")" && pwd)
_corpus=${_here%/tests}
RUN="$_here/run-under-dash.sh"
MKWORLD="$_here/mkworld.sh"

if ! command -v dash >/dev/null 2>&1; then
	echo "FAIL: dash is not installed"
	exit 1
fi

TMPROOT=$(mktemp -d "${TMPDIR:-/tmp}/rcsh-corpus.XXXXXX") || exit 1
export RC_DAEMON_LIFETIME=20

# kill_daemons ROOT: end every daemon stand-in started in world ROOT.
kill_daemons()
{
	local _p
	[ -d "$1/standin/procs" ] || return 0
	for _p in "$1"/standin/procs/*; do
		[ -f "$_p" ] || continue
		kill -KILL "${_p##*/}" 2>/dev/null
		rm -f "$_p"
	done
}

cleanup()
{
	local _w
	for _w in "$TMPROOT"/*/; do
		kill_daemons "${_w%/}"
	done
	rm -rf "$TMPROOT"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

FAILS="$TMPROOT/fails"
: > "$FAILS"
NCHECK=0

fail()
{
	echo "FAIL: $*" >> "$FAILS"
	echo "FAIL: $*"
}

# Shell errors that must never appear in the output of a corpus script.
SHELL_ERRORS="not found|[Ss]yntax error|parameter not set|[Bb]ad substitution|can't open|can't create|[Ii]llegal number|can't shift|unexpected|No such file or directory|Permission denied|: bad "

# run ROOT SCRIPT ARG... : run one script; sets OUT (stdout+stderr) and RC.
run()
{
	local _root
	_root=$1
	shift
	OUT=$("$RUN" "$_root" "$@" 2>&1 </dev/null)
	RC=$?
}

# check_clean WHAT : fail if $OUT shows a shell error.
check_clean()
{
	local _bad
	_bad=$(printf '%s\n' "$OUT" | grep -E "$SHELL_ERRORS")
	if [ -n "$_bad" ]; then
		fail "$1: shell error: $(printf '%s' "$_bad" | head -n 3 | tr '\n' '|')"
		return 1
	fi
	return 0
}

# expect_rc WHAT WANTED : compare $RC with WANTED (a | separated list).
expect_rc()
{
	case "|$2|" in
	*"|$RC|"*)	return 0 ;;
	esac
	fail "$1: exit status $RC, expected $2; output: $(printf '%s' "$OUT" | head -n 6 | tr '\n' '|')"
	return 1
}

# expect_out WHAT TEXT : $OUT must contain the line TEXT.
expect_out()
{
	if ! printf '%s\n' "$OUT" | grep -Fqx -- "$2"; then
		fail "$1: missing output line '$2'; got: $(printf '%s' "$OUT" | head -n 8 | tr '\n' '|')"
		return 1
	fi
	return 0
}

# --- 1. dash -n -------------------------------------------------------------

check_parse()
{
	local _f _n
	_n=0
	for _f in "$_corpus"/base/etc/rc.d/* "$_corpus"/base/usr/local/etc/rc.d/* \
	    "$_corpus"/base/etc/defaults/rc.conf "$_corpus"/base/etc/defaults/vendor.conf \
	    "$_corpus"/base/etc/rc.conf "$_corpus"/base/etc/rc.conf.local \
	    "$_corpus"/base/etc/rc.conf.site "$_corpus"/base/etc/network.subr \
	    "$_corpus"/base/etc/rc.firewall "$_corpus"/base/etc/rc.bsdextended \
	    "$_corpus"/base/etc/rc.conf.d/* "$_corpus"/base/etc/rc.conf.d/*/* \
	    "$_corpus"/base/usr/local/etc/rc.syshook.d/*/* \
	    "$_corpus"/base/standin/*.sh \
	    "$_corpus"/base/bin/* "$_corpus"/base/sbin/* "$_corpus"/base/usr/bin/* \
	    "$_corpus"/base/usr/sbin/* "$_corpus"/base/usr/libexec/* \
	    "$_corpus"/base/usr/local/bin/* "$_corpus"/base/usr/local/sbin/* \
	    "$_corpus"/base/usr/local/libexec/* \
	    "$_corpus"/article/*/etc/rc.d/* "$_corpus"/faults/etc/rc.d/* \
	    "$_corpus"/faults/etc/rc.conf "$_corpus"/baseline/rc.subr \
	    "$_corpus"/gen/rcgen "$_corpus"/tests/*.sh; do
		[ -f "$_f" ] || continue
		case "$_f" in
		*/faults/etc/rc.d/syntaxerr)
			# The deliberate syntax error must be caught by dash -n.
			if dash -n "$_f" 2>/dev/null; then
				fail "parse: $_f should not parse"
			fi
			continue
			;;
		esac
		if ! _err=$(dash -n "$_f" 2>&1); then
			fail "parse: $_f: $_err"
		fi
		_n=$((_n + 1))
	done
	NCHECK=$((NCHECK + _n))
	echo "parse: $_n files checked with dash -n"
}


# --- 1b. rcorder headers ------------------------------------------------------

check_headers()
{
	local _out _want
	if ! _out=$(awk -f "$_here/hdrcheck.awk" "$_corpus"/base/etc/rc.d/* \
	    "$_corpus"/base/usr/local/etc/rc.d/*); then
		fail "headers: base world: $(printf '%s' "$_out" | tr '\n' '|')"
	fi
	_out=$(awk -f "$_here/hdrcheck.awk" "$_corpus"/faults/etc/rc.d/* | sed "s|$_corpus/||" | sort)
	_want=$(printf '%s\n' \
	    "cycle faults/etc/rc.d/cycle_a" \
	    "cycle faults/etc/rc.d/selfcycle" \
	    "late-header faults/etc/rc.d/badheader 13" \
	    "missing faults/etc/rc.d/missingdep nonexistent_service" \
	    "unknown-before faults/etc/rc.d/missingdep also_nonexistent" | sort)
	if [ "$_out" != "$_want" ]; then
		fail "headers: faults world: got $(printf '%s' "$_out" | tr '\n' '|')"
	fi
	NCHECK=$((NCHECK + 2))
	echo "headers: base clean, faults as documented"
}

# --- 2. base world ------------------------------------------------------------

# expect_for NAME COLUMN : expected status from base-expect.txt (default 0).
expect_for()
{
	awk -v n="$1" -v c="$2" '$1 == n { print $c; f = 1 } END { if (!f) print 0 }' \
	    "$_here/base-expect.txt"
}

# check_script ROOT PATH : the rcvar/status/start/status/stop/status cycle.
check_script()
{
	local _root _p _n _want _one _daemon
	_root=$1
	_p=$2
	_n=${_p##*/}
	kill_daemons "$_root"

	run "$_root" "$_p" rcvar
	check_clean "$_n rcvar"
	expect_rc "$_n rcvar" "$(expect_for "$_n" 2)"

	run "$_root" "$_p" status
	check_clean "$_n status"
	expect_rc "$_n status" "0|1|3"

	_one=
	run "$_root" "$_p" start
	check_clean "$_n start"
	case "$OUT" in
	*"Cannot 'start' "*)
		expect_rc "$_n start (disabled)" 0
		_one=one
		run "$_root" "$_p" onestart
		check_clean "$_n onestart"
		;;
	esac
	expect_rc "$_n ${_one}start" "$(expect_for "$_n" 3)"

	run "$_root" "$_p" ${_one}status
	check_clean "$_n status after start"
	_daemon=
	case "$OUT" in
	*"is running as pid "*)	_daemon=yes ;;
	esac

	run "$_root" "$_p" ${_one}stop
	check_clean "$_n ${_one}stop"
	expect_rc "$_n ${_one}stop" "$(expect_for "$_n" 4)"

	if [ -n "$_daemon" ]; then
		run "$_root" "$_p" ${_one}status
		check_clean "$_n status after stop"
		expect_rc "$_n status after stop" 1
		case "$OUT" in
		*" is not running."*)	;;
		*)	fail "$_n: still running after ${_one}stop: $OUT" ;;
		esac
	fi
}

# worker N LIST : run check_script on each script of LIST in its own world.
worker()
{
	local _w _p _count
	_w="$TMPROOT/w$1"
	"$MKWORLD" "$_w" "$_corpus/base" >/dev/null || { fail "mkworld $_w"; return; }
	_count=0
	for _p in $2; do
		check_script "$_w" "$_p"
		_count=$((_count + 1))
	done
	kill_daemons "$_w"
	echo "$_count" > "$TMPROOT/count$1"
}

check_base()
{
	local _all _a _b _i _p
	_all=
	for _p in "$_corpus"/base/etc/rc.d/* "$_corpus"/base/usr/local/etc/rc.d/*; do
		[ -f "$_p" ] || continue
		_all="$_all ${_p#"$_corpus/base"}"
	done
	_a= _b= _i=0
	for _p in $_all; do
		if [ $((_i % 2)) -eq 0 ]; then _a="$_a $_p"; else _b="$_b $_p"; fi
		_i=$((_i + 1))
	done
	worker 1 "$_a" &
	worker 2 "$_b" &
	wait
	NCHECK=$((NCHECK + $(cat "$TMPROOT/count1" 2>/dev/null || echo 0) + $(cat "$TMPROOT/count2" 2>/dev/null || echo 0)))
	echo "base: $_i scripts run through rcvar/status/start/stop"
}

# Special invocations of base scripts: arguments, extra commands, prefixes.
check_base_special()
{
	local _w
	_w="$TMPROOT/special"
	"$MKWORLD" "$_w" "$_corpus/base" >/dev/null || { fail "mkworld $_w"; return; }

	run "$_w" /etc/rc.d/power_profile 0x01
	check_clean "power_profile 0x01"; expect_rc "power_profile 0x01" 0

	run "$_w" /etc/rc.d/dhclient forcestart em0
	check_clean "dhclient forcestart em0"; expect_rc "dhclient forcestart em0" 0
	run "$_w" /etc/rc.d/dhclient forcestatus em0
	expect_out "dhclient forcestatus em0" "dhclient is running as pid $(cat "$_w/var/run/dhclient/dhclient.em0.pid" 2>/dev/null)."
	run "$_w" /etc/rc.d/dhclient forcestop em0
	check_clean "dhclient forcestop em0"; expect_rc "dhclient forcestop em0" 0
	run "$_w" /etc/rc.d/dhclient start em0
	expect_rc "dhclient start em0 (not DHCP)" 1
	expect_out "dhclient start em0" "'em0' is not a DHCP-enabled interface"

	run "$_w" /etc/rc.d/netif start em0
	check_clean "netif start em0"; expect_rc "netif start em0" 0
	expect_out "netif start em0" "Starting Network: em0."
	run "$_w" /etc/rc.d/netif start em9
	expect_out "netif start em9" "No such interface(s): em9"
	run "$_w" /etc/rc.d/netif cloneup
	check_clean "netif cloneup"; expect_rc "netif cloneup" 0

	run "$_w" /etc/rc.d/routing start
	check_clean "routing start"; expect_rc "routing start" 0
	run "$_w" /etc/rc.d/routing static inet
	check_clean "routing static inet"

	run "$_w" /etc/rc.d/jail onestart web
	expect_out "jail onestart web" "Starting jails: web."

	run "$_w" /etc/rc.d/sshd start
	check_clean "sshd start"; expect_rc "sshd start" 0
	expect_out "sshd start" "Starting sshd."
	run "$_w" /etc/rc.d/sshd start
	expect_rc "sshd start twice" 1
	case "$OUT" in
	*"sshd already running? (pid="*")."*) ;;
	*) fail "sshd start twice: no 'already running' message: $OUT" ;;
	esac
	run "$_w" /etc/rc.d/sshd reload
	check_clean "sshd reload"; expect_rc "sshd reload" 0
	run "$_w" /etc/rc.d/sshd restart
	check_clean "sshd restart"; expect_rc "sshd restart" 0
	expect_out "sshd restart" "Starting sshd."
	run "$_w" /etc/rc.d/sshd faststop
	check_clean "sshd faststop"; expect_rc "sshd faststop" 0
	run "$_w" /etc/rc.d/sshd faststop
	expect_rc "sshd faststop (not running)" 0
	if [ -n "$OUT" ]; then fail "sshd faststop (not running) should be silent: $OUT"; fi
	run "$_w" /etc/rc.d/sshd stop
	expect_rc "sshd stop (not running)" 1
	expect_out "sshd stop (not running)" "sshd not running? (check /var/run/sshd.pid)."
	run "$_w" /etc/rc.d/sshd describe
	expect_out "sshd describe" "Secure Shell Daemon"
	run "$_w" /etc/rc.d/sshd extracommands
	expect_out "sshd extracommands" "configtest keygen reload"
	run "$_w" /etc/rc.d/sshd enabled
	expect_rc "sshd enabled" 0
	run "$_w" /etc/rc.d/inetd enabled
	expect_rc "inetd enabled" 1
	run "$_w" /etc/rc.d/inetd reload
	expect_out "inetd reload" "Cannot 'reload' inetd. Set inetd_enable to YES in /etc/rc.conf or use 'onereload' instead of 'reload'."
	run "$_w" /etc/rc.d/inetd quietstart
	expect_rc "inetd quietstart" 0
	if [ -n "$OUT" ]; then fail "inetd quietstart (disabled) should be silent: $OUT"; fi
	run "$_w" /etc/rc.d/inetd enable
	check_clean "inetd enable"
	expect_out "inetd enable" "inetd enabled in /etc/rc.conf.d/inetd"
	run "$_w" /etc/rc.d/inetd enabled
	expect_rc "inetd enabled after enable" 0
	run "$_w" /etc/rc.d/inetd bogus
	expect_rc "inetd bogus" 1
	expect_out "inetd bogus" "/etc/rc.d/inetd: unknown directive 'bogus'."
	expect_out "inetd bogus" "Usage: /etc/rc.d/inetd [fast|force|one|quiet](start|stop|restart|rcvar|enable|disable|delete|enabled|describe|extracommands|reload|status|poll)"

	run "$_w" /etc/rc.d/ntpd rcvar
	expect_out "ntpd rcvar" "# ntpd : Network Time Daemon"
	expect_out "ntpd rcvar" 'ntpd_enable="YES"'
	run "$_w" /etc/rc.d/var_run rcvar
	expect_out "var_run rcvar" "# - Save the tree at shutdown"
	expect_out "var_run rcvar" "#   and restore it at boot"
	expect_out "var_run rcvar" '#   (default: "YES")'

	run "$_w" /etc/rc.d/ntpd start
	check_clean "ntpd start"; expect_rc "ntpd start" 0
	run "$_w" /etc/rc.d/ntpd resume
	check_clean "ntpd resume"; expect_rc "ntpd resume" 0
	run "$_w" /etc/rc.d/ntpd stop
	check_clean "ntpd stop"; expect_rc "ntpd stop" 0

	run "$_w" /etc/rc.d/dbd start
	check_clean "dbd start"; expect_rc "dbd start" 0
	expect_out "dbd start" "Initializing the catalog in /var/db/dbd."
	run "$_w" /etc/rc.d/dbd initdb /var/db/dbd2
	expect_out "dbd initdb ARG" "Initializing the catalog in /var/db/dbd2."
	run "$_w" /etc/rc.d/dbd stop
	check_clean "dbd stop"; expect_rc "dbd stop" 0
	if ! grep -q "^limits -C database -n 8192 nice -n -5 su -m dbd -c " "$_w/standin/calls.log"; then
		fail "dbd: command line not built as expected (limits/nice/su): $(grep '^limits -C database' "$_w/standin/calls.log" | head -n 1)"
	fi

	run "$_w" /etc/rc.d/ftp-proxy onestart
	check_clean "ftp-proxy onestart (chroot)"; expect_rc "ftp-proxy onestart" 0
	if ! grep -q "^chroot -u proxy -g proxy -G proxy,nobody /var/empty /usr/sbin/ftp-proxy" "$_w/standin/calls.log"; then
		fail "ftp-proxy: chroot command line not as expected"
	fi
	run "$_w" /etc/rc.d/ftp-proxy onestop
	expect_rc "ftp-proxy onestop" 0

	run "$_w" /usr/local/etc/rc.d/webhookd start
	expect_rc "webhookd start" 0
	run "$_w" /usr/local/etc/rc.d/webhookd status
	case "$OUT" in
	*"webhookd is running as pid "*) ;;
	*) fail "webhookd (command_interpreter) not found running: $OUT" ;;
	esac
	run "$_w" /usr/local/etc/rc.d/webhookd stop
	expect_rc "webhookd stop" 0

	run "$_w" /usr/local/etc/rc.d/postgresql status
	expect_rc "postgresql status (pg_ctl exits 3: custom status_cmd failure)" 1
	run "$_w" /usr/local/etc/rc.d/postgresql start
	expect_rc "postgresql start" 0
	run "$_w" /usr/local/etc/rc.d/postgresql status
	expect_rc "postgresql status (running)" 0
	run "$_w" /usr/local/etc/rc.d/postgresql stop
	expect_rc "postgresql stop" 0

	if ! grep -q '^kenv -q rc.debug$' "$_w/standin/calls.log"; then
		fail "call log: no kenv call recorded"
	fi
	kill_daemons "$_w"
	NCHECK=$((NCHECK + 1))
	echo "base: special invocations checked"
}

# --- 3. article examples ------------------------------------------------------

check_article()
{
	local _w _d
	_d="$_corpus/article"

	_w="$TMPROOT/a1"
	"$MKWORLD" "$_w" "$_corpus/base" "$_d/01-dummy" >/dev/null
	run "$_w" /etc/rc.d/dummy start
	expect_rc "article dummy start" 0
	expect_out "article dummy start" "Nothing started."
	run "$_w" /etc/rc.d/dummy stop
	expect_rc "article dummy stop" 0

	_w="$TMPROOT/a2"
	"$MKWORLD" "$_w" "$_corpus/base" "$_d/02-confdummy" >/dev/null
	run "$_w" /etc/rc.d/dummy start
	expect_out "article confdummy start (disabled)" "Cannot 'start' dummy. Set dummy_enable to YES in /etc/rc.conf or use 'onestart' instead of 'start'."
	run "$_w" /etc/rc.d/dummy onestart
	expect_out "article confdummy onestart" "Nothing started."
	printf 'dummy_enable="YES"\ndummy_msg="Hello from rc.conf"\n' >> "$_w/etc/rc.conf"
	run "$_w" /etc/rc.d/dummy start
	expect_out "article confdummy start (dummy_msg)" "Hello from rc.conf"

	_w="$TMPROOT/a3"
	"$MKWORLD" "$_w" "$_corpus/base" "$_d/03-mumbled" >/dev/null
	run "$_w" /etc/rc.d/mumbled onestart
	expect_rc "article mumbled onestart" 0
	expect_out "article mumbled onestart" "Starting mumbled."
	run "$_w" /etc/rc.d/mumbled onestatus
	case "$OUT" in
	"mumbled is running as pid "*.) ;;
	*) fail "article mumbled onestatus: $OUT" ;;
	esac
	run "$_w" /etc/rc.d/mumbled onestop
	expect_out "article mumbled onestop" "Stopping mumbled."
	kill_daemons "$_w"

	_w="$TMPROOT/a4"
	"$MKWORLD" "$_w" "$_corpus/base" "$_d/04-mumbled-advanced" >/dev/null
	run "$_w" /etc/rc.d/mumbled
	expect_rc "article mumbled (no argument)" 1
	expect_out "article mumbled usage" "Usage: /etc/rc.d/mumbled [fast|force|one|quiet](start|stop|restart|rcvar|enable|disable|delete|enabled|describe|extracommands|reload|plugh|xyzzy|status|poll)"
	run "$_w" /etc/rc.d/mumbled oneplugh
	expect_out "article mumbled plugh" 'A hollow voice says "plugh".'
	run "$_w" /etc/rc.d/mumbled onexyzzy
	expect_out "article mumbled xyzzy" "Nothing happens."
	run "$_w" /etc/rc.d/mumbled onestart
	expect_rc "article mumbled onestart (no mode)" 1
	expect_out "article mumbled onestart (no mode)" "/etc/rc.d/mumbled: WARNING: Invalid value for mumbled_mode"
	expect_out "article mumbled onestart (no mode)" "/etc/rc.d/mumbled: WARNING: failed precmd routine for mumbled"
	printf 'mumbled_enable="YES"\nmumbled_mode="foo"\nmumbled_smart="YES"\n' >> "$_w/etc/rc.conf"
	run "$_w" /etc/rc.d/mumbled start
	check_clean "article mumbled start"
	expect_rc "article mumbled start" 0
	expect_out "article mumbled start" "Nothing happens."
	expect_out "article mumbled start" "Starting mumbled."
	if ! grep -q '^mumbled .*mock arguments$' "$_w/standin/calls.log"; then
		fail "article mumbled: command_args not passed: $(grep '^mumbled' "$_w/standin/calls.log")"
	fi
	run "$_w" /etc/rc.d/mumbled reload
	expect_rc "article mumbled reload (sig_reload=USR1)" 0
	sleep 1
	if ! grep -q USR1 "$_w/standin/state/mumbled.signals" 2>/dev/null; then
		fail "article mumbled reload: USR1 not delivered"
	fi
	run "$_w" /etc/rc.d/mumbled stop
	expect_out "article mumbled stop" "Bye-bye"
	rm -f "$_w/etc/mumbled.conf"
	run "$_w" /etc/rc.d/mumbled start
	expect_out "article mumbled required_files" "/etc/rc.d/mumbled: WARNING: /etc/mumbled.conf is not readable."
	kill_daemons "$_w"

	_w="$TMPROOT/a5"
	"$MKWORLD" "$_w" "$_corpus/base" "$_d/05-force-depend" >/dev/null
	run "$_w" /etc/rc.d/mumbled onestart
	check_clean "article force_depend mumbled onestart"
	expect_rc "article force_depend mumbled onestart" 0
	expect_out "article force_depend (frotz forced)" "Starting frotz."
	expect_out "article force_depend (mumbled)" "Starting mumbled."
	run "$_w" /etc/rc.d/frotz onestatus
	expect_rc "article force_depend: frotz running" 0
	kill_daemons "$_w"

	_w="$TMPROOT/a6"
	"$MKWORLD" "$_w" "$_corpus/base" "$_d/06-kiss" >/dev/null
	run "$_w" /etc/rc.d/dummy start
	expect_out "article kiss: start" "Nothing started."
	run "$_w" /etc/rc.d/dummy start Hello world!
	expect_out "article kiss: start Hello world!" "Greeting message: Hello world!"
	run "$_w" /etc/rc.d/dummy kiss
	expect_out "article kiss: kiss" "A ghost gives you a kiss."
	run "$_w" /etc/rc.d/dummy kiss Once I was Etaoin Shrdlu...
	expect_out "article kiss: kiss ARGS" "A ghost gives you a kiss and whispers: Once I was Etaoin Shrdlu..."
	NCHECK=$((NCHECK + 6))
	echo "article: 6 examples checked"
}

# --- 4. faults ------------------------------------------------------------------

check_faults()
{
	local _w _pid _i
	_w="$TMPROOT/faults"
	"$MKWORLD" "$_w" --infra "$_corpus/base" "$_corpus/faults" >/dev/null

	run "$_w" /etc/rc.d/syntaxerr start
	expect_rc "faults syntaxerr" 2
	case "$OUT" in *"Syntax error"*) ;; *) fail "faults syntaxerr: no syntax error: $OUT" ;; esac

	run "$_w" /etc/rc.d/failprecmd start
	expect_rc "faults failprecmd start" 1
	expect_out "faults failprecmd" "/etc/rc.d/failprecmd: WARNING: failed precmd routine for failprecmd"
	run "$_w" /etc/rc.d/failprecmd forcestart
	expect_rc "faults failprecmd forcestart" 0

	run "$_w" /etc/rc.d/midexit start
	expect_rc "faults midexit" 3
	expect_out "faults midexit" "midexit: giving up half-way"

	run "$_w" /etc/rc.d/errexit start
	expect_rc "faults errexit" 2
	expect_out "faults errexit" "/etc/rc.d/errexit: ERROR: errexit cannot work on this machine"

	run "$_w" /etc/rc.d/noname start
	expect_rc "faults noname" 3
	expect_out "faults noname" "/etc/rc.d/noname: ERROR: run_rc_command: \$name is not set."

	run "$_w" /etc/rc.d/nocommand start
	expect_rc "faults nocommand" 1
	expect_out "faults nocommand" "/etc/rc.d/nocommand: WARNING: run_rc_command: cannot run /usr/sbin/nocommandd"

	run "$_w" /etc/rc.d/missingfile start
	expect_rc "faults missingfile" 1
	expect_out "faults missingfile" "/etc/rc.d/missingfile: WARNING: /etc/missingfile.conf is not readable."

	run "$_w" /etc/rc.d/failstart start
	expect_rc "faults failstart" 1
	expect_out "faults failstart" "/etc/rc.d/failstart: WARNING: failed to start failstart"

	run "$_w" /etc/rc.d/junkyesno start
	expect_rc "faults junkyesno" 0
	expect_out "faults junkyesno" "/etc/rc.d/junkyesno: WARNING: \$junkyesno_enable is not set properly - see rc.conf(5)."

	run "$_w" /etc/rc.d/badconf start
	expect_rc "faults badconf" 2
	case "$OUT" in *"Syntax error"*) ;; *) fail "faults badconf: no syntax error: $OUT" ;; esac

	run "$_w" /etc/rc.d/cpusetfunc onestart
	expect_rc "faults cpusetfunc" 1
	case "$OUT" in *"cpusetfunc_start: not found"*) ;; *) fail "faults cpusetfunc: $OUT" ;; esac

	run "$_w" /etc/rc.d/badmodule start
	expect_rc "faults badmodule" 1
	expect_out "faults badmodule" "/etc/rc.d/badmodule: WARNING: Unable to load kernel module nonexistent_driver"

	run "$_w" /etc/rc.d/stopboot start
	expect_rc "faults stopboot" 1

	# The hang: must still be running after a second; then killed.
	"$RUN" "$_w" /etc/rc.d/hang start >/dev/null 2>&1 &
	_pid=$!
	sleep 1
	if kill -0 "$_pid" 2>/dev/null; then
		kill -KILL "$_pid" 2>/dev/null
		wait "$_pid" 2>/dev/null
	else
		fail "faults hang: returned instead of hanging"
	fi
	kill_daemons "$_w"
	NCHECK=$((NCHECK + 1))
	echo "faults: checked"
}

# --- 5. generator ---------------------------------------------------------------

check_gen()
{
	local _g1 _g2 _g3 _f _bad _n _w
	_g1="$TMPROOT/gen1" _g2="$TMPROOT/gen2" _g3="$TMPROOT/gen3"
	sh "$_corpus/gen/rcgen" -n 400 -s 7 -o "$_g1" >/dev/null || fail "rcgen -n 400 -s 7"
	sh "$_corpus/gen/rcgen" -n 400 -s 7 -o "$_g2" >/dev/null || fail "rcgen -n 400 -s 7 (2nd)"
	sh "$_corpus/gen/rcgen" -n 400 -s 8 -o "$_g3" >/dev/null || fail "rcgen -n 400 -s 8"
	if ! diff -r "$_g1" "$_g2" >/dev/null; then
		fail "rcgen: two runs with seed 7 differ"
	fi
	if diff -r "$_g1" "$_g3" >/dev/null; then
		fail "rcgen: seeds 7 and 8 give the same world"
	fi
	_n=$(ls "$_g1/etc/rc.d" | wc -l)
	if [ "$_n" -ne 400 ]; then
		fail "rcgen: $_n scripts written, expected 400"
	fi
	_bad=
	for _f in "$_g1"/etc/rc.d/*; do
		dash -n "$_f" 2>/dev/null || _bad="$_bad ${_f##*/}"
		[ -x "$_f" ] || _bad="$_bad ${_f##*/}(not executable)"
		grep -q '^# PROVIDE: ' "$_f" || _bad="$_bad ${_f##*/}(no PROVIDE)"
	done
	[ -z "$_bad" ] || fail "rcgen: bad scripts:$_bad"
	dash -n "$_g1/etc/rc.conf" || fail "rcgen: rc.conf does not parse"
	if ! _bad=$(awk -f "$_here/hdrcheck.awk" "$_g1"/etc/rc.d/*); then
		fail "rcgen: header check: $(printf '%s' "$_bad" | head -n 5 | tr '\n' '|')"
	fi

	# Run a few generated scripts on the base infrastructure.
	_w="$TMPROOT/genw"
	"$MKWORLD" "$_w" --infra "$_corpus/base" "$_g1" >/dev/null
	for _f in $(ls "$_g1/etc/rc.d" | awk 'NR % 50 == 7'); do
		run "$_w" "/etc/rc.d/$_f" onestart
		check_clean "gen $_f onestart"
		expect_rc "gen $_f onestart" 0
		run "$_w" "/etc/rc.d/$_f" onestop
		check_clean "gen $_f onestop"
		expect_rc "gen $_f onestop" 0
	done
	kill_daemons "$_w"
	NCHECK=$((NCHECK + 1))
	echo "gen: determinism and parse checked"
}

_start=$(date +%s)
check_parse
check_headers
check_base
check_base_special
check_article
check_faults
check_gen
_end=$(date +%s)

_nfail=$(wc -l < "$FAILS")
echo "check-baseline: $((_end - _start)) s"
if [ "$_nfail" -gt 0 ]; then
	echo "$NCHECK checked, $_nfail failures"
	echo "0 passed, $_nfail failed"
	exit 1
fi
echo "$NCHECK passed, 0 failed"
exit 0
