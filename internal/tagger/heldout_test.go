package tagger

import (
	"os"
	"path/filepath"
	"testing"
)

// TestHeldOut re-measures the figures of README.md: the Arabic model
// trained without every 10th sentence of the ANERcorp train split, scored
// on those sentences, and the embedded English model on CoNLL-2003 testa.
func TestHeldOut(t *testing.T) {
	dir := sharedDir(t)
	if dir == "" {
		t.Skip("../shared/data/ner (the training data, outside the repository) is absent: held-out scores not re-measured")
	}
	if testing.Short() {
		t.Skip("-short: held-out training skipped")
	}
	t.Run("ar", func(t *testing.T) {
		if os.Getenv("GRAPHBUILD_HELDOUT") != "1" {
			t.Skip("trains a tagger: set GRAPHBUILD_HELDOUT=1 to run it")
		}
		all := readData(t, filepath.Join(dir, "ar", "anercorp-train.txt"), ANER)
		train, held := SplitEvery(all, 10)
		m := Train(train, DefaultOptions("ar"))
		c := EvaluateTagger(m, held).Combined("PER", "ORG", "LOC")
		t.Logf("ar held-out PER/ORG/LOC: P %.4f R %.4f F1 %.4f", c.P(), c.R(), c.F1())
		if c.F1() < 0.80 {
			t.Errorf("ar held-out PER/ORG/LOC F1 %.4f < 0.80", c.F1())
		}
	})
	t.Run("en", func(t *testing.T) {
		dev := readData(t, filepath.Join(dir, "en", "conll2003-eng.testa"), CoNLL2003)
		m, err := ForLang("en")
		if err != nil {
			t.Fatal(err)
		}
		c := EvaluateTagger(m, dev).Combined("PER", "ORG", "LOC")
		t.Logf("en testa PER/ORG/LOC: P %.4f R %.4f F1 %.4f", c.P(), c.R(), c.F1())
		if c.F1() < 0.85 {
			t.Errorf("en testa PER/ORG/LOC F1 %.4f < 0.85", c.F1())
		}
	})
}
