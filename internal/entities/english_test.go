package entities

import (
	"slices"
	"testing"
)

// TestEnglishNewsRules runs the English typing and span rules of issue 11
// over whole extractions of sentences of our own: each case names the rule,
// the mentions that must come out ("Type text") and those that must not.
func TestEnglishNewsRules(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"plural-title-before", "The figures come from industry analysts Velmora Digest, which tracks sales.",
			[]string{"Organization Velmora Digest"}, []string{"Person Velmora Digest"}},
		{"plural-title-before: not the audience of a speech verb", "Ms Ortiz told reporters Quentin Hale would resign.",
			nil, []string{"Organization Quentin Hale"}},
		{"org suffix over a title (personMarked)", "Prices will rise, said Lena Park, an analyst at fund manager Orvane Asset Advisors.",
			[]string{"Organization Orvane Asset Advisors", "Person Lena Park"}, []string{"Person Orvane Asset Advisors"}},
		{"of-heads: an of phrase completes the name", "The Royal Society of Kelvora gave the award.",
			[]string{"Organization Royal Society of Kelvora"}, []string{"Place Kelvora"}},
		{"of-heads: and joins capitalised words", "She studied at Brenna College of Further and Higher Education last year.",
			[]string{"Organization Brenna College of Further and Higher Education"}, nil},
		{"of-heads: a nationality opens an of-named bank", "Shares in the Canadian Imperial Bank of Commerce fell.",
			[]string{"Organization Canadian Imperial Bank of Commerce"}, nil},
		{"of-heads: legal forms take no of phrase", "Orvex Motor Corp of South Korea opened a plant.",
			[]string{"Organization Orvex Motor Corp"}, []string{"Organization Orvex Motor Corp of South Korea"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := mentionsOf(extract(t, tt.text))
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("unwanted %q; got %q", n, got)
				}
			}
		})
	}
}
