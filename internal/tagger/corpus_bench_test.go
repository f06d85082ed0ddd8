package tagger

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graphbuild/internal/text"
)

// BenchmarkTagCorpus tags the articles of $GRAPHBUILD_BENCH_CORPUS (a .jsonl
// file, e.g. the first 200 lines of ../shared/corpus/ar-news) sentence by
// sentence with their forms, as extraction does, each pass with the word
// caches emptied: on real text most words are new to the cache, so the
// feature index and the weights are read at random, unlike the repeated
// sentence of BenchmarkTagDoc.
func BenchmarkTagCorpus(b *testing.B) {
	p := os.Getenv("GRAPHBUILD_BENCH_CORPUS")
	if p == "" {
		b.Skip("GRAPHBUILD_BENCH_CORPUS not set")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	docs, err := text.Parse(filepath.Base(p), data, text.ParseOptions{})
	if err != nil {
		b.Fatal(err)
	}
	type doc struct {
		t     *Tagger
		sents [][]string
		forms [][][]string
	}
	var ds []doc
	words := 0
	for _, d := range docs {
		t, err := ForLang(string(d.Lang))
		if err != nil {
			continue
		}
		x := doc{t: t}
		for _, s := range d.Sentences {
			var ws []string
			var fs [][]string
			for _, tok := range d.Tokens[s.FirstToken:s.EndToken] {
				ws = append(ws, tok.Text)
				fs = append(fs, tok.Forms())
			}
			if len(ws) > 0 {
				x.sents = append(x.sents, ws)
				x.forms = append(x.forms, fs)
			}
		}
		words += len(strings.Fields(d.Text))
		ds = append(ds, x)
	}
	if len(ds) == 0 {
		b.Skip("no documents")
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		DropRowCaches()
		for _, d := range ds {
			d.t.TagDocumentForms(d.sents, d.forms)
		}
	}
	b.ReportMetric(float64(b.N*words)/b.Elapsed().Seconds(), "words/s")
}
