// Command identity-pairs draws candidate name pairs for the identity test
// set (internal/identity/testdata) from real articles: it extracts every
// article, keeps each entity of each article as a record (its IRI, type,
// name, aliases, the acronyms its article states, its title words and the
// organisations its article names — names only, no article text), and
// proposes pairs of records from different articles that a linker could
// take for one thing:
//
//   - surname: a person named by a surname alone, and each person named in
//     full with that surname elsewhere;
//   - acronym: an acronym, and an entity whose name it abbreviates or that
//     an article states it for;
//   - stated-translit: an Arabic name and the Latin-script name its article
//     gives in parentheses after it (the Latin one as a record of its own,
//     as an English article would have it);
//   - cross-script: an Arabic and a Latin name of one type whose skeletons
//     are at most one edit apart;
//   - same-skeleton: two names of one type and one short skeleton (BBA, BA);
//   - skeleton-key: two different long names with one skeleton key;
//   - type-conflict: one name given two types;
//   - same-name: one name and type in two articles (a lone surname too).
//
// The pairs come out unlabelled (label "?"), with --review a file of the
// sentences around each name to label them by reading; that file holds
// article text and is never committed. The committed set was made with:
//
//	xz -dc ../shared/corpus/en-news.jsonl.xz > /tmp/en.jsonl
//	xz -dc ../shared/corpus/ar-news.jsonl.xz | awk 'NR%15==0' | head -2000 > /tmp/ar.jsonl
//	go run ./cmd/identity-pairs --seed 13 --out internal/identity/testdata/set1 --review /tmp/review1.txt /tmp/en.jsonl /tmp/ar.jsonl
//
// and, for more names across scripts, from another 4,000 Arabic articles:
//
//	xz -dc ../shared/corpus/ar-news.jsonl.xz | awk 'NR%15==5' | head -4000 > /tmp/ar2.jsonl
//	go run ./cmd/identity-pairs --seed 13 --categories stated-translit,cross-script --out internal/identity/testdata/set2 --review /tmp/review2.txt /tmp/en.jsonl /tmp/ar2.jsonl
//
// and the labels were then written by hand into pairs.tsv. The set whose
// records carry their article's context (testdata/ctx1, its README says
// how the pairs are sampled) was made with --context:
//
//	xz -dc ../shared/corpus/ar-news.jsonl.xz | sed -n 5001,7000p > /tmp/ident/ar.jsonl
//	go run ./cmd/identity-pairs --context --seed 1313 --out internal/identity/testdata/ctx1 --review /tmp/ident/review-ctx1.txt /tmp/en.jsonl /tmp/ident/ar.jsonl
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/pflag"
)

func main() {
	out := pflag.String("out", ".", "directory to write records.tsv and pairs.tsv to")
	review := pflag.String("review", "", "file to write each pair's sentences to, for labelling")
	seed := pflag.Int64("seed", 13, "random seed of the sampling")
	cats := pflag.StringSlice("categories", nil, "only these categories of pairs (default all)")
	withContext := pflag.Bool("context", false, "records carry their article's context (own organisations, people named) and the store every person of a pair's surname; surname pairs drawn per article")
	surnames := pflag.Int("surnames", 100, "with --context, how many surname pairs")
	pflag.Parse()
	if pflag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: identity-pairs [--seed N] [--out DIR] [--review FILE] ARTICLES.jsonl...")
		os.Exit(2)
	}
	c := newCorpus()
	for _, p := range pflag.Args() {
		if err := c.read(p); err != nil {
			fmt.Fprintf(os.Stderr, "identity-pairs: %v\n", err)
			os.Exit(1)
		}
	}
	only := map[string]bool{}
	for _, k := range *cats {
		only[k] = true
	}
	var pairs []pair
	if *withContext {
		if len(only) == 0 {
			for k := range contextShares {
				only[k] = true
			}
		}
		pairs = append(c.surnamePairs(*seed, *surnames), c.pairs(*seed, only, contextShares)...)
	} else {
		pairs = c.pairs(*seed, only, nil)
	}
	if err := writeFiles(*out, c, pairs, *withContext); err != nil {
		fmt.Fprintf(os.Stderr, "identity-pairs: %v\n", err)
		os.Exit(1)
	}
	if *review != "" {
		f, err := os.Create(*review)
		if err != nil {
			fmt.Fprintf(os.Stderr, "identity-pairs: %v\n", err)
			os.Exit(1)
		}
		w := bufio.NewWriter(f)
		c.writeReview(w, pairs)
		w.Flush()
		f.Close()
	}
	fmt.Fprintf(os.Stderr, "%d records, %d pairs in %s\n", len(c.used(pairs, *withContext)), len(pairs), filepath.Clean(*out))
}
