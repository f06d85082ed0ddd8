package tagger

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"testing"
)

// TestHistPassMatchesTwoPasses: scoring both passes of a FeatHistory model
// at once (histpass.go) gives the tags and margins of running the first
// model, then the second, on their own; a second call reads the word
// cache. With GRAPHBUILD_TAGGER_MODEL set to a history model, that model
// is checked on the fixtures too.
func TestHistPassMatchesTwoPasses(t *testing.T) {
	type tc struct {
		name string
		m    *Tagger
		docs [][][]string
	}
	var cases []tc
	for _, fs := range []FeatureSet{FeatHistory, FeatDoc | FeatHistory} {
		var b bytes.Buffer
		if err := Train(toyData(), TrainOptions{Lang: "en", Epochs: 5, CorpusNames: true, NameFolds: 2, Features: fs}).Save(&b); err != nil {
			t.Fatal(err)
		}
		m, err := Load(&b)
		if err != nil {
			t.Fatal(err)
		}
		var toy [][]string
		for _, s := range toyData() {
			toy = append(toy, s.Tokens)
		}
		cases = append(cases, tc{fmt.Sprint("toy features ", uint64(fs)), m, [][][]string{toy, cacheSentences(t, "en")}})
	}
	if p := os.Getenv("GRAPHBUILD_TAGGER_MODEL"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		m, err := Load(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, tc{p, m, [][][]string{cacheSentences(t, m.lang)}})
	}
	for _, c := range cases {
		c.m.hashIndex()
		if c.m.hp == nil {
			t.Fatalf("%s: no joint scorer", c.name)
		}
		plain := *c.m
		plain.hp = nil
		for pass := range 2 {
			for _, doc := range c.docs {
				for len(doc) > 0 { // documents of up to DocSentences sentences
					d := doc[:min(len(doc), DocSentences)]
					doc = doc[len(d):]
					gt, gm := c.m.TagDocument(d)
					wt, wm := plain.TagDocument(d)
					for i := range d {
						if !slices.Equal(gt[i], wt[i]) || !slices.Equal(gm[i], wm[i]) {
							t.Fatalf("%s pass %d %q:\n%v %v\nwant %v %v", c.name, pass, d[i], gt[i], gm[i], wt[i], wm[i])
						}
					}
				}
			}
		}
	}
}
