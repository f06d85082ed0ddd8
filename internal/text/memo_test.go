package text

import (
	"errors"
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

func TestAtoi(t *testing.T) {
	for _, s := range []string{"", "+", "-", "0", "7", "+7", "-7", "007", "31", "2026", "1e3", " 5", "5 ", "٥", "99999999999999999999999", "-99999999999999999999999", "12a", "++1"} {
		n, ok := atoi(s)
		want, err := strconv.Atoi(s)
		if ok != (err == nil || errors.Is(err, strconv.ErrRange)) {
			t.Errorf("atoi(%q) ok = %v, Atoi err %v", s, ok, err)
		}
		if err == nil && n != want {
			t.Errorf("atoi(%q) = %d, want %d", s, n, want)
		}
		if errors.Is(err, strconv.ErrRange) && n > -1e12 && n < 1e12 {
			t.Errorf("atoi(%q) = %d: out of Atoi's range but small", s, n)
		}
	}
}
