package entities

import (
	"testing"

	"graphbuild/internal/text"
)

// TestLexiconLaterOverlap checks rule lexicon-later-overlap on sentences of
// our own: a lexicon name opening with "the" ("the West") gives way to a
// name at least as long that starts inside it and reaches further ("West
// Bank"); alone it is still found.
func TestLexiconLaterOverlap(t *testing.T) {
	for _, tt := range []struct {
		tokens []string
		want   string // the lexicon id of the mention over "West", "" for none
		text   string
	}{
		{[]string{"Protesters", "in", "the", "West", "Bank", "marched", "on", "Friday", "."}, "west-bank", "West Bank"},
		{[]string{"Farmers", "from", "the", "West", "Bank", "sold", "olives", "."}, "west-bank", "West Bank"},
		{[]string{"Relations", "with", "the", "West", "have", "cooled", "."}, "west", "the West"},
	} {
		d := text.FromTokens([][]string{tt.tokens}, text.English)
		got, gotText := "", ""
		for _, m := range Lexicon().Recognize(d) {
			if m.Tok[0] <= 3 && 3 < m.Tok[1] {
				got, gotText = m.LexID, m.Text
			}
		}
		if got != tt.want || gotText != tt.text {
			t.Errorf("%q: lexicon mention over West = %q (%q), want %q (%q)", tt.tokens, gotText, got, tt.want, tt.text)
		}
	}
}
