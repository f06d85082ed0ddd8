package tagger

import (
	"slices"
	"testing"
)

// TestMix checks Mix: a share of 0 or 1 is one of the two models, and the
// mix reads the union of their feature groups.
func TestMix(t *testing.T) {
	a := Train(toyData(), TrainOptions{Lang: "en", Epochs: 5, CorpusNames: true, NameFolds: 2, Seed: 1})
	b := Train(toyData(), TrainOptions{Lang: "en", Epochs: 5, CorpusNames: true, NameFolds: 2, Seed: 2, Features: FeatDoc})
	for _, tc := range []struct {
		w    float64
		want *Tagger
	}{{0, a}, {1, b}} {
		m := Mix(a, b, tc.w)
		if m.feats != FeatDoc {
			t.Errorf("Mix(%v) features %v, want %v", tc.w, m.feats, FeatDoc)
		}
		for _, s := range toyData() {
			if got, want := m.Tag(s.Tokens), tc.want.Tag(s.Tokens); !slices.Equal(got, want) {
				t.Errorf("Mix(share %v) tags %v, want %v (%v)", tc.w, got, want, s.Tokens)
			}
		}
	}
}
