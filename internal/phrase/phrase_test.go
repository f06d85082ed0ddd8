package phrase

import (
	"slices"
	"testing"

	"graphbuild/internal/text"
)

// fromRows builds a set whose value is a row's other columns.
func fromRows(rows [][]string) *Set[[]string] {
	var phrases []string
	var values [][]string
	for _, r := range rows {
		if len(r) == 0 {
			continue
		}
		phrases, values = append(phrases, r[0]), append(values, r[1:])
	}
	return New(phrases, values)
}

var testSet = fromRows([][]string{
	{"الرئيس", "president"},
	{"الرئيس التنفيذي", "ceo"},
	{"الرئيس التنفيذي لـ", "ceo-of"},
	{"التابعة لـ", "subsidiary-of"},
	{"وفقاً ل", "according-to"},
	{"قال"},
	{"chief"},
	{"chief executive officer", "ceo"},
	{"Z.ai"},
	{""},      // skipped
	{},        // skipped
	{"،", ""}, // punctuation is a phrase like any other
})

type match struct {
	phrase     string
	start, end int
	clitic     string
}

func TestAt(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		i       int
		limit   int // -1: all tokens
		clitics bool
		want    *match
	}{
		{"single word", "قال المدير", 0, -1, false, &match{"قال", 0, 1, ""}},
		{"longest match wins", "الرئيس التنفيذي قال", 0, -1, false, &match{"الرئيس التنفيذي", 0, 2, ""}},
		{"longest match wins with glue", "الرئيس التنفيذي للشركة", 0, -1, false, &match{"الرئيس التنفيذي لـ", 0, 2, ""}},
		{"shorter when the limit cuts", "الرئيس التنفيذي للشركة", 0, 1, false, &match{"الرئيس", 0, 1, ""}},
		{"nothing at the limit", "الرئيس التنفيذي", 1, 1, false, nil},
		{"folded match", "الرئـــيس التَّنفيذيّ", 0, -1, false, &match{"الرئيس التنفيذي", 0, 2, ""}},
		{"latin case folded", "the Chief Executive Officer said", 1, -1, false, &match{"chief executive officer", 1, 4, ""}},
		{"inner punctuation", "Z.ai said", 0, -1, false, &match{"Z.ai", 0, 1, ""}},
		{"clitic و on the first word", "والرئيس التنفيذي قال", 0, -1, true, &match{"الرئيس التنفيذي", 0, 2, "و"}},
		{"clitic ب on the first word", "بالرئيس التنفيذي", 0, -1, true, &match{"الرئيس التنفيذي", 0, 2, "ب"}},
		{"clitic وب", "وبالرئيس", 0, -1, true, &match{"الرئيس", 0, 1, "وب"}},
		{"clitic not allowed", "والرئيس التنفيذي", 0, -1, false, nil},
		{"clitic only on the first word", "الرئيس والتنفيذي", 0, -1, true, &match{"الرئيس", 0, 1, ""}},
		{"glued preposition not consumed", "قال الرئيس التنفيذي لعلي بابا", 1, -1, true, &match{"الرئيس التنفيذي لـ", 1, 3, ""}},
		{"glued preposition without clitics", "الشركة التابعة لعلي بابا", 1, -1, false, &match{"التابعة لـ", 1, 2, ""}},
		{"separate preposition consumed", "التابعة لـ علي", 0, -1, false, &match{"التابعة لـ", 0, 2, ""}},
		{"bare ل matches لـ", "التابعة ل", 0, -1, false, &match{"التابعة لـ", 0, 2, ""}},
		{"glued with tanween phrase", "وفقا لرويترز", 0, -1, false, &match{"وفقاً ل", 0, 1, ""}},
		{"glued needs more than the letter", "التابعة لل", 0, -1, false, &match{"التابعة لـ", 0, 1, ""}},
		{"other word is not glued", "التابعة علي", 0, -1, false, nil},
		{"glue only on the last word", "الرئيس لتنفيذي لعلي", 0, -1, false, &match{"الرئيس", 0, 1, ""}},
		{"punctuation phrase", "قال، ثم", 1, -1, false, &match{"،", 1, 2, ""}},
		{"no phrase", "بكين", 0, -1, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := text.Tokenize(tt.in)
			limit := tt.limit
			if limit < 0 {
				limit = len(toks)
			}
			m, ok := testSet.At(toks, tt.i, limit, tt.clitics)
			if tt.want == nil {
				if ok {
					t.Fatalf("At(%q, %d) = %q [%d,%d), want none", tt.in, tt.i, m.Phrase, m.Start, m.End)
				}
				return
			}
			if !ok {
				t.Fatalf("At(%q, %d) found nothing, want %q", tt.in, tt.i, tt.want.phrase)
			}
			if got := (match{m.Phrase, m.Start, m.End, m.Clitic}); got != *tt.want {
				t.Errorf("At(%q, %d) = %+v, want %+v", tt.in, tt.i, got, *tt.want)
			}
		})
	}
}

// The clitic reported for "للرئيس" (ل + الرئيس with the alef elided) is ل,
// the part of the word that is not the phrase.
func TestAtCliticElidedAlef(t *testing.T) {
	toks := text.Tokenize("للرئيس التنفيذي")
	m, ok := testSet.At(toks, 0, len(toks), true)
	if !ok || m.Phrase != "الرئيس التنفيذي" || m.End != 2 {
		t.Fatalf("At(للرئيس التنفيذي) = %+v, %v", m, ok)
	}
	if m.Clitic != "ل" {
		t.Errorf("Clitic = %q, want %q", m.Clitic, "ل")
	}
}

func TestAtAttrs(t *testing.T) {
	toks := text.Tokenize("الرئيس التنفيذي لشركة")
	m, ok := testSet.At(toks, 0, len(toks), true)
	if !ok || len(m.Value) != 1 || m.Value[0] != "ceo-of" {
		t.Errorf("At = %+v, %v; want the ceo-of row", m, ok)
	}
	if !slices.Equal(m.Toks, []string{"الرييس", "التنفيذي", "ل"}) {
		t.Errorf("Toks = %q", m.Toks)
	}
}

func TestEndingAt(t *testing.T) {
	tests := []struct {
		in        string
		from, end int
		clitics   bool
		want      *match
	}{
		{"قال الرئيس التنفيذي لعلي بابا", 0, 3, false, &match{"الرئيس التنفيذي", 1, 3, ""}},
		{"قال الرئيس التنفيذي لعلي بابا", 0, 2, false, &match{"الرئيس", 1, 2, ""}},
		{"قال الرئيس التنفيذي لعلي بابا", 0, 1, false, &match{"قال", 0, 1, ""}},
		{"قال الرئيس التنفيذي لعلي بابا", 2, 3, false, nil}, // the phrase starts before from
		{"والرئيس التنفيذي", 0, 2, true, &match{"الرئيس التنفيذي", 0, 2, "و"}},
		{"والرئيس التنفيذي", 0, 2, false, nil},
		{"the chief executive officer", 0, 4, false, &match{"chief executive officer", 1, 4, ""}},
		{"the chief executive officer", 0, 2, false, &match{"chief", 1, 2, ""}},
		{"التابعة لـ علي", 0, 2, false, &match{"التابعة لـ", 0, 2, ""}},
		{"one two three four five six seven", 0, 7, false, nil},
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.in)
		m, ok := testSet.EndingAt(toks, tt.from, tt.end, tt.clitics)
		if tt.want == nil {
			if ok {
				t.Errorf("EndingAt(%q, %d, %d) = %+v, want none", tt.in, tt.from, tt.end, m)
			}
			continue
		}
		if got := (match{m.Phrase, m.Start, m.End, m.Clitic}); !ok || got != *tt.want {
			t.Errorf("EndingAt(%q, %d, %d) = %+v, %v; want %+v", tt.in, tt.from, tt.end, got, ok, *tt.want)
		}
	}
	// A phrase longer than six tokens is not looked for.
	long := fromRows([][]string{{"a b c d e f g"}, {"b c d e f g"}})
	toks := text.Tokenize("a b c d e f g")
	m, ok := long.EndingAt(toks, 0, len(toks), false)
	if !ok || m.Phrase != "b c d e f g" {
		t.Errorf("EndingAt over seven tokens = %+v, %v; want the six-token phrase", m, ok)
	}
}

func TestHas(t *testing.T) {
	tests := []struct {
		w    string
		want string // "" for none
	}{
		{"قال", "قال"},
		{"وقال", "قال"},
		{"فقال", "قال"},
		{"الرئيس", "الرئيس"},
		{"والرئيس", "الرئيس"},
		{"للرئيس", "الرئيس"},
		{"الرئـيس", "الرئيس"},
		{"Chief", "chief"},
		{"z.ai", "Z.ai"},
		{"التابعة", ""}, // only the start of a two-word phrase
		{"chief executive officer", ""},
		{"بكين", ""},
		{"", ""},
	}
	for _, tt := range tests {
		e, ok := testSet.Has(tt.w)
		if ok != (tt.want != "") || e.Phrase != tt.want {
			t.Errorf("Has(%q) = %q, %v; want %q", tt.w, e.Phrase, ok, tt.want)
		}
	}
}

func TestStarting(t *testing.T) {
	phrases := func(es []Entry[[]string]) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Phrase)
		}
		slices.Sort(out)
		return out
	}
	tests := []struct {
		w    string
		want []string
	}{
		{"الرئيس", []string{"الرئيس", "الرئيس التنفيذي", "الرئيس التنفيذي لـ"}},
		{"والرئيس", []string{"الرئيس", "الرئيس التنفيذي", "الرئيس التنفيذي لـ"}},
		{"التابعة", []string{"التابعة لـ"}},
		{"CHIEF", []string{"chief", "chief executive officer"}},
		{"بكين", nil},
	}
	for _, tt := range tests {
		if got := phrases(testSet.Starting(tt.w)); !slices.Equal(got, tt.want) {
			t.Errorf("Starting(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}

func TestNilAndEmptySets(t *testing.T) {
	var s *Set[[]string]
	toks := text.Tokenize("قال الرئيس")
	if _, ok := s.At(toks, 0, len(toks), true); ok {
		t.Error("nil set: At found a phrase")
	}
	if _, ok := s.Has("قال"); ok {
		t.Error("nil set: Has found a phrase")
	}
	if s.Starting("قال") != nil {
		t.Error("nil set: Starting found phrases")
	}
	if _, ok := s.EndingAt(toks, 0, len(toks), true); ok {
		t.Error("nil set: EndingAt found a phrase")
	}
	e := fromRows(nil)
	if _, ok := e.At(toks, 0, len(toks), true); ok {
		t.Error("empty set: At found a phrase")
	}
	if _, ok := testSet.At(toks, 5, 2, true); ok {
		t.Error("At past the limit found a phrase")
	}
}

// TestTokenLookups checks that HasToken and StartingToken, which read the
// forms a token carries, answer as Has and Starting do on the token's text.
func TestTokenLookups(t *testing.T) {
	s := New([]string{"شركة", "الرئيس التنفيذي", "chief executive", "بنك"}, []int{1, 2, 3, 4})
	for _, tok := range text.Tokenize("وللشركة والرئيس بالبنك Chief شركة ذهب") {
		we, wok := s.Has(tok.Text)
		ge, gok := s.HasToken(&tok)
		if wok != gok || we.Phrase != ge.Phrase {
			t.Errorf("%q: HasToken %v %q, Has %v %q", tok.Text, gok, ge.Phrase, wok, we.Phrase)
		}
		if w, g := len(s.Starting(tok.Text)), len(s.StartingToken(&tok)); w != g {
			t.Errorf("%q: StartingToken %d entries, Starting %d", tok.Text, g, w)
		}
	}
	hand := text.Token{Text: "بالبنك", Fold: "بالبنك"} // no forms computed: worked out on the spot
	if _, ok := s.HasToken(&hand); !ok {
		t.Error("a token built by hand: بالبنك not found as بنك")
	}
}

// Scan reports every phrase at a word, form by form, in the set's order;
// an Ordered set keeps its order however phrases are added; Folded words
// match as tokens do.
func TestScanOrdered(t *testing.T) {
	longest := func(a, b *Entry[string]) int { return len(b.Toks) - len(a.Toks) }
	s := Ordered(longest)
	for _, p := range [][]string{{"بنك"}, {"بنك", "مصر"}, {"بنك", "مصر", "الاهلي"}, {"مصر"}} {
		s.Add(p[0], p, p[len(p)-1])
	}
	if s.Len() != 4 || len(s.First("بنك")) != 3 || len(s.First("بنك")[0].Toks) != 3 {
		t.Fatalf("Ordered: Len %d, First(بنك) %+v; want 4 and the longest first", s.Len(), s.First("بنك"))
	}
	w := Folded{Folds: []string{"وبنك", "مصر", "الاهلي"}, FormLists: [][]string{text.StripFolded("وبنك"), {"مصر"}, {"الاهلي"}}}
	var got []string
	Scan(s, w, 0, 2, true, func(m Match[string]) bool {
		got = append(got, m.Value+"/"+m.Clitic)
		return true
	})
	if want := []string{"مصر/و", "بنك/و"}; !slices.Equal(got, want) { // the limit cuts the longest
		t.Errorf("Scan with clitics = %q; want %q", got, want)
	}
	got = nil
	Scan(s, w, 0, 3, false, func(m Match[string]) bool { got = append(got, m.Value); return true })
	if len(got) != 0 {
		t.Errorf("Scan without clitics = %q; want nothing", got)
	}
	got = nil
	Scan(s, Tokens(text.Tokenize("بنك مصر الأهلي")), 0, 3, false, func(m Match[string]) bool { got = append(got, m.Value); return false })
	if want := []string{"الاهلي"}; !slices.Equal(got, want) {
		t.Errorf("Scan stopped after the first = %q; want %q", got, want)
	}
}
