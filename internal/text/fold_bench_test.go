package text

import "testing"

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
	for _, s := range []string{"ﻻ", "Hélène", "…", "ﬁ"} {
		if _, ok := foldFast(s); ok {
			t.Errorf("%q: fast path accepted text that NFKC changes", s)
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
