package text

import (
	"strings"
	"testing"
	"unicode"
)

func TestRuneClassesAgree(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := IsArabicLetter(r), unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r); got != want {
			t.Fatalf("IsArabicLetter(%U) = %v, want %v", r, got, want)
		}
		if got, want := isLetter(r), unicode.IsLetter(r); got != want {
			t.Fatalf("isLetter(%U) = %v, want %v", r, got, want)
		}
		if got, want := isDigit(r), unicode.IsDigit(r); got != want {
			t.Fatalf("isDigit(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestCountFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "a  b\tc\n", "\u00a0x\u2003y\u0085", "\xff \xfe", "قال  الرئيس", "a\u200bb"} {
		if got, want := CountFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("CountFields(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzCountFields(f *testing.F) {
	f.Add("a b")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := CountFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("CountFields(%q) = %d, want %d", s, got, want)
		}
	})
}
