#!/usr/bin/env bash
# scale.sh CORPUS.jsonl[.xz] [SIZES...]: build the first 1,000 / 10,000 / 30,000
# articles of a JSON lines corpus (or the SIZES given) and print issue 14's table:
# extraction alone (words per CPU-second), the build (CPU and wall time, peak RSS,
# write cost per quad in the first and last tenth of the build), a no-op rebuild,
# exports, and the query commands as whole processes; then the same figures
# as issue 14's table (what | measured | aim), with Cayley's raw load of the
# store's quads (BenchmarkRawLoad) for "build ≤ extraction + 1.25× raw load".
#
#   scripts/scale.sh ../shared/corpus/ar-news.jsonl.xz            # 1k, 10k, 30k
#   scripts/scale.sh ../shared/corpus/ar-news.jsonl.xz 1000       # one size
#
# Environment: BATCH (documents per transaction, default 1000, at most a tenth
# of the articles), JOBS (default: the number of CPUs), QUERY_NAME and
# QUERY_NAME2 (the entities looked up, and the path's ends; default the two
# the most articles mention), KEEP=1 keeps the stores in $WORK. Queries are
# medians of 5 whole processes, wall/CPU ms. On a shared machine compare CPU
# seconds (user+sys), not wall time; the load column is the 1-minute load
# average when the size started.
set -eu # not pipefail: head closing a pipe early (SIGPIPE) is no failure
corpus=${1:?usage: scripts/scale.sh CORPUS.jsonl[.xz] [SIZES...]}
shift
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 30000)
batch=${BATCH:-1000}
jobs=${JOBS:-$(nproc)}
root=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$(mktemp -d)}
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$WORK"' EXIT

echo "building graphbuild and graphquery into $WORK" >&2
(cd "$root" && go build -o "$WORK/graphbuild" ./cmd/graphbuild && go build -o "$WORK/graphquery" ./cmd/graphquery)
gb=$WORK/graphbuild
gq=$WORK/graphquery

cat_corpus() { case "$corpus" in *.xz) xz -dc "$corpus" ;; *.gz) gzip -dc "$corpus" ;; *) cat "$corpus" ;; esac; }

# timed LABEL CMD...: runs CMD, its output to $WORK/out, and sets
# wall, cpu (user+sys seconds) and rss (peak KB).
timed() {
	/usr/bin/time -f '%e %U %S %M' -o "$WORK/time" "$@" > "$WORK/out" 2> "$WORK/err" || true
	read -r wall user sys rss < <(tail -1 "$WORK/time")
	cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
}
ms() { awk -v w="$1" 'BEGIN { printf "%d", w * 1000 }'; }
# query LABEL ARGS...: the median of 5 runs of graphquery ARGS as a whole
# process, "wall/CPU ms".
query() {
	local ws=() cs=()
	for _ in 1 2 3 4 5; do
		timed "$gq" --db "$db" "$@"
		ws+=("$(ms "$wall")")
		cs+=("$(ms "$cpu")")
	done
	printf '%s/%s' "$(printf '%s\n' "${ws[@]}" | sort -n | sed -n 3p)" "$(printf '%s\n' "${cs[@]}" | sort -n | sed -n 3p)"
}

printf '| articles | words | load | extraction words/CPU-s | build CPU s | build wall s | peak RSS MB | write µs/quad, first 10%% → last 10%% of the batches | build CPU s per 1,000 articles, first → last 10%% | linking reads s (wall), first → last 10%% | raw load CPU s | no-op rebuild CPU s | export nquads CPU s | export json CPU s | who-said ms wall/CPU | entity | neighbors | path | link |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n'
issue=()
for n in "${sizes[@]}"; do
	slice=$WORK/slice-$n.jsonl
	cat_corpus | head -n "$n" > "$slice" || true
	words=$(python3 -c 'import json,sys
n=0
for l in open(sys.argv[1], encoding="utf-8"):
    l=l.strip()
    if l: n+=len(json.loads(l).get("text","").split())
print(n)' "$slice")

	load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')
	timed "$gb" --quiet --print nquads --jobs 1 "$slice"
	xwps=$(awk -v w="$words" -v c="$cpu" 'BEGIN { printf "%d", w / (c > 0 ? c : 1) }')
	xcpu=$cpu

	db=$WORK/db-$n
	rm -rf "$db" "$WORK/batches"
	b=$batch
	[ $((n / 10)) -ge "$b" ] || b=$((n / 10 > 0 ? n / 10 : 1)) # at least ten transactions
	GRAPHBUILD_BATCH_LOG=$WORK/batches timed "$gb" --db "$db" --batch "$b" --jobs "$jobs" "$slice"
	bcpu=$cpu bwall=$wall brss=$((rss / 1024))
	# write cost per quad, first and last tenth of the batches; and the
	# whole build's CPU seconds for them (extraction, linking, writing)
	# write cost per quad, whole-build CPU and linking reads (wall) in the
	# first and last tenth of the batches
	read -r tenths ctenth ltenth < <(python3 -c 'import sys
rows=[l.split() for l in open(sys.argv[1])]
k=max(1,len(rows)//10)
def c(rs): return 1e6*sum(float(r[2]) for r in rs)/max(1,sum(int(r[1]) for r in rs))
out="%.1f→%.1f(%.2f×)" % (c(rows[:k]), c(rows[-k:]), c(rows[-k:])/max(c(rows[:k]),1e-9))
cpu="-"
if len(rows[0]) >= 5 and len(rows) >= 2*k+1:
    # the first tenth after the first batch, whose CPU holds the start-up
    # and the filling of the pipeline; per 1,000 articles
    first=float(rows[k][4])-float(rows[0][4]); fd=sum(int(r[0]) for r in rows[1:k+1])
    last=float(rows[-1][4])-float(rows[-k-1][4]); ld=sum(int(r[0]) for r in rows[-k:])
    cpu="%.1f→%.1f(%.2f×)" % (1000*first/fd, 1000*last/ld, (last/ld)/max(first/fd,1e-9))
link="-"
if len(rows[0]) >= 6:
    f=sum(float(r[5]) for r in rows[:k]); l=sum(float(r[5]) for r in rows[-k:])
    link="%.1f→%.1f(%.2f×)" % (f, l, l/max(f,1e-9))
print(out, cpu, link)' "$WORK/batches")

	timed "$gb" --quiet --db "$db" "$slice"
	noop=$cpu
	timed "$gq" --db "$db" export --format nquads
	exn=$cpu
	mv "$WORK/out" "$WORK/quads.nq"
	# Cayley's own load of the same quads (leveldb), CPU seconds
	raw=$(cd "$root" && GRAPHBUILD_BENCH_NQUADS=$WORK/quads.nq go test -run '^$' -bench 'RawLoad/backend=leveldb' -benchtime 1x ./internal/store 2>/dev/null |
		awk '/cpu-s\/op/ { for (i = 1; i < NF; i++) if ($(i+1) == "cpu-s/op") print $i }')
	raw=${raw:-0}
	rm -f "$WORK/quads.nq"
	timed "$gq" --db "$db" export --format json
	exj=$cpu

	# the two entities the most articles mention, by name
	top=$("$gq" --db "$db" --format tsv link --min-docs 1 --limit 2 2>/dev/null | tail -n +2 | cut -f1 || true)
	name=${QUERY_NAME:-$(echo "$top" | sed -n 1p)}
	name2=${QUERY_NAME2:-$(echo "$top" | sed -n 2p)}
	ws=$(query who-said)
	en=$(query entity "$name")
	nb=$(query neighbors "$name")
	pa=$(query path "$name" "$name2")
	lk=$(query link --min-docs 2)
	printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
		"$n" "$words" "$load" "$xwps" "$bcpu" "$bwall" "$brss" "$tenths" "$ctenth" "$ltenth" "$raw" "$noop" "$exn" "$exj" "$ws" "$en" "$nb" "$pa" "$lk"
	# issue 14's lines for this size
	ratio=$(awk -v b="$bcpu" -v x="$xcpu" -v r="$raw" 'BEGIN { if (r > 0) printf "%.2f", (b - x) / r; else print "?" }')
	issue+=("| extraction alone, $n articles (words / CPU-second) | $xwps | ≥ 100,000 |")
	issue+=("| build $n articles into LevelDB | $bcpu s CPU, $bwall s wall (load $load); extraction $xcpu s + store side $(awk -v b="$bcpu" -v x="$xcpu" 'BEGIN { printf "%.1f", b - x }') s = ${ratio}× Cayley's raw load of the same quads ($raw s CPU) | store side ≤ 1.25× raw load |")
	issue+=("| write cost per quad, first → last tenth of the $n-article build (wall) | $tenths µs | flat |")
	issue+=("| whole build, CPU s per 1,000 articles, first → last tenth | $ctenth; linking reads (wall s) $ltenth | last ≤ 1.3× first |")
	issue+=("| memory, $n articles | peak RSS $brss MB | < 1,500 MB |")
	issue+=("| no-op rebuild, $n articles | $noop s CPU | only changed articles |")
	issue+=("| exports, $n articles | N-Quads $exn s, JSON $exj s CPU | JSON < the build ($bcpu s) |")
	issue+=("| queries, $n-article store, whole process, median ms wall/CPU | who-said $ws, entity $en, neighbors $nb, path $pa, link --min-docs 2 $lk | < 150 ms each |")
done
printf '\n| what | measured | aim |\n|---|---|---|\n'
printf '%s\n' "${issue[@]}"
