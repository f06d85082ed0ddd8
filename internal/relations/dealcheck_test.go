package relations

import "testing"

// TestDealDoubt covers dealDoubt: a deal tried, talked about or lost, a
// possessed object, a seller after "from" and a minority share are no
// acquisition; a deal done still is.
func TestDealDoubt(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"done: bought",
			"Last year, Korvane Group bought Tamsin Holdings for $2bn.",
			[]string{"Korvane Group acquired Tamsin Holdings"}, nil},
		{"hedge: tried to buy",
			"Last year Korvane Group tried to buy Tamsin Holdings but lost out to a rival.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
		{"hedge: in talks to buy",
			"Korvane Group said it was in talks to buy Tamsin Holdings.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
		{"hedge: an attempt to take over",
			"The minister compared Korvane Group's attempt to take over Tamsin Holdings to an earlier bid.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
		{"possessed object: bought X's technology",
			"Korvane Group has bought Tamsin Holdings' battery technology.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
		{"seller: bought from",
			"Korvane Group bought two brands from Tamsin Holdings in 2003.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
		{"minority share: bought 49% of",
			"Korvane Group has bought 49% of Tamsin Holdings, the firms said.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkFacts(t, facts(r, out), tc.want, tc.not)
		})
	}
}
