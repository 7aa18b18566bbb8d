# A 20-pattern case statement, 100,000 times.
i=0 hits=0
for w in sshd cron ntpd syslogd devd; do :; done
while [ $i -lt 100000 ]; do
	case $((i % 23)) in
	0) hits=$((hits + 1)) ;;
	1|2) ;;
	3*) ;;
	[45]) ;;
	6) ;;
	7) ;;
	8) ;;
	9) ;;
	10) ;;
	11) ;;
	12) ;;
	13) ;;
	14) ;;
	15) ;;
	16) ;;
	17) ;;
	18) ;;
	19) ;;
	2?) hits=$((hits + 2)) ;;
	*) ;;
	esac
	i=$((i + 1))
done
echo $hits
