package relations

import "testing"

// TestQuotedNameNotSpeaker covers rule quoted-name-not-speaker: a
// participle ("adding that") without a subject in its clause does not speak
// for a person named only inside a quotation before it; the subject of the
// main clause still does.
func TestQuotedNameNotSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a name inside the quotation is no speaker",
			"\"No date was ever set for Ivo Brandt's departure from the board,\" she said adding that the post had been advertised.",
			nil, []string{"quote-indirect Ivo Brandt"}},
		{"the subject of the main clause speaks",
			"Marla Quist criticised the new bridge plan, adding that it would cost far too much.",
			[]string{"quote-indirect Marla Quist indirect: it would cost far too much"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkQuotes(t, ruleQuotes(r, out), tc.want, tc.not)
		})
	}
}
