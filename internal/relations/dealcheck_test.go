package relations

import "testing"

// TestDealDoubt covers dealDoubt: a deal tried, talked about or lost, a
// possessed object, a seller after "from" and a minority share are no
// acquisition; a deal done still is.
func TestDealDoubt(t *testing.T) {
	runFactCases(t, []factCase{
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
		{"hedge: pending, said it would buy",
			"Earlier this week, Korvane Group said it would buy Tamsin Holdings to improve its software.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
		{"hedge: pending, plans to buy",
			"Korvane Group plans to buy Tamsin Holdings next year.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
		{"hedge: a proposed deal noun, its contemplated acquisition of",
			"Korvane Group said its contemplated cash acquisition of Tamsin Holdings was in the interest of shareholders.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
		{"hedge: the proposed takeover of",
			"Korvane Group's proposed takeover of Tamsin Holdings was backed by the board.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
		{"done: the takeover of, with no hedge",
			"Korvane Group's takeover of Tamsin Holdings was completed last year.",
			[]string{"Korvane Group acquired Tamsin Holdings"}, nil},
		{"minority share: bought 49% of",
			"Korvane Group has bought 49% of Tamsin Holdings, the firms said.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
	})
}

// TestDealHedgeSubject covers deal-hedge-subject: a hedge just before a
// subject that precedes the deal cue, or between the two, says the subject
// did not buy; with no hedge the deal stands.
func TestDealHedgeSubject(t *testing.T) {
	runFactCases(t, []factCase{
		{"done: subject, apposition, bought",
			"Korvane Group, the largest steel maker in Wales, bought Tamsin Holdings last year.",
			[]string{"Korvane Group acquired Tamsin Holdings"}, nil},
		{"hedge before subject: outbid X to buy",
			"Parvel Finance outbid favourite Korvane Group, the largest steel maker in Wales, to buy Tamsin Holdings.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
		{"hedge between subject and cue: speculation that it will be bought",
			"Shares of Tamsin Holdings rose on speculation that the firm will soon be bought by Korvane Group.",
			nil, []string{"Korvane Group acquired Tamsin Holdings"}},
	})
}

// factCase is one sentence of a rule's table test: the facts it must give
// ("S predicate O") and those it must not.
type factCase struct {
	rule, text string
	want, not  []string
}

func runFactCases(t *testing.T, cases []factCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkFacts(t, facts(r, out), tc.want, tc.not)
		})
	}
}
