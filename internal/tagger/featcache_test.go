package tagger

import (
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	profile "graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/internal/wordclusters"
)

// cacheSentences are the lines of the fixture articles of lang, as tokens,
// and a few sentences written for the edges (one token, empty tokens,
// hyphens, capitals, clitics).
func cacheSentences(t *testing.T, lang string) [][]string {
	t.Helper()
	out := [][]string{
		{"x"}, {""}, {"", "", ""}, {"BRUSSELS", "MEETING", "ENDS", "-"},
		{"Mr", "Jobs", "said", "co-founder", "Apple"},
		{"وقال", "الرئيس", "جو", "بايدن", "في", "واشنطن"},
		{"قالت", "شركة", "وعلي", "بابا", "إن", "DeepSeek", "٥٦٠"},
	}
	fs, err := filepath.Glob(filepath.Join("..", "..", "fixtures", lang+"-*.txt"))
	if err != nil || len(fs) == 0 {
		t.Fatalf("no %s fixtures: %v", lang, err)
	}
	for _, f := range fs {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if toks := strings.Fields(line); len(toks) > 0 {
				out = append(out, toks)
			}
		}
	}
	return out
}

// TestRowCacheMatchesTokenFeatures: the split of featcache.go (a token's
// own features, its neighbours', the joint ones) emits exactly the
// features tokenFeatures emits, for every token, language and feature set.
func TestRowCacheMatchesTokenFeatures(t *testing.T) {
	allClu := FeatClusters | FeatClusterNbrs | FeatClusterBi | FeatClusterNbrs2 | FeatClusterStrip
	sets := []FeatureSet{0, FeatClusters, allClu, allClu | FeatClusterRare, FeatClusters | FeatClusterNbrs2 | FeatClusterStrip,
		FeatDoc | FeatStripAffix | FeatHistory, allClu | FeatDoc | FeatStripAffix}
	for _, lang := range []string{"ar", "en"} {
		tg, err := ForLang(lang)
		if err != nil {
			t.Fatal(err)
		}
		P, _ := profile.Load(text.Lang(lang))
		clu := wordclusters.ForLang(lang)
		common := map[string]bool{"في": true, "the": true, "said": true}
		collect := func(out *[]string) *emitter {
			return &emitter{keep: true, f: func(_ uint64, f []byte) { *out = append(*out, string(f)) }}
		}
		for _, fs := range sets {
			sents := cacheSentences(t, lang)
			doc := make([][]tokInfo, len(sents))
			for si, toks := range sents {
				p := prepare(toks, hasClitics(lang))
				var cl *wordclusters.Table
				var cm map[string]bool
				if fs&FeatClusters != 0 {
					cl = clu
					if fs&FeatClusterRare != 0 {
						cm = common
					}
				}
				doc[si] = newTokInfos(lang, toks, p, matchSentence(tg.gazetteer(), toks, p), cl, cm)
				if fs&FeatHistory != 0 {
					for i := range doc[si] {
						if i%3 == 0 {
							doc[si][i].hist = []string{"h=B-PER", "h=O"}
						}
					}
				}
			}
			if fs&FeatDoc != 0 {
				addDocFeatures(doc, casedNames(lang), fs&FeatClusters != 0)
			}
			for si, toks := range sents {
				in := doc[si]
				allCaps := casedNames(lang) && sentenceAllCaps(toks)
				for i := range in {
					var want, got []string
					tokenFeatures(lang, in, i, collect(&want), allCaps, fs)
					e := collect(&got)
					selfFeatures(lang, &in[i], e, fs, P)
					for _, d := range []struct {
						j   int
						off string
					}{{i - 1, "-1"}, {i - 2, "-2"}, {i + 1, "+1"}, {i + 2, "+2"}} {
						switch {
						case d.j < 0:
							edgeFeatures(bos, d.off, e, fs, P)
						case d.j >= len(in):
							edgeFeatures(eos, d.off, e, fs, P)
						default:
							neighbourFeatures(&in[d.j], d.off, e, fs, P)
						}
					}
					jointFeatures(in, i, e, allCaps, fs, P)
					slices.Sort(want)
					slices.Sort(got)
					if !slices.Equal(want, got) {
						t.Fatalf("%s fs=%b %q token %d:\n tokenFeatures %q\n split         %q", lang, fs, toks, i, want, got)
					}
				}
			}
		}
	}
}

// TestCachedEmissionsEqual: the embedded models give bit-identical
// emission scores with and without the row cache (also on a second pass,
// from the cache).
func TestCachedEmissionsEqual(t *testing.T) {
	for _, lang := range []string{"ar", "en"} {
		tg, err := ForLang(lang)
		if err != nil {
			t.Fatal(err)
		}
		tg.hashIndex()
		if tg.rows == nil {
			t.Fatalf("%s: the model's sums are not exact: no row cache", lang)
		}
		plain := *tg
		plain.rows = nil
		for pass := range 2 {
			for _, toks := range cacheSentences(t, lang) {
				a, _ := plain.emissions(toks, plain.infos(toks))
				b, _ := tg.emissions(toks, tg.infos(toks))
				if !slices.Equal(a, b) {
					t.Fatalf("%s pass %d %q: emissions differ\n%v\n%v", lang, pass, toks, a, b)
				}
			}
		}
	}
}

func TestExactSums(t *testing.T) {
	for _, tc := range []struct {
		w    []float32
		want bool
	}{
		{nil, true},
		{[]float32{0, 0}, true},
		{[]float32{1, -2.5, 40, 0.125}, true},
		{[]float32{1 << 30, 1}, true},
		{[]float32{1 << 30, 1.0 / (1 << 10)}, false},
		{[]float32{55, math.Float32frombits(1)}, false}, // a denormal beside a large weight
		{[]float32{float32(math.Inf(1))}, false},
		{[]float32{float32(math.NaN())}, false},
	} {
		if got := exactSums(tc.w); got != tc.want {
			t.Errorf("exactSums(%v) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestRowCacheKeyIsTheWord: the per-word cache keeps a word's self and
// neighbour features under its raw text, so those features must be a
// function of the word alone. Every occurrence of a word, in any sentence
// of any fixture and under every feature set, emits the same feature
// strings as the first occurrence did (what a cache hit returns).
func TestRowCacheKeyIsTheWord(t *testing.T) {
	allClu := FeatClusters | FeatClusterNbrs | FeatClusterBi | FeatClusterNbrs2 | FeatClusterStrip
	sets := []FeatureSet{0, FeatClusters, allClu, allClu | FeatClusterRare, FeatDoc | FeatStripAffix | FeatHistory, allClu | FeatDoc | FeatStripAffix}
	for _, lang := range []string{"ar", "en"} {
		tg, err := ForLang(lang)
		if err != nil {
			t.Fatal(err)
		}
		P, _ := profile.Load(text.Lang(lang))
		clu := wordclusters.ForLang(lang)
		strs := func(f func(e *emitter)) []string {
			var out []string
			f(&emitter{keep: true, f: func(_ uint64, b []byte) { out = append(out, string(b)) }})
			return out
		}
		for _, fs := range sets {
			sents := cacheSentences(t, lang)
			doc := make([][]tokInfo, len(sents))
			for si, toks := range sents {
				var cl *wordclusters.Table
				var cm map[string]bool
				if fs&FeatClusters != 0 {
					cl = clu
					if fs&FeatClusterRare != 0 {
						cm = map[string]bool{"في": true, "the": true, "said": true}
					}
				}
				p := prepare(toks, hasClitics(lang))
				doc[si] = newTokInfos(lang, toks, p, matchSentence(tg.gazetteer(), toks, p), cl, cm)
			}
			if fs&FeatDoc != 0 {
				addDocFeatures(doc, casedNames(lang), fs&FeatClusters != 0)
			}
			cached := map[string][][]string{}
			hits := 0
			for _, in := range doc {
				for i := range in {
					w := &in[i]
					rows := [][]string{strs(func(e *emitter) { selfFeatures(lang, w, e, fs, P) })}
					for _, off := range []string{"-1", "-2", "+1", "+2"} {
						rows = append(rows, strs(func(e *emitter) { neighbourFeatures(w, off, e, fs, P) }))
					}
					first, ok := cached[w.raw]
					if !ok {
						cached[w.raw] = rows
						continue
					}
					hits++
					if !reflect.DeepEqual(first, rows) {
						t.Fatalf("%s fs=%b word %q: features differ between occurrences:\n first %q\n now   %q", lang, fs, w.raw, first, rows)
					}
				}
			}
			if hits == 0 {
				t.Fatalf("%s fs=%b: no word occurs twice; the test checks nothing", lang, fs)
			}
		}
	}
}

// TestFoldExact: a model whose sums are not exact (the weights of a bag
// reach far below a single model's grid) is put on an exact grid by one
// common factor c, 1 ≤ c < 1 + 2⁻⁸, shared by weights and transitions.
func TestFoldExact(t *testing.T) {
	scale := 44.011348724365234 / 32767
	var m Tagger
	for _, q := range []int64{32767, -1, 3, 12345, -20001, 7} {
		m.w = append(m.w, float32(float64(q)*scale))
	}
	m.trans[0][1], m.trans[3][4] = 1.5, -2.25
	if exactSums(m.w) {
		t.Fatal("the test weights are already exact")
	}
	w0, tr0 := slices.Clone(m.w), m.trans
	if !m.foldExact() {
		t.Fatal("foldExact: the sums are still not exact")
	}
	c := m.trans[0][1] / tr0[0][1]
	if c < 1 || c >= 1+1.0/256 || m.trans[3][4] != c*tr0[3][4] {
		t.Fatalf("transitions scaled by %v and %v", c, m.trans[3][4]/tr0[3][4])
	}
	for j := range m.w {
		if d := math.Abs(float64(m.w[j]) - c*float64(w0[j])); d > 1e-6*math.Abs(c*float64(w0[j])) {
			t.Errorf("weight %d: %v → %v, want %v × c = %v", j, w0[j], m.w[j], w0[j], c*float64(w0[j]))
		}
	}
}
