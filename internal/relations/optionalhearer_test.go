package relations

import (
	"testing"
)

// TestOptionalHearer runs the default rules over sentences of our own with
// a verb that may name its hearer before "that" (rule optional-hearer,
// hearer_optional_verbs.txt): the hearer is not what was said; a clause
// straight after the verb is kept whole.
func TestOptionalHearer(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"warned a hearer that",
			"Dana Orlov warned the town council that the bridge could close within a year.",
			[]string{"quote-indirect Dana Orlov indirect: the bridge could close"}, []string{"quote-indirect Dana Orlov indirect: the town council"}},
		{"warned a time phrase that",
			"Victor Hale warned earlier in the week that the show was unsuitable for children.",
			[]string{"quote-indirect Victor Hale indirect: the show was unsuitable"}, []string{"quote-indirect Victor Hale indirect: earlier"}},
		{"warned with a clause and no hearer keeps the clause",
			"Dana Orlov warned the economy could slow sharply so that rates would fall.",
			[]string{"quote-indirect Dana Orlov indirect: the economy could slow"}, []string{"quote-indirect Dana Orlov indirect: rates would fall"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
