package text

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// tokTexts returns the texts of toks, after checking that each span slices
// back to its text and that the spans are ordered and disjoint.
func tokTexts(t *testing.T, s string, toks []Token) []string {
	t.Helper()
	var out []string
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
			t.Fatalf("Tokenize(%q): token %d %q has span %v after %d (len %d)", s, i, tk.Text, tk.Span, prev, len(s))
		}
		if got := s[tk.Start:tk.End]; got != tk.Text {
			t.Fatalf("Tokenize(%q): token %d span %v slices to %q, Text is %q", s, i, tk.Span, got, tk.Text)
		}
		if tk.Fold != Fold(tk.Text) {
			t.Fatalf("Tokenize(%q): token %q Fold %q, want %q", s, tk.Text, tk.Fold, Fold(tk.Text))
		}
		prev = tk.End
		out = append(out, tk.Text)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"script change splits clitic", "وMiniMax", []string{"و", "MiniMax"}},
		{"arabic after latin", "MiniMaxو", []string{"MiniMax", "و"}},
		{"inner dot", "Z.ai", []string{"Z.ai"}},
		{"inner hyphen with digits", "GPT-4o", []string{"GPT-4o"}},
		{"decimal", "1.5", []string{"1.5"}},
		{"digit groups", "1,000", []string{"1,000"}},
		{"arabic-indic number", "٥٦٠", []string{"٥٦٠"}},
		{"arabic decimal separator", "١٫٥", []string{"١٫٥"}},
		{"ampersand", "AT&T", []string{"AT&T"}},
		{"comma after word is punctuation", "Alibaba, Tencent", []string{"Alibaba", ",", "Tencent"}},
		{"comma after number without digit", "560, and", []string{"560", ",", "and"}},
		{"curly possessive", "Meta’s", []string{"Meta", "’s"}},
		{"straight possessive", "Meta's model", []string{"Meta", "'s", "model"}},
		{"not a possessive", "'s", []string{"'", "s"}},
		{"quote then s-word", "Meta’sa", []string{"Meta", "’", "sa"}},
		{"based compound", "Riyadh-based", []string{"Riyadh", "-", "based"}},
		{"backed compound capitalised", "Alibaba-Backed firm", []string{"Alibaba", "-", "Backed", "firm"}},
		{"ordinary hyphen word", "x-ray", []string{"x-ray"}},
		{"based prefix of longer word", "Riyadh-basedx", []string{"Riyadh-basedx"}},
		{"trailing period", "Inc.", []string{"Inc", "."}},
		{"trailing hyphen", "pre- and", []string{"pre", "-", "and"}},
		{"arabic comma", "قال، ثم", []string{"قال", "،", "ثم"}},
		{"arabic semicolon", "أولا؛ ثانيا", []string{"أولا", "؛", "ثانيا"}},
		{"arabic question mark", "لماذا؟", []string{"لماذا", "؟"}},
		{"curly quotes", "“نعم”", []string{"“", "نعم", "”"}},
		{"guillemets", "«لا»", []string{"«", "لا", "»"}},
		{"tatweel inside word", "مـــحـمـد", []string{"مـــحـمـد"}},
		{"diacritics inside word", "بَيْتٌ", []string{"بَيْتٌ"}},
		{"zero width non-joiner inside word", "می\u200cخواهم", []string{"می\u200cخواهم"}},
		{"proclitic before number", "و620", []string{"و", "620"}},
		{"number with unit", "560m", []string{"560m"}},
		{"percent", "30%", []string{"30", "%"}},
		{"currency sign", "$5", []string{"$", "5"}},
		{"dot before arabic letter", "Z.علي", []string{"Z", ".", "علي"}},
		{"iso date", "2026-02-11", []string{"2026-02-11"}},
		{"underscore", "snake_case", []string{"snake_case"}},
		{"spaces and bidi marks skipped", " \u200fعلي\u200e\t\n بابا ", []string{"علي", "بابا"}},
		{"mixed sentence", "قالت «مرسى كلاود» إنها جمعت ٥٦٠ مليون دولار.", []string{"قالت", "«", "مرسى", "كلاود", "»", "إنها", "جمعت", "٥٦٠", "مليون", "دولار", "."}},
		{"invalid utf-8 byte", "a\xffb", []string{"a", "\xff", "b"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokTexts(t, tt.in, Tokenize(tt.in))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenizeClass(t *testing.T) {
	tests := []struct {
		in   string
		want TokenClass
	}{
		{"560", Number},
		{"٥٦٠", Number},
		{"1.5", Number},
		{"1,000", Number},
		{"2026-02-11", Number},
		{"560m", Word},
		{"4o", Word},
		{"GPT-4o", Word},
		{"MiniMax", Word},
		{"علي", Word},
		{"،", Punct},
		{"%", Punct},
		{"«", Punct},
	}
	for _, tt := range tests {
		var got []Token
		for _, tk := range Tokenize("x " + tt.in + " x") {
			if tk.Text == tt.in {
				got = append(got, tk)
			}
		}
		if len(got) != 1 {
			t.Errorf("Tokenize(%q): no single token %q", "x "+tt.in+" x", tt.in)
			continue
		}
		if got[0].Class != tt.want {
			t.Errorf("class of %q = %d, want %d", tt.in, got[0].Class, tt.want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"وMiniMax", "Z.ai GPT-4o 1.5 1,000 ٥٦٠", "Meta’s Riyadh-based", "قال، ماذا؛ لماذا؟ “نعم” «لا»",
		"مـــحـمـد بَيْتٌ", "AT&T 30% $5 1٫5 و620", "Meta's 's '", "a\xffb\xc3", "x-", "1,", "", "\u200f\u200e",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for i, tk := range Tokenize(s) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("token %d %q: span %v after %d in %d bytes", i, tk.Text, tk.Span, prev, len(s))
			}
			if s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token %d: span %v slices to %q, Text %q", i, tk.Span, s[tk.Start:tk.End], tk.Text)
			}
			if tk.Fold != Fold(tk.Text) {
				t.Fatalf("token %d %q: Fold %q, want %q", i, tk.Text, tk.Fold, Fold(tk.Text))
			}
			// Only spaces lie between tokens.
			for _, r := range s[prev:tk.Start] {
				if !isSpace(r) {
					t.Fatalf("token %d: %q skipped between %d and %d", i, s[prev:tk.Start], prev, tk.Start)
				}
			}
			if utf8.ValidString(s) && !utf8.ValidString(tk.Text) {
				t.Fatalf("token %d %q cuts a rune", i, tk.Text)
			}
			prev = tk.End
		}
		if rest := strings.TrimFunc(s[prev:], isSpace); rest != "" {
			t.Fatalf("trailing %q not tokenized", rest)
		}
	})
}
