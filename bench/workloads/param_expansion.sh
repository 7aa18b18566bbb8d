# String work with ${...} operators, 50,000 times.
p=/usr/local/etc/rc.d/service.sh
i=0 n=0
while [ $i -lt 50000 ]; do
	b=${p##*/} d=${p%/*} e=${b%.sh} f=${p#/usr}
	n=$((n + ${#e} + ${#d}))
	i=$((i + 1))
done
echo $n $b $d $e $f
