# hdrcheck.awk -- rcorder header check for a set of rc.d scripts.
#
#   awk -f hdrcheck.awk FILE...
#
# Parses the rcorder header block of each FILE as spec b.1 describes
# (column-0 "# PROVIDE:", "# REQUIRE:", "# BEFORE:", "# KEYWORD:" and the
# plural forms, backslash continuation, the block ends at the first other
# line after a header line) and reports, one per line:
#   late-header FILE LINE   a header-like line rcorder will not see
#   no-provide FILE         a script without PROVIDE
#   missing FILE WORD       a REQUIRE nobody provides
#   unknown-before FILE WORD a BEFORE target nobody provides
#   cycle FILE              a file on a dependency cycle
# Exit status 1 if anything was reported.

function flush_file() {
	if (cur == "")
		return
	if (!(cur in prov))
		report("no-provide " cur)
}
function report(s) {
	print s
	bad = 1
}
FNR == 1 {
	flush_file()
	cur = FILENAME
	files[++nf] = cur
	state = 0	# 0 before block, 1 in block, 2 after block
	cont = ""
}
{
	line = cont $0
	if (line ~ /\\$/) {
		cont = substr(line, 1, length(line) - 1)
		next
	}
	cont = ""
	if (match(line, /^# (PROVIDES?|REQUIRES?|BEFORE|KEYWORDS?):/)) {
		if (state == 2) {
			report("late-header " cur " " FNR)
			next
		}
		state = 1
		kind = substr(line, 3, RLENGTH - 3)
		sub(/S$/, "", kind)
		if (kind == "PROVIDE" || kind == "REQUIRE" || kind == "BEFORE" || kind == "KEYWORD")
			;
		rest = substr(line, RLENGTH + 1)
		n = split(rest, w, /[ \t]+/)
		for (i = 1; i <= n; i++) {
			if (w[i] == "")
				continue
			if (kind == "PROVIDE") {
				prov[cur] = prov[cur] " " w[i]
				providers[w[i]] = providers[w[i]] " " cur
			} else if (kind == "REQUIRE") {
				req[cur] = req[cur] " " w[i]
			} else if (kind == "BEFORE") {
				bef[cur] = bef[cur] " " w[i]
			}
		}
		next
	}
	if (state == 1)
		state = 2
	else if (state == 2 && line ~ /^#[ \t]*(PROVIDE|REQUIRE|BEFORE|KEYWORD)/)
		report("late-header " cur " " FNR)
}
function visit(f,    n, i, j, np, p, q) {
	if (color[f] == 2)
		return
	if (color[f] == 1) {
		report("cycle " f)
		return
	}
	color[f] = 1
	n = split(deps[f], d, " ")
	for (i = 1; i <= n; i++) {
		q = d[i]
		visit(q)
	}
	color[f] = 2
}
END {
	flush_file()
	for (k = 1; k <= nf; k++) {
		f = files[k]
		n = split(req[f], r, " ")
		for (i = 1; i <= n; i++) {
			if (!(r[i] in providers)) {
				report("missing " f " " r[i])
				continue
			}
			np = split(providers[r[i]], p, " ")
			for (j = 1; j <= np; j++)
				if (p[j] != f)
					deps[f] = deps[f] " " p[j]
				else
					report("cycle " f)
		}
		n = split(bef[f], b, " ")
		for (i = 1; i <= n; i++) {
			if (!(b[i] in providers)) {
				report("unknown-before " f " " b[i])
				continue
			}
			np = split(providers[b[i]], p, " ")
			for (j = 1; j <= np; j++)
				deps[p[j]] = deps[p[j]] " " f
		}
	}
	for (k = 1; k <= nf; k++)
		visit(files[k])
	exit bad
}
