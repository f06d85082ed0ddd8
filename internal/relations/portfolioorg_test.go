package relations

import "testing"

// TestPortfolioNotEmployer covers the portfolio-not-employer rule: an
// organisation named only as a minister's or secretary's portfolio is part of
// the title, not where the person works; a real employer is kept.
func TestPortfolioNotEmployer(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"portfolio before secretary",
			"The plan was backed by Culture, Media and Sport Secretary Helen Marlow on Monday.",
			[]string{"Helen Marlow jobTitle Secretary"}, []string{"Helen Marlow worksAt"}},
		{"portfolio after minister for",
			"Lord Pemberley, Minister for Defence Procurement, said the delays were regrettable.",
			[]string{"Pemberley jobTitle Minister"}, []string{"Pemberley worksAt"}},
		{"possessive portfolio",
			"He had been told by Children's Minister Anna Trelawny that there was no time.",
			nil, []string{"Anna Trelawny worksAt"}},
		{"an employer before an analyst is kept",
			"\"Demand is weak,\" said Northwind Securities analyst Jo Reyes.",
			[]string{"Jo Reyes worksAt Northwind Securities"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := facts(r, out)
			checkFactPrefixes(t, got, tc.want, tc.not)
		})
	}
}
