package relations

import "testing"

// TestSubjectFirstActive covers subject-first-active: in a subject-first
// language the buyer of an active deal verb stands before it; a name after
// the verb is the owner of what is bought or a listed candidate, not the
// buyer. A passive "bought by" still takes its agent after the verb.
func TestSubjectFirstActive(t *testing.T) {
	runFactCases(t, []factCase{
		{"active: buyer before the verb",
			"Last year Korvane Group bought Tamsin Holdings for $2bn.",
			[]string{"Korvane Group acquired Tamsin Holdings"}, nil},
		{"passive: agent after the verb",
			"Tamsin Holdings was bought by Korvane Group last year.",
			[]string{"Korvane Group acquired Tamsin Holdings"}, nil},
		{"no buyer after an active verb: candidates",
			"Other names linked to buying the unit are Korvane Group and Tamsin Holdings.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
		{"no buyer after an active verb: the owner of the object",
			"From March, shoppers will be able to buy Korvane Group's Tamsin Holdings unit in shops.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
	})
}
