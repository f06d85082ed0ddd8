package relations

import "testing"

// TestEmployerBeforeTitle: rule employer-before-title — a person mention
// followed by a title and another person is an employer the tagger read as
// a name; the person after the title is the subject, for "X, who …, said"
// and for "he" in the next sentence.
func TestEmployerBeforeTitle(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a subject named earlier in the sentence",
			"Dana Orlov said the rules were fair. But Corin Vale director Ivo Marr, who chairs the board, said the rules were unfair to small firms.",
			[]string{"quote-indirect Ivo Marr indirect: the rules were unfair"}, []string{"quote-indirect Corin Vale indirect: the rules were unfair"}},
		{"he after a sentence opened by the misread employer",
			"Dana Orlov said the rules were fair. But Corin Vale director Ivo Marr rejected the plan on Monday. He said: \"We will fight this decision in the courts.\"",
			[]string{"quote-direct Ivo Marr direct: We will fight"}, []string{"quote-direct Corin Vale direct: We will fight"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkQuotes(t, ruleQuotes(r, out), tc.want, tc.not)
		})
	}
}
