package entities

import (
	"testing"

	"graphbuild/schema"
)

// TestLexiconPersonWhole checks the rule "lexicon-person-whole" on
// sentences of our own: a listed person's name over a shorter tagger name is
// read whole, unless the words it adds are a title or an honorific.
func TestLexiconPersonWhole(t *testing.T) {
	tests := []struct {
		name, text, first, last string
		tagFrom                 int // the tagger's span starts this many words into the listed name
		tagTo                   int // and ends this many words before its end
		whole                   bool
	}{
		{"the tagger dropped the first word", "أشاد الرئيس الكوري مون جاي إن بالاتفاق.", "مون", "إن", 1, 0, true},
		{"the tagger dropped the last word", "وصل المدرب فرانك دي بور إلى المطار.", "فرانك", "بور", 0, 1, true},
		{"the listed name holds an honorific the tagger left out", "وقال الشيخ سالم العلي إن الاجتماع انتهى.", "الشيخ", "العلي", 1, 0, false},
		{"the listed name holds a title the tagger left out", "وقال الوزير سالم العلي إن الاجتماع انتهى.", "الوزير", "العلي", 1, 0, false},
		{"the listed name holds a title of two words", "وقال ولي العهد سالم العلي إن الاجتماع انتهى.", "ولي", "العلي", 1, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, b := parseAtToken(t, tc.text, tc.last)
			_, a := parseAtToken(t, tc.text, tc.first)
			lex := Mention{Source: srcLexicon, Type: schema.Person, LexID: "x", Tok: [2]int{a, b + 1}}
			tag := Mention{Source: srcTagger, Type: schema.Person, Tok: [2]int{a + tc.tagFrom, b + 1 - tc.tagTo}, margin: 40}
			if got := lexiconPersonWhole(d, lex, tag); got != tc.whole {
				t.Errorf("lexiconPersonWhole = %v, want %v", got, tc.whole)
			}
			out := deferToTagger(d, []Mention{lex, tag})
			if len(out) != 1 {
				t.Fatalf("deferToTagger kept %d mentions, want 1", len(out))
			}
			if want := map[bool]string{true: srcLexicon, false: srcTagger}[tc.whole]; out[0].Source != want {
				t.Errorf("deferToTagger kept the %s mention %v, want the %s one", out[0].Source, out[0].Tok, want)
			}
		})
	}
}
