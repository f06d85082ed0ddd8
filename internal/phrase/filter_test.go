package phrase

import (
	"fmt"
	"testing"
)

// TestFilterKeepsEveryFirstWord adds first words one by one, past several
// growths of the filter, and checks that each is still found: the filter
// may let a stranger through, never turn a member away.
func TestFilterKeepsEveryFirstWord(t *testing.T) {
	s := Ordered[int](nil)
	var words []string
	for i := range 3000 {
		w := fmt.Sprintf("كلمة%dx", i)
		if i%3 == 0 {
			w = fmt.Sprintf("w%d", i)
		}
		words = append(words, w)
		s.Add(w, []string{w}, i)
	}
	for i, w := range words {
		if got := s.First(w); len(got) != 1 || got[0].Value != i {
			t.Fatalf("First(%q) = %v, want the phrase %d", w, got, i)
		}
	}
	passed := 0
	for i := range 10000 {
		if s.filter.mayHave(fmt.Sprintf("other%d", i)) {
			passed++
		}
	}
	t.Logf("%d of 10000 strangers passed", passed)
	if passed > 1500 { // at least 16 bits per word: about 1 in 16 passes
		t.Errorf("%d of 10000 strangers passed the filter", passed)
	}
	var zero Set[int] // not made by New or Ordered: no filter, all words pass
	if got := zero.First("w"); got != nil {
		t.Errorf("zero set First = %v", got)
	}
}
