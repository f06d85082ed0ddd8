// Command train-clusters computes the word-cluster tables of
// internal/wordclusters from unlabelled news (../shared/corpus, never
// committed) and writes them where the tagger embeds them:
//
//	go run ./cmd/train-clusters --lang ar --corpus ../shared/corpus/ar-news.jsonl.xz \
//	    --out internal/wordclusters/tables/ar.clusters.gz
//	go run ./cmd/train-clusters --lang en --corpus ../shared/corpus/en-news.jsonl.xz \
//	    --out internal/wordclusters/tables/en.clusters.gz
//
// The corpus is JSON lines with "title" and "text" (xz-compressed when the
// name ends in .xz). Every line of an article is tokenized with the
// project's tokenizer and folded (text.Tokenize, text.Fold), as the tagger
// sees tokens. The result is deterministic for a --seed.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/ulikunitz/xz"

	"graphbuild/internal/text"
	"graphbuild/internal/wordclusters"
)

func main() {
	var (
		lang     = pflag.String("lang", "ar", "language: ar (clitic-stripped lookup of rare words) or en")
		corpora  = pflag.StringArray("corpus", nil, "JSON-lines corpus with title and text fields (.xz allowed); repeatable")
		out      = pflag.String("out", "", "write the table here (gzip)")
		minCount = pflag.Int("min-count", 5, "keep words seen at least this often")
		maxWords = pflag.Int("max-words", 150000, "keep at most this many words (the most frequent)")
		contexts = pflag.Int("contexts", 2000, "context features: this many most frequent words at each window position")
		window   = pflag.Int("window", 2, "context positions on each side")
		depth    = pflag.Int("depth", 20, "longest cluster path in bits")
		iters    = pflag.Int("iters", 8, "2-means iterations per split")
		seed     = pflag.Uint64("seed", 1, "seed of the 2-means splits")
	)
	pflag.Parse()
	if len(*corpora) == 0 || *out == "" || (*lang != "ar" && *lang != "en") {
		fmt.Fprintln(os.Stderr, "usage: train-clusters --lang ar|en --corpus FILE.jsonl[.xz] --out FILE.gz")
		pflag.PrintDefaults()
		os.Exit(2)
	}
	start := time.Now()
	c := wordclusters.NewCorpus()
	for _, path := range *corpora {
		check(read(path, c))
	}
	fmt.Printf("read %d tokens in %s\n", c.Tokens(), time.Since(start).Round(time.Millisecond))
	start = time.Now()
	t := wordclusters.Build(c, *lang == "ar", wordclusters.BuildOptions{
		MinCount: *minCount, MaxWords: *maxWords, Contexts: *contexts, Window: *window,
		Depth: *depth, Iters: *iters, Seed: *seed,
	})
	fmt.Printf("clustered %d words in %s\n", t.Len(), time.Since(start).Round(time.Millisecond))
	var buf bytes.Buffer
	check(t.Save(&buf))
	check(os.WriteFile(*out, buf.Bytes(), 0o644))
	fmt.Printf("wrote %s (%d bytes)\n", *out, buf.Len())
}

func read(path string, c *wordclusters.Corpus) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = bufio.NewReaderSize(f, 1<<20)
	if strings.HasSuffix(path, ".xz") {
		xr, err := xz.NewReader(r)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		r = xr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var keys []string
	line := 0
	for sc.Scan() {
		line++
		var a struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fmt.Errorf("%s:%d: not a JSON article: %w", path, line, err)
		}
		for _, para := range strings.Split(a.Title+"\n"+a.Text, "\n") {
			keys = keys[:0]
			for _, tok := range text.Tokenize(para) {
				keys = append(keys, tok.Fold)
			}
			if len(keys) > 0 {
				c.Add(keys)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "train-clusters:", err)
		os.Exit(1)
	}
}
