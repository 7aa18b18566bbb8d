# assignments, words, redirections in any order
PATH=/sbin:/bin FOO="a b" command -v ls >/dev/null 2>&1 </dev/null
echo one\
two 'three' "four $5" >>log 3<>rw 4>|clobber 0<&3 1>&-
