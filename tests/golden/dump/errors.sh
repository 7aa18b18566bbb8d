echo before
if true; then
	echo missing fi
