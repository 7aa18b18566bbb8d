cat <<EOF; cat <<'LITERAL' >out
Hello $USER, today is $(date).
	Tabs stay here.
EOF
No $expansion here.
LITERAL
cat <<-END
	Leading tabs are stripped, $HOME is expanded.
	END
x=$(cat <<EOF
inside a command substitution
EOF
)
