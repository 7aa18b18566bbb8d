# 300 runs of an external program.
i=0
while [ $i -lt 300 ]; do
	/bin/true
	i=$((i + 1))
done
echo $i
