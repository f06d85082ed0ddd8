package entities

import (
	"math/rand"
	"testing"
)

// TestSpanIndex: overlaps agrees with a scan of every mention, on random
// spans (empty ones and other sources included).
func TestSpanIndex(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := range 200 {
		var all []Mention
		for range rng.Intn(12) {
			a := rng.Intn(30)
			src := srcTagger
			if rng.Intn(3) == 0 {
				src = srcTrigger
			}
			all = append(all, Mention{Tok: [2]int{a, a + rng.Intn(4)}, Source: src})
		}
		x := newSpanIndex(all, srcTagger)
		for s := range 32 {
			for e := s; e < s+5; e++ {
				want := false
				for _, o := range all {
					if o.Source == srcTagger && o.Tok[0] < e && s < o.Tok[1] {
						want = true
					}
				}
				if got := x.overlaps(s, e); got != want {
					t.Fatalf("round %d: overlaps(%d, %d) = %v, want %v (%v)", round, s, e, got, want, all)
				}
			}
		}
	}
}
