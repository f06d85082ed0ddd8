package relations

import "testing"

// TestLeadOfUnit covers the lead-of-unit guard (leadsWhole): a lead title
// that heads a part of an organisation gives worksAt but no leads; a head of
// the whole organisation keeps leads. Each row runs the one title rule that
// reads it, and a fact is "rule: subject predicate object".
func TestLeadOfUnit(t *testing.T) {
	tests := []struct {
		name      string
		rule      Rule
		text      string
		want, not []string
	}{
		{"unit before the organisation", Apposition(),
			"\"Prices will fall,\" said Moira Keane, head of online sales at Brandleby Foods Ltd.",
			[]string{"apposition: Moira Keane worksAt Brandleby Foods Ltd"}, []string{"apposition: Moira Keane leads Brandleby Foods Ltd"}},
		{"possessive unit after the organisation", Apposition(),
			"Tobias Grint, head of the Halvern Bank's lending arm, said rates were low.",
			nil, []string{"apposition: Tobias Grint leads Halvern Bank"}},
		{"unit noun after the organisation", Apposition(),
			"Ruth Abara, leader of the Rotley Alliance group on Ashby Council, said the vote was close.",
			nil, []string{"apposition: Ruth Abara leads Rotley Alliance"}},
		{"region after the organisation", Apposition(),
			"Lukas Brenner, head of Quorvia in Germany, said sales had doubled.",
			[]string{"apposition: Lukas Brenner worksAt Quorvia"}, []string{"apposition: Lukas Brenner leads Quorvia"}},
		{"modifier before the lead word", HeadFinalApposition(),
			"Colin Darby, the Brixtow Party's deputy leader, said the party would win.",
			[]string{"apposition-head-final: Colin Darby jobTitle deputy leader"}, []string{"apposition-head-final: Colin Darby leads"}},
		{"lead-of-field: the organisation's head of a field", HeadFinalApposition(),
			"\"Costs will rise,\" said Nadia Ferrow, the Brixtow Party's head of Trade Policy.",
			nil, []string{"apposition-head-final: Nadia Ferrow leads"}},
		{"the organisation's leader keeps leads", HeadFinalApposition(),
			"\"Costs will rise,\" said Nadia Ferrow, the Brixtow Party's leader.",
			[]string{"apposition-head-final: Nadia Ferrow leads Brixtow Party"}, nil},
		{"the head of the whole organisation keeps leads", Apposition(),
			"Sandra Pell, head of Orlam Bank, said claims had risen.",
			[]string{"apposition: Sandra Pell leads Orlam Bank", "apposition: Sandra Pell worksAt Orlam Bank"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFactPrefixes(t, ruleAlone(t, tt.rule, tt.text, true), tt.want, tt.not)
		})
	}
}
