# Source a 2,000-line file of functions 100 times ($1 is the file).
i=0
while [ $i -lt 100 ]; do
	. "$1"
	i=$((i + 1))
done
fn_1999
