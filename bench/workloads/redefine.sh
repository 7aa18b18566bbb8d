# Redefine one function 100,000 times (must be O(1) per definition).
i=0
while [ $i -lt 100000 ]; do
	f() { echo "$i"; }
	i=$((i + 1))
done
f
