echo $name ${name} ${#name} ${1} ${10} $10 "$@" $* $# $? $- $$ $! $0
echo ${a:-x} ${a-x} ${a:=x} ${a=x} ${a:?err msg} ${a?} ${a:+alt} ${a+alt}
echo ${p#*/} ${p##*/} ${p%/*} ${p%%/*} "${x:-"quoted default"}" ${x:-${y:-z}}
echo $(date +%s) `basename \`pwd\`` "$(echo "nested $(echo deep)")"
echo $((1 + 2 * 3)) $(( (1 + 2) * 3 )) $((x += 2)) $((a ? b : c)) $((0x1f | 017 & ~1))
echo ~ ~/bin ~root/x a~b $'tab\there\n' "~"
PATH=~/bin:~root/bin:/usr/bin
