package entities

import (
	"testing"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// TestPlaceNounLexicon checks the rule "place-noun-lexicon" on sentences of
// our own, with no tagger: a one-word lexicon place whose word is also
// vocabulary (الطائف) stands after a place noun, glued preposition or not;
// elsewhere it still needs a tagger name over it.
func TestPlaceNounLexicon(t *testing.T) {
	if !lexiconCommonPlace(t, "الطائف") {
		// Not a skip: a test that skips could never fail. If the lists
		// change, write the cases with another such place.
		t.Fatal("الطائف is no longer a one-word lexicon place that is also a common word; rewrite these cases with one that is")
	}
	for _, tc := range []struct {
		name, sentence string
		want           bool
	}{
		{"after محافظة", "وشملت مشاريع محافظة الطائف تطوير الطرق.", true},
		{"after a glued ب", "وافتتح المشروع بمدينة الطائف أمس.", true},
		{"after منطقة", "وهطلت الأمطار على منطقة الطائف أمس.", true},
		{"no place noun before it", "وزار الطائف وفد من الوزارة أمس.", false},
		{"a place noun two words before", "وزار محافظة جدة ثم الطائف أمس.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseBody(t, tc.sentence)
			res := DefaultWith(text.Arabic, nil).Extract(d)
			got := false
			for _, m := range res.Mentions {
				if m.Source == srcLexicon && m.Type == schema.Place && m.Text == "الطائف" {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("%s: lexicon place الطائف found = %v, want %v", tc.sentence, got, tc.want)
			}
		})
	}
}

// lexiconCommonPlace reports whether the lexicon reads word alone as a
// place that is also a common word (the case the rule is for).
func lexiconCommonPlace(t *testing.T, word string) bool {
	t.Helper()
	d := parseBody(t, "وجاء "+word+" أمس.")
	for _, m := range Lexicon().Recognize(d) {
		if m.Type == schema.Place && m.commonWord {
			return true
		}
	}
	return false
}
