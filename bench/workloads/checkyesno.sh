# 20,000 calls of a checkyesno-style function (eval + case), as rc.subr does.
checkyesno()
{
	eval _value=\$${1}
	case $_value in
	[Yy][Ee][Ss]|[Tt][Rr][Uu][Ee]|[Oo][Nn]|1) return 0 ;;
	[Nn][Oo]|[Ff][Aa][Ll][Ss][Ee]|[Oo][Ff][Ff]|0) return 1 ;;
	*) echo "\$${1} is not set properly" >&2; return 1 ;;
	esac
}
sshd_enable=YES cron_enable=NO
i=0 n=0
while [ $i -lt 20000 ]; do
	if checkyesno sshd_enable; then n=$((n + 1)); fi
	checkyesno cron_enable || n=$((n + 1))
	i=$((i + 2))
done
echo $n
