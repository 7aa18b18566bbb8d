if [ -r /etc/rc.conf ]; then
	. /etc/rc.conf
elif [ -r /etc/defaults/rc.conf ]; then
	. /etc/defaults/rc.conf
else
	echo none >&2
fi
while read line; do
	case "$line" in
	\#*|'') continue ;;
	(*=*) eval "$line" ;&
	*) : ;;
	esac
done < /etc/rc.conf
for f in /etc/rc.d/*; do [ -x "$f" ] && echo "$f"; done
until false; do break; done
{ echo group; } > /dev/null
( cd /tmp && pwd )
! true | cat
