package tagger

import (
	"math/rand/v2"
	"testing"
)

// TestNameDropout: with NameDropout 1 every token of a gold entity loses
// its word-identity features (the word, its folded and stripped forms and
// bigrams) and keeps the others; a token outside entities keeps all.
func TestNameDropout(t *testing.T) {
	tr := &trainer{index: map[string]int32{}, opts: TrainOptions{NameDropout: 1}, rng: rand.New(rand.NewPCG(1, 2))}
	ids := func(fs ...string) []int32 {
		var out []int32
		for _, f := range fs {
			out = append(out, tr.id([]byte(f), true))
		}
		return out
	}
	s := &trainSent{
		gold:  []int{tagIndex["O"], tagIndex["B-PER"]},
		feats: [][]int32{ids("w=قال", "f=قال", "p1=ق"), ids("w=وعلي", "f=وعلي", "st=علي", "f-1|f=قال|وعلي", "f|f+1=وعلي|</s>", "p1=و", "f-1=قال", "g=lex:PER")},
	}
	got := tr.dropNameWords(s)
	if len(got.feats[0]) != 3 {
		t.Errorf("token outside entities: %d features kept, want 3", len(got.feats[0]))
	}
	want := ids("p1=و", "f-1=قال", "g=lex:PER")
	if len(got.feats[1]) != len(want) {
		t.Fatalf("entity token kept %d features, want %d (%v)", len(got.feats[1]), len(want), got.feats[1])
	}
	for k := range want {
		if got.feats[1][k] != want[k] {
			t.Errorf("entity token feature %d = %d, want %d", k, got.feats[1][k], want[k])
		}
	}
	if len(s.feats[1]) != 8 {
		t.Errorf("the sentence itself changed: %d features", len(s.feats[1]))
	}
}
