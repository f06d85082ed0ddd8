package text

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TestFoldFastAgrees checks the one-pass fold against the transformer chain.
func TestFoldFastAgrees(t *testing.T) {
	for _, s := range []string{"قال جاستن لين", "وأعتقد أن 20 بالمئة", "أُطلقت", "ـــمثال", "Z.ai", "MiniMax", "٥٦٠", "\u200fنص\u200e", "إلى", "مؤسسة", "ABC def"} {
		fast, ok := foldFast(s)
		if !ok {
			t.Errorf("%q: fast path refused", s)
			continue
		}
		tr := transformFold(s)
		if fast != tr {
			t.Errorf("Fold(%q): fast %q, chain %q", s, fast, tr)
		}
	}
	for _, r := range "«»–—‘’“”£€•·°§©®" {
		if !norm.NFKC.IsNormalString(string(r)) || transformFold(string(r)) != string(r) {
			t.Errorf("%q is not inert: NFKC or folding changes it", r)
		}
	}
	for _, s := range []string{"ﻻ", "Hélène", "…", "ﬁ", "\u00a0"} {
		if _, ok := foldFast(s); ok {
			t.Errorf("%q: fast path accepted text that NFKC changes", s)
		}
	}
}

// TestFoldedAgrees checks that the no-change test says yes exactly on
// strings Fold leaves as they are.
func TestFoldedAgrees(t *testing.T) {
	for _, s := range []string{"قال", "جاستن", "لين", "«نحن", "»", "–", "z.ai", "Z.ai", "وأعتقد", "أُطلقت", "ـــمثال", "٥٦٠", "\u200fنص", "إلى", "مؤسسة", "ی", "ک", "£5", "ﻻ", "…", "\xff", "،", "؟", "abc def", ""} {
		got := folded(s)
		if want := transformFold(strings.ToValidUTF8(s, "\uFFFD")) == s; got != want {
			t.Errorf("folded(%q) = %v, want %v", s, got, want)
		}
		if got && Fold(s) != s {
			t.Errorf("Fold(%q) = %q, said unchanged", s, Fold(s))
		}
	}
}

// TestNameFoldedAgrees checks FoldName's no-change test against collapsing.
func TestNameFoldedAgrees(t *testing.T) {
	for _, s := range []string{"", " ", "a", "z.ai", "z ai", "z  ai", " z", "z ", "علي بابا", "علي  بابا", "gpt-4o", "٥٦٠", "x\u0301", "a\u00a0b", "é", "\ufffd"} {
		if got, want := nameFolded(s), collapseName(s) == s; got != want {
			t.Errorf("nameFolded(%q) = %v, want %v", s, got, want)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	words := []string{"والمعروفة", "الذكاء", "الاصطناعي", "DeepSeek", "بالمئة", "٥٦٠"}
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			Fold(w)
		}
	}
}

// TestFoldLetterArabicNoCase checks foldLetter's shortcut: unicode.ToLower
// leaves every rune of the Arabic block as it is.
func TestFoldLetterArabicNoCase(t *testing.T) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		if unicode.ToLower(r) != r {
			t.Errorf("ToLower(%U) = %U: the Arabic block is not caseless", r, unicode.ToLower(r))
		}
	}
}
