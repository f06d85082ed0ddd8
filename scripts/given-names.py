#!/usr/bin/env python3
"""Derive given names that are also common words (schema/lang/en/given_name_words.txt).

first_names.txt leaves out given names that are mostly ordinary words in
capitalised text (Will, Eve, Grant, Hope), because the recognizer would take
"Will" at a sentence start for a person. Identity still needs to know that
"Will Smith" is shaped like a person's name (its surname key). This reads
news text and keeps each common word (common_words.txt) that stands as the
first word of a two-word capitalised name "G S" inside a sentence (not at
its start, not after another capitalised word) when the same article uses S
alone as a person: after an honorific (Mr, Mrs, Ms, Miss, Dr) or before a
speech verb (said, says, told, added). Run:

    xzcat ../shared/corpus/en-news.jsonl.xz | scripts/given-names.py MIN_ARTICLES

It prints "word<TAB>articles<TAB>example" for words found in at least
MIN_ARTICLES articles (default 1); the list keeps those a reader confirms
are given names in the examples.
"""
import json, re, sys, collections

def words(path):
    out = set()
    for l in open(path, encoding="utf-8"):
        l = l.strip()
        if l and not l.startswith("#"):
            out.add(l.split("\t")[0].lower())
    return out

common = words("schema/lang/en/common_words.txt")
first = words("schema/lang/en/first_names.txt")
min_articles = int(sys.argv[1]) if len(sys.argv) > 1 else 1
pair = re.compile(r"(?<![.!?\"'‘“]\s)(?<=[a-z,;:]\s)([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
seen = collections.defaultdict(set)
example = {}
for line in sys.stdin:
    art = json.loads(line)
    text = art.get("text", "")
    for m in pair.finditer(text):
        g, s = m.group(1), m.group(2)
        if g.lower() not in common or g.lower() in first:
            continue
        alone = re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr) " + re.escape(s) + r"\b|\b" + re.escape(s) + r" (?:said|says|told|added)\b", text)
        if alone:
            seen[g].add(art.get("id"))
            example.setdefault(g, g + " " + s)
for g, arts in sorted(seen.items(), key=lambda x: (-len(x[1]), x[0])):
    if len(arts) >= min_articles:
        print(f"{g}\t{len(arts)}\t{example[g]}")
