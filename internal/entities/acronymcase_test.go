package entities

import "testing"

// TestAcronymCase checks rule acronym-case on sentences of our own: a
// lexicon acronym in capitals matches a word written otherwise only when
// that word is no ordinary word ("Us" the magazine, "Ice" are words;
// "Nato", "Opec" are acronyms as British news writes them).
func TestAcronymCase(t *testing.T) {
	tests := []struct {
		text  string
		word  string
		lexed bool
	}{
		{"The singer told Us magazine that she had married in secret.", "Us", false},
		{"Traders said Ice would open its new market on Monday.", "Ice", false},
		{"The singer told US officials that she had married in secret.", "US", true},
		{"Ministers of Nato met in Brussels on Monday to discuss the plan.", "Nato", true},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := false
			for _, m := range extract(t, tc.text).Mentions {
				if m.Text == tc.word && m.LexID != "" {
					got = true
				}
			}
			if got != tc.lexed {
				t.Errorf("%q matched the lexicon: %v, want %v", tc.word, got, tc.lexed)
			}
		})
	}
}
