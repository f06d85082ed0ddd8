package text

import (
	"strconv"
	"sync"
	"testing"
)

func TestMemo(t *testing.T) {
	calls := 0
	var mu sync.Mutex
	m := newMemo(func(w string) int {
		mu.Lock()
		calls++
		mu.Unlock()
		return len(w)
	})
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2 * memoWords {
				w := strconv.Itoa(i % (memoWords + g))
				if got := m.get(w); got != len(w) {
					t.Errorf("get(%q) = %d", w, got)
					return
				}
			}
		}()
	}
	wg.Wait()
	if calls == 0 {
		t.Fatal("f never called")
	}
	for _, w := range []string{"يناير", "ويناير", "وفي", "February", "february", "said", "", "Mars", "فبراير", "2026"} {
		for range 2 {
			if got, want := MonthNumber(w), monthNumber(w); got != want {
				t.Errorf("MonthNumber(%q) = %d, want %d", w, got, want)
			}
		}
	}
	if MonthNumber("ويناير") != 1 || MonthNumber("February") != 2 {
		t.Error("MonthNumber: January, February not found")
	}
}
