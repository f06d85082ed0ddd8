#!/bin/bash
# Reproduces the ablation tables of internal/tagger/README.md ("Document
# features, two passes, …"): every setting trained with fixed shuffle seeds on
# the first 90% of ANERcorp train and scored on the last 10% (new documents),
# the tagger alone and through the whole recognizer (= graphbuild --tag-conll),
# then English on CoNLL-2003 testa. Needs ../shared/data/ner (not in the
# repository). One line per run: setting, seed, tagger F1, pipeline F1,
# pipeline PER recall (PER+ORG+LOC, exact span). ~10 s CPU per Arabic run
# (x4 with history), ~30 s per English one; nice'd.
#
#   bash scripts/tagger-ablation.sh            # Arabic and English
#   SEEDS="1 2" LANGS=ar bash scripts/tagger-ablation.sh
#   ROUND=6 SEEDS="1 2" LANGS=ar bash scripts/tagger-ablation.sh   # the sixth round (vocabulary, article grades)
#   ROUND=8 SEEDS="1 2" LANGS=ar bash scripts/tagger-ablation.sh   # the eighth round (README; a bag of seed s takes seeds 4s-3 … 4s)
#   ROUND=9 LANGS=ar bash scripts/tagger-ablation.sh   # the ninth round (the vocabulary bag mixed with a cluster model)
set -euo pipefail
cd "$(dirname "$0")/.."
SEEDS=${SEEDS:-"1 2 3 4"}
LANGS=${LANGS:-"ar en"}
BIN=$(mktemp -d)/train-tagger
go build -o "$BIN" ./cmd/train-tagger
C=clusters,cluster-nbrs,cluster-strip
row() { # name seed output
	awk -v n="$1" -v s="$2" '/PER\+ORG\+LOC/{c++; if(c==1)t=$4; if(c==2)p=$4} /^PER /{k++; if(k==2)r=$3}
		END{printf "%-40s seed %s  tagger %s  pipeline %s  PER R %s\n", n, s, t, p, r}' <<<"$3"
}
if [[ "${ROUND:-}" == 6 && " $LANGS " == *" ar "* ]]; then
	for f in none vocabulary article-grade vocabulary,article-grade "vocabulary --name-dropout 0.3" \
		"$C,given-names --name-dropout 0.3" "$C,given-names,vocabulary --name-dropout 0.3" \
		"$C,given-names,vocabulary,article-grade --name-dropout 0.3"; do
		for s in $SEEDS; do
			# shellcheck disable=SC2086
			out=$(nice -n 10 "$BIN" --lang ar --train ../shared/data/ner/ar/anercorp-train.txt \
				--heldout-last 0.1 --pipeline --seed "$s" --features $f)
			row "ar $f" "$s" "$out"
		done
	done
	exit 0
fi
if [[ "${ROUND:-}" == 8 && " $LANGS " == *" ar "* ]]; then
	# The eighth round (after the vocabulary bag shipped). The cluster table
	# with words seen twice or more is rebuilt first (~3.5 min CPU, ~1.5 GB).
	T=$(dirname "$BIN")/ar.min2.clusters.gz
	nice -n 10 go run ./cmd/train-clusters --lang ar --corpus ../shared/corpus/ar-news.jsonl.xz \
		--min-count 2 --max-words 250000 --out "$T"
	for f in "vocabulary --bag 4" "vocabulary --bag 4 --name-dropout 0.3" "vocabulary,strip-affix --bag 4" \
		"vocabulary --epochs 20 --early-stop" "vocabulary,$C,cluster-rare --rare-below 3 --bag 4" \
		"$C,given-names,vocabulary --name-dropout 0.3" \
		"$C,given-names,vocabulary --name-dropout 0.3 --bag 4" \
		"$C,given-names,vocabulary --name-dropout 0.3 --epochs 20 --early-stop" \
		"$C,given-names,vocabulary --name-dropout 0.3 --clusters $T"; do
		for s in $SEEDS; do
			[[ "$f" == *"--bag 4"* ]] && s=$(((s - 1) * 4 + 1)) # bags of seeds 1-4, 5-8, …
			# shellcheck disable=SC2086
			out=$(nice -n 10 "$BIN" --lang ar --train ../shared/data/ner/ar/anercorp-train.txt \
				--heldout-last 0.1 --pipeline --seed "$s" --features $f)
			row "ar $f" "$s" "$out"
		done
	done
	exit 0
fi
if [[ "${ROUND:-}" == 9 && " $LANGS " == *" ar "* ]]; then
	# The ninth round (README): the vocabulary bag mixed with the cluster model
	# of the denser table (Cm2), shares 0.3, 0.5, 0.7 of the bag, seed 1.
	D=$(dirname "$BIN")
	nice -n 10 go run ./cmd/train-clusters --lang ar --corpus ../shared/corpus/ar-news.jsonl.xz \
		--min-count 2 --max-words 250000 --out "$D/ar.min2.clusters.gz"
	A=(--lang ar --train ../shared/data/ner/ar/anercorp-train.txt --heldout-last 0.1)
	nice -n 10 "$BIN" "${A[@]}" --seed 1 --features vocabulary --bag 4 --out "$D/vocab.90.gz" >/dev/null
	out=$(nice -n 10 "$BIN" "${A[@]}" --pipeline --seed 1 --features $C,given-names,vocabulary --name-dropout 0.3 \
		--clusters "$D/ar.min2.clusters.gz" --out "$D/cm2.90.gz")
	row "ar Cm2" 1 "$out"
	for w in 0.3 0.5 0.7; do
		out=$(nice -n 10 "$BIN" "${A[@]}" --pipeline --load "$D/cm2.90.gz" --clusters "$D/ar.min2.clusters.gz" \
			--mix "$D/vocab.90.gz" --mix-weight $w)
		row "ar mix, vocabulary bag share $w" 1 "$out"
	done
	exit 0
fi
if [[ " $LANGS " == *" ar "* ]]; then
	for f in none doc history history-add $C $C,doc $C,strip-affix $C,cluster-nbrs2 $C,history $C,history-add "$C --epochs 20 --early-stop" "$C --bag 4"; do
		for s in $SEEDS; do
			# shellcheck disable=SC2086
			out=$(nice -n 10 "$BIN" --lang ar --train ../shared/data/ner/ar/anercorp-train.txt \
				--heldout-last 0.1 --pipeline --seed "$s" --features $f)
			row "ar $f" "$s" "$out"
		done
	done
fi
if [[ " $LANGS " == *" en "* ]]; then
	for f in none doc history clusters,cluster-nbrs clusters,cluster-nbrs,history; do
		out=$(nice -n 10 "$BIN" --lang en --train ../shared/data/ner/en/conll2003-eng.train \
			--dev ../shared/data/ner/en/conll2003-eng.testa --pipeline --seed 1 --features $f)
		row "en $f" 1 "$out"
	done
fi
