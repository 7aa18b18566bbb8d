#!/bin/sh
#
# PROVIDE: dummy
# REQUIRE: DAEMON
# KEYWORD: shutdown

. /etc/rc.subr

name="dummy"
rcvar=dummy_enable
desc="A dummy service"
start_cmd="${name}_start"
stop_cmd=":"
extra_commands="kiss"
kiss_cmd="${name}_kiss"

dummy_start()
{
	if [ $# -gt 0 ]; then
		echo "Greeting message: $*"
	else
		echo "Nothing started."
	fi
}

dummy_kiss()
{
	echo -n "A ghost gives you a kiss"
	if [ $# -gt 0 ]; then
		echo -n " and whispers: $*"
	fi
	case "$*" in
	*[.!?])
		echo
		;;
	*)
		echo .
		;;
	esac
}

load_rc_config $name
: ${dummy_enable:=NO}
run_rc_command "$@"
