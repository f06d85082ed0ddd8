package relations

import "testing"

// TestOrgBesidesPossessive covers orgBesidesPossessive: "X's Y" credits X
// with Y only when X is an organisation for another reason than that
// possessive.
func TestOrgBesidesPossessive(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"a known company's product",
			"The success of Sony's PlayStation has boosted demand for games.",
			[]string{"Sony developed PlayStation"}, nil},
		{"a composer's opera",
			"He fell ill during rehearsals for Jules Corvanet's Manon last week.",
			nil, []string{"Jules Corvanet developed Manon"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkFacts(t, facts(r, out), tc.want, tc.not)
		})
	}
}
