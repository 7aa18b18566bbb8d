# 2,000 command substitutions of a builtin.
i=0
while [ $i -lt 2000 ]; do
	x=$(echo "$i")
	i=$((i + 1))
done
echo $x
