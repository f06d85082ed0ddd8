package relations

import "testing"

// TestCueBlockerRows covers rows of cue_blockers.txt: what is raised is no
// money ("raising the threshold to £150,000"), a post taken over and the
// seller after "from" are no acquisition; funding and a purchase stay.
func TestCueBlockerRows(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"raised: the threshold is no funding",
			"Zentrox said raising the threshold to £150,000 would help buyers.",
			nil, []string{"Zentrox raised 150000 GBP"}},
		{"raised: money still is",
			"Zentrox raised £150m from investors last year.",
			[]string{"Zentrox raised 1.5e+08 GBP"}, nil},
		{"acquired: taking over the helm is no purchase",
			"The band Korvel Inc are to take over the helm of Brantwell Radio for a week.",
			nil, []string{"Korvel Inc acquired Brantwell Radio"}},
		{"acquired: the seller after from",
			"Mr Tobin managed to buy the rights to the story from Quarrel Books in 1999.",
			nil, []string{"Tobin acquired Quarrel Books"}},
		{"acquired: taking over at a club is a post",
			"Fans have been happier since Korvel Inc took over at Brantwell Radio in June.",
			nil, []string{"Korvel Inc acquired Brantwell Radio"}},
		{"acquired: a home bought is no company",
			"Zentrox Media, who has just bought a new home, would like to stay at Halvern Media.",
			nil, []string{"Zentrox Media acquired Halvern Media"}},
		{"acquired: firms such as X still are bought",
			"Zentrox has also bought firms such as Halvern Media.",
			[]string{"Zentrox acquired Halvern Media"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkFacts(t, facts(r, out), tc.want, tc.not)
		})
	}
}
