package relations

import (
	"testing"
)

// TestCueChecks covers adjacentSubject ("based in" describes the name right
// before it) and blocked (cue_blockers: an offer raised is no funding, a
// minority stake no acquisition).
func TestCueChecks(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"adjacent-subject: based in describes the noun before it",
			"Last year, Strato Air increased the number of pilots based in Lisbon from 20 to 90.",
			nil, []string{"Strato Air locatedIn Lisbon"}},
		{"adjacent-subject: which is based in",
			"Trevanta Labs, which is based in Lisbon, hired 40 engineers.",
			[]string{"Trevanta Labs locatedIn Lisbon"}, nil},
		{"adjacent-subject: an apposition before based in",
			"Corvane Systems, a drone maker based in Oslo, said it would expand.",
			[]string{"Corvane Systems locatedIn Oslo"}, nil},
		{"blocked: raised its offer is not funding",
			"Kestrel Holdings raised its offer for Tamsin Group to $3bn on Monday.",
			nil, []string{"Kestrel Holdings raised 3e+09 USD"}},
		{"blocked: funding raised still counts",
			"Kestrel Labs raised $30m from investors on Monday.",
			[]string{"Kestrel Labs raised 3e+07 USD"}, nil},
		{"blocked: a stake is not control",
			"Kestrel Holdings bought a 10% stake in Tamsin Group last week.",
			nil, []string{"Kestrel Holdings acquired Tamsin Group"}},
		{"blocked: a controlling stake is",
			"Kestrel Holdings bought a controlling stake in Tamsin Group last week.",
			[]string{"Kestrel Holdings acquired Tamsin Group"}, nil},
		{"listed exchange is no subject: the company that listed raised",
			"Corvane Systems, a drone maker, listed on the Australian Securities Exchange and raised $40m.",
			[]string{"Corvane Systems listedOn Australian Securities Exchange", "Corvane Systems raised 4e+07 USD"},
			[]string{"Australian Securities Exchange raised 4e+07 USD"}},
		{"merge is not acquire",
			"Rivolta Energy has agreed to merge with Tamsin Group, the firms said.",
			nil, []string{"Rivolta Energy acquired Tamsin Group"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := facts(r, out)
			checkFacts(t, got, tc.want, tc.not)
		})
	}
}
