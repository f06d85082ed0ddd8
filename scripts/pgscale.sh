#!/usr/bin/env bash
# pgscale.sh CORPUS.jsonl[.xz] [N]: build the first N articles (default 10,000)
# into LevelDB and then into PostgreSQL, back to back, and print both builds
# (wall and CPU seconds, peak RSS; for PostgreSQL the server's CPU too) and
# their ratio, then the query commands on both stores as whole processes
# (medians of 5, wall/CPU ms).
#
#   createdb -h 127.0.0.1 -U postgres gbscale
#   PGURL='postgres://postgres@127.0.0.1:5432/gbscale?sslmode=disable' \
#     scripts/pgscale.sh ../shared/corpus/ar-news.jsonl.xz 10000
#
# PGURL names an empty database (or schema, with search_path) the build may
# fill; it is left filled. The server's CPU is read from the postmaster's
# children's time (/proc, PGDATA default /var/lib/postgresql/15/main), so it
# needs a local server and counts every connection that ended meanwhile: run
# it with no other client. QUERY_NAME and QUERY_NAME2 (default: the two
# entities the most articles mention) are the entity looked up and the
# path's ends. KEEP=1 keeps the LevelDB store in $WORK.
set -eu
corpus=${1:?usage: PGURL=... scripts/pgscale.sh CORPUS.jsonl[.xz] [N]}
n=${2:-10000}
pgurl=${PGURL:?set PGURL to the connection string of an empty database}
root=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$(mktemp -d)}
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
pgdata=${PGDATA:-/var/lib/postgresql/15/main}

(cd "$root" && go build -o "$WORK/" ./cmd/graphbuild ./cmd/graphquery)
case "$corpus" in *.xz) xz -dc "$corpus" ;; *) cat "$corpus" ;; esac | head -n "$n" > "$WORK/slice.jsonl" || true

server_cpu() { # seconds of CPU of the server's ended processes
	local pm
	pm=$(head -1 "$pgdata/postmaster.pid" 2>/dev/null) && awk '{ printf "%.2f", ($16 + $17) / 100 }' "/proc/$pm/stat" 2>/dev/null || echo NA
}
timed() { # runs the command; sets wall, cpu (user+sys), rss (MB), ok (its exit status)
	ok=0
	/usr/bin/time -f '%e %U %S %M' -o "$WORK/time" "$@" > "$WORK/out" 2> "$WORK/err" || ok=$?
	read -r wall user sys rss < <(tail -1 "$WORK/time")
	cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
	rss=$((rss / 1024))
}

echo "$n articles, load $(cut -d' ' -f1 /proc/loadavg)"
timed "$WORK/graphbuild" --quiet --db "$WORK/db" "$WORK/slice.jsonl"
[ "$ok" = 0 ] || { cat "$WORK/err" >&2; exit 1; }
lw=$wall
echo "leveldb:  $wall s wall, $cpu s CPU, peak RSS $rss MB"
s0=$(server_cpu)
timed "$WORK/graphbuild" --quiet --backend postgres --db "$pgurl" "$WORK/slice.jsonl"
[ "$ok" = 0 ] || { cat "$WORK/err" >&2; exit 1; }
s1=$(server_cpu)
pw=$wall
server=NA
[ "$s0" = NA ] || server=$(awk -v a="$s0" -v b="$s1" 'BEGIN { printf "%.2f", b - a }')
echo "postgres: $wall s wall, $cpu s CPU in graphbuild + $server s in the server, peak RSS $rss MB"
echo "ratio postgres / leveldb (wall): $(awk -v p="$pw" -v l="$lw" 'BEGIN { printf "%.2f", p / l }')"

names=$("$WORK/graphquery" --db "$WORK/db" link --limit 2 --format tsv | awk -F'\t' 'NR > 1 { print $1 }')
a=${QUERY_NAME:-$(sed -n 1p <<< "$names")}
b=${QUERY_NAME2:-$(sed -n 2p <<< "$names")}
query() { # median of 5 runs, wall/CPU ms (a command that found nothing, exit 1, is timed too)
	local ws=() cs=()
	for _ in 1 2 3 4 5; do
		timed "$WORK/graphquery" "$@"
		ws+=("$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')")
		cs+=("$(awk -v c="$cpu" 'BEGIN { printf "%d", c * 1000 }')")
	done
	printf '%s/%s' "$(printf '%s\n' "${ws[@]}" | sort -n | sed -n 3p)" "$(printf '%s\n' "${cs[@]}" | sort -n | sed -n 3p)"
}
echo "| store | who-said | entity $a | neighbors | path $a → $b | link --min-docs 2 | entities --type person |"
echo "|---|---|---|---|---|---|---|"
for be in leveldb postgres; do
	db=$WORK/db
	[ "$be" = leveldb ] || db=$pgurl
	set -- --backend "$be" --db "$db"
	echo "| $be | $(query "$@" who-said) | $(query "$@" entity "$a" --format json) | $(query "$@" neighbors "$a") | $(query "$@" path "$a" "$b") | $(query "$@" link --min-docs 2) | $(query "$@" entities --type person) |"
done
