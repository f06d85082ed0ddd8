package relations

import "testing"

// TestVerbWithObject covers rule verb-with-object: a verb of mode "that" in
// speech_verbs.txt ("continued", "predicted", "announced") followed by its
// object reports no speech, neither as a bare clause after it nor as a
// leading clause before the person; the person is still the one a later
// "he said" means, and the verb still attributes a quotation.
func TestVerbWithObject(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"continued with an object is no bare clause",
			"Marla Quist continued her fine run with a win in Oslo on Sunday.",
			nil, []string{"quote-indirect Marla Quist"}},
		{"no leading clause before a verb with an object",
			"After a long week of talks in the capital, Ivo Brandt continued his tour of the north.",
			nil, []string{"quote-leading-clause Ivo Brandt"}},
		{"the person is still the later he",
			"Before the vote in the city hall, Ivo Brandt predicted growth in trade. \"It will be a good year for the port,\" he said.",
			[]string{"quote-direct Ivo Brandt direct: It will be a good year"}, []string{"quote-leading-clause Ivo Brandt"}},
		{"a leading clause before a bare verb is kept",
			"Prices in the shops will rise next year, Ivo Brandt said.",
			[]string{"quote-leading-clause Ivo Brandt indirect: Prices in the shops will rise"}, nil},
		{"continued after a quotation still attributes it",
			"\"We will win the final in May,\" Marla Quist continued.",
			[]string{"quote-direct Marla Quist direct: We will win the final"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkQuotes(t, ruleQuotes(r, out), tc.want, tc.not)
		})
	}
}
