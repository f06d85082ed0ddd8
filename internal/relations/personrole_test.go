package relations

import "testing"

// TestPersonRole covers the person-role rule: "NAME, ORG TITLE", "NAME, the
// PLACE-based TITLE" and a role verb of role_verbs.txt before a title.
func TestPersonRole(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"place-based title in apposition",
			"Under the plans, Pavel Cestin, the UK-based co-chairman, will become group chief executive.",
			[]string{"Pavel Cestin jobTitle co-chairman", "Pavel Cestin locatedIn UK", "Pavel Cestin jobTitle group chief executive"}, nil},
		{"role verb: will take on the role of",
			"Dutch co-chairman Anton Burgvelt will take on the role of non-executive chairman.",
			[]string{"Anton Burgvelt jobTitle non-executive chairman"}, nil},
		{"role verb with its organisation",
			"Marta Vellin will become chief executive of Corvane Holdings next year.",
			[]string{"Marta Vellin jobTitle chief executive", "Marta Vellin worksAt Corvane Holdings"}, nil},
		{"organisation and title in apposition",
			"\"Prices are too high,\" said Ian Folgate, Jupiter Research analyst.",
			[]string{"Ian Folgate jobTitle analyst", "Ian Folgate worksAt Jupiter Research"}, nil},
		{"no role verb, no title",
			"Marta Vellin will visit Corvane Holdings next year.",
			nil, []string{"Marta Vellin jobTitle", "Marta Vellin worksAt Corvane Holdings"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := facts(r, out)
			checkFactPrefixes(t, got, tc.want, tc.not)
		})
	}
}
