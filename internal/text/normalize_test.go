package text

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"hamza above alef", "أحمد", "احمد"},
		{"hamza below alef", "إسلام", "اسلام"},
		{"madda alef", "آمال", "امال"},
		{"wasla alef", "ٱلله", "الله"},
		{"ta marbuta", "مدرسة", "مدرسه"},
		{"alef maqsura", "مستشفى", "مستشفي"},
		{"hamza on ya", "رئيس", "رييس"},
		{"hamza on waw", "مسؤول", "مسوول"},
		{"persian kaf and ya", "کی", "كي"},
		{"harakat, shadda, tanwin", "بَيْتٌ مُحَمَّدٌ", "بيت محمد"},
		{"superscript alef", "هٰذا", "هذا"},
		{"tatweel", "مـــحـمـد", "محمد"},
		{"arabic-indic digits", "٥٦٠", "560"},
		{"extended arabic-indic digits", "۱۲۳", "123"},
		{"mixed digits", "عام ٢٠٢٦ و2025", "عام 2026 و2025"},
		{"latin lower-cased", "MiniMax GPT-4o", "minimax gpt-4o"},
		{"RLM and LRM removed", "\u200fعلي\u200e", "علي"},
		{"bidi embeddings and isolates removed", "\u202bابc\u202c \u2067د\u2069", "ابc د"},
		{"zero width chars and BOM removed", "\ufeffعلي\u200b\u200cبابا\u200d", "عليبابا"},
		{"NFKC: lam-alef ligature", "ﻻ", "لا"},
		{"NFKC: fullwidth latin", "ＡＢＣ", "abc"},
		{"NFKC: presentation forms", "ﺃﺣﻤﺪ", "احمد"},
		{"punctuation kept", "Z.ai، «علي»", "z.ai، «علي»"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// Spelling variants of one name fold to the same string.
func TestFoldVariantsAgree(t *testing.T) {
	groups := [][]string{
		{"أسامة", "اسامه", "إسامة", "أُسَامَة"},
		{"مصطفى", "مصطفي", "مُصْطَفَى"},
		{"الرئيس", "الرئـــيس", "الرييس"},
		{"MiniMax", "minimax", "MINIMAX", "ＭｉｎｉＭａｘ"},
		{"٢٠٢٦", "2026", "۲۰۲۶"},
	}
	for _, g := range groups {
		want := Fold(g[0])
		for _, s := range g[1:] {
			if got := Fold(s); got != want {
				t.Errorf("Fold(%q) = %q, Fold(%q) = %q; want equal", s, got, g[0], want)
			}
		}
	}
}

func TestFoldName(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Z.ai", "z ai"},
		{"Z ai", "z ai"},
		{"Z-AI", "z ai"},
		{"MiniMax", "minimax"},
		{"Minimax", "minimax"},
		{"  GPT-4o!  ", "gpt 4o"},
		{"AT&T", "at t"},
		{"علي-بابا", "علي بابا"},
		{"«علي   بابا»،", "علي بابا"},
		{"مرسى   كلاود", "مرسي كلاود"},
		{"..", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := FoldName(tt.in); got != tt.want {
			t.Errorf("FoldName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	pairs := [][2]string{{"Z.ai", "Z ai"}, {"MiniMax", "Minimax"}, {"Open AI", "open-ai"}, {"عليّ بابا", "علي  بابا"}}
	for _, p := range pairs {
		if a, b := FoldName(p[0]), FoldName(p[1]); a != b {
			t.Errorf("FoldName(%q) = %q, FoldName(%q) = %q; want equal", p[0], a, p[1], b)
		}
	}
}

func TestScriptPredicates(t *testing.T) {
	tests := []struct {
		r             rune
		arabic, latin bool
	}{
		{'ع', true, false},
		{'ی', true, false},
		{'ـ', false, false}, // tatweel is of the Common script
		{'َ', false, false}, // fatha is a mark
		{'٥', false, false}, // digit
		{'،', false, false},
		{'a', false, true},
		{'É', false, true},
		{'ж', false, false},
		{'1', false, false},
	}
	for _, tt := range tests {
		if got := IsArabicLetter(tt.r); got != tt.arabic {
			t.Errorf("IsArabicLetter(%q) = %v, want %v", tt.r, got, tt.arabic)
		}
		if got := IsLatinLetter(tt.r); got != tt.latin {
			t.Errorf("IsLatinLetter(%q) = %v, want %v", tt.r, got, tt.latin)
		}
	}
}

func TestStripProclitics(t *testing.T) {
	tests := []struct {
		in   string
		want []string // exact forms, in order
	}{
		{"وعلي", []string{"وعلي", "علي"}},
		{"لعلي", []string{"لعلي", "علي"}},
		{"بالصين", []string{"بالصين", "صين", "الصين"}},
		{"للولايات", []string{"للولايات", "ولايات", "الولايات", "لولايات"}},
		{"وبالصين", []string{"وبالصين", "صين", "الصين", "بالصين"}},
		{"بكين", []string{"بكين", "كين"}},
		{"والمعروفة", []string{"والمعروفه", "معروفه", "المعروفه"}},
		{"فإن", []string{"فان", "ان"}},
		{"وفي", []string{"وفي", "في"}},
		// Never stripped below two letters.
		{"وب", []string{"وب"}},
		{"ول", []string{"ول"}},
		{"ال", []string{"ال"}},
		{"بال", []string{"بال", "ال"}},
		{"و", []string{"و"}},
		{"Google", []string{"google"}},
		{"", []string{""}},
	}
	for _, tt := range tests {
		got := StripProclitics(tt.in)
		if !slices.Equal(got, tt.want) {
			t.Errorf("StripProclitics(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The properties callers rely on, over a set of words: the first form is the
// folded word, every form is a suffix of it (or ال + a suffix, for لل), and no
// form is shorter than two letters unless it is the word itself.
func TestStripProcliticsInvariants(t *testing.T) {
	words := []string{"وعلي", "لعلي", "بالصين", "للولايات", "بكين", "وبالرياض", "فالشركة", "كالعادة", "ولي", "لل", "للي", "وبال", "وكالة", "فبراير", "بيروت", "الله", "أَحمد"}
	for _, w := range words {
		forms := StripProclitics(w)
		if len(forms) == 0 || forms[0] != Fold(w) {
			t.Errorf("StripProclitics(%q)[0] = %q, want Fold = %q", w, forms, Fold(w))
			continue
		}
		for _, f := range forms[1:] {
			if utf8.RuneCountInString(f) < 2 {
				t.Errorf("StripProclitics(%q) has %q, shorter than two letters", w, f)
			}
			if !strings.HasSuffix(forms[0], f) && !(strings.HasPrefix(f, "ال") && strings.HasSuffix(forms[0], f[len("ال"):])) {
				t.Errorf("StripProclitics(%q) has %q, not a suffix of %q", w, f, forms[0])
			}
		}
	}
}

func TestStripArticle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"الصين", "صين"},
		{"الرياض", "رياض"},
		{"الم", "الم"}, // one letter left: kept
		{"ال", "ال"},
		{"صين", "صين"},
		{"google", "google"},
	}
	for _, tt := range tests {
		if got := StripArticle(tt.in); got != tt.want {
			t.Errorf("StripArticle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"أحمد", "مـــحـمـد", "بَيْتٌ", "٥٦٠", "\u200fعلي\u200e", "ﷺ", "Z.ai", "\xff\xfe", "", "ﻻ", "İstanbul"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, got)
		}
		if again := Fold(got); again != got {
			t.Fatalf("Fold not idempotent: Fold(%q) = %q, Fold(that) = %q", s, got, again)
		}
		for _, r := range got {
			if arabicMarks.Contains(r) || invisible.Contains(r) {
				t.Fatalf("Fold(%q) = %q keeps mark or invisible %U", s, got, r)
			}
			if r >= '٠' && r <= '٩' {
				t.Fatalf("Fold(%q) = %q keeps Arabic-Indic digit %q", s, got, r)
			}
		}
		n := FoldName(s)
		if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
			t.Fatalf("FoldName(%q) = %q: stray spaces", s, n)
		}
		if FoldName(n) != n {
			t.Fatalf("FoldName not idempotent on %q: %q then %q", s, n, FoldName(n))
		}
		forms := StripProclitics(s)
		if len(forms) == 0 || forms[0] != got {
			t.Fatalf("StripProclitics(%q)[0] = %q, want %q", s, forms, got)
		}
	})
}
