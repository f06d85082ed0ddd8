package text

import (
	"os"
	"testing"
)

func TestDbgSeed(t *testing.T) {
	b, err := os.ReadFile("../../../shared/seed/000_f916ffd0b0f07bb2.txt")
	if err != nil {
		t.Skip()
	}
	docs, err := Parse("seed.txt", b, ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	t.Logf("lang=%s title=%q published=%q sents=%d toks=%d", d.Lang, d.Title, d.Published, len(d.Sentences), len(d.Tokens))
	for _, p := range d.Paragraphs {
		s := d.Slice(p.Span)
		if len(s) > 80 {
			s = s[:80]
		}
		t.Logf("%-11s %s", p.Kind, s)
	}
	for i, s := range d.Sentences[:25] {
		t.Logf("S%d %s", i, d.Slice(s.Span))
	}
}
