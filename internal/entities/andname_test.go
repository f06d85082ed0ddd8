package entities

import "testing"

// TestAndOrgName checks the rule "and-org-name" on sentences of our own: a
// capitalised word joined by "and" or "&" belongs to the organisation name
// before its suffix; a list of two names, a suffix before the joiner or a
// longer name before it stays apart.
func TestAndOrgName(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"and inside the name",
			"Talks were held with Timber and Quarry Workers Association officials on Monday.",
			[]string{"Organization Timber and Quarry Workers Association"}, []string{"Organization Quarry Workers Association"}},
		{"& inside the name",
			"The deal was backed by Grain & Seed Corporation last year.",
			[]string{"Organization Grain & Seed Corporation"}, nil},
		{"two names of the suffix are a list",
			"Savings at Harbour Bank and Canal Bank rose by 3%.",
			nil, []string{"Organization Harbour Bank and Canal Bank", "Organization Bank and Canal Bank"}},
		{"a two-word name before and is its own",
			"Shares in Brindle Morton and Quarry Workers Association fell.",
			nil, []string{"Organization Morton and Quarry Workers Association"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentionsOf(extract(t, tc.text))
			checkMentions(t, got, tc.want, tc.not)
		})
	}
}
