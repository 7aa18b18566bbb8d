# 50,000 calls of a small shell function.
f() { x=$1; }
i=0
while [ $i -lt 50000 ]; do
	f $i
	i=$((i + 1))
done
echo $x
