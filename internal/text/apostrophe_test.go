package text

import (
	"slices"
	"testing"
)

// TestApostropheName covers rule apostrophe-name: one capital letter, an
// apostrophe and a capital make one name token, and FoldName folds it
// without the apostrophe, so the lone surname matches the full name;
// contractions, possessives and quotation marks are left alone.
func TestApostropheName(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"straight apostrophe", "boss David O'Leary said", []string{"boss", "David", "O'Leary", "said"}},
		{"curly apostrophe", "Gordon D’Arcy scored", []string{"Gordon", "D’Arcy", "scored"}},
		{"a contraction stays apart", "I'm sure", []string{"I", "'", "m", "sure"}},
		{"a possessive stays apart", "O's goal", []string{"O", "'s", "goal"}},
		{"a quotation mark after a letter", "Plan A' was", []string{"Plan", "A", "'", "was"}},
		{"lower case after the apostrophe", "O'clock", []string{"O", "'", "clock"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range Tokenize(tt.in) {
				got = append(got, tok.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	for _, in := range []string{"O'Connor", "O’Connor", "o'connor"} {
		if got := FoldName(in); got != "oconnor" {
			t.Errorf("FoldName(%q) = %q, want %q", in, got, "oconnor")
		}
	}
	if got := FoldName("Johnny O'Connor"); got != "johnny oconnor" {
		t.Errorf("FoldName(full name) = %q", got)
	}
}
