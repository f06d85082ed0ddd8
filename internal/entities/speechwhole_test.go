package entities

import (
	"testing"

	"graphbuild/schema"
)

// TestSpeechSubjectWhole checks the rule "speech-subject-whole" on sentences
// of our own: where the tagger read only the listed given name of the
// speaker after a speech verb, the speaker's whole name stands.
func TestSpeechSubjectWhole(t *testing.T) {
	tests := []struct {
		name, text, first, last string
		whole                   bool
	}{
		{"a given name and a surname", "وقال جاستن فاروني، المدير التقني للشركة، إن النتائج جيدة.", "جاستن", "فاروني", true},
		{"a given name and two more words", "وقال محمد صالح الحربي إن السوق تتحسن.", "محمد", "الحربي", true},
		{"an adverb with a glued preposition is no surname", "وقال محمد بهدوء إن السوق تتحسن.", "محمد", "بهدوء", false},
		{"a noun with a pronoun is no surname", "وقال محمد مرشدنا إن الطريق طويل.", "محمد", "مرشدنا", false},
		{"the first word is no listed given name", "وقال زيلتاكس ليم إن النتائج جيدة.", "زيلتاكس", "ليم", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, b := parseAtToken(t, tc.text, tc.last)
			_, a := parseAtToken(t, tc.text, tc.first)
			sp := Mention{Source: srcSpeechSubject, Type: schema.Person, Tok: [2]int{a, b + 1}}
			tag := Mention{Source: srcTagger, Type: schema.Person, Tok: [2]int{a, a + 1}, margin: 40}
			out := deferToTagger(d, []Mention{sp, tag})
			if len(out) != 1 {
				t.Fatalf("deferToTagger kept %d mentions, want 1", len(out))
			}
			got := out[0].Tok == sp.Tok
			if got != tc.whole {
				t.Errorf("deferToTagger kept %s %v, want the whole name = %v", out[0].Source, out[0].Tok, tc.whole)
			}
		})
	}
}
