package relations

import (
	"testing"
)

// TestEmployerOnlyTitle covers the employer-only-title rule: "partner" is a
// job title only before at, in or of and an organisation; a writing,
// business or life partner is none, and gives no employer either.
func TestEmployerOnlyTitle(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"partner at an organisation",
			"Tomas Vellick, a partner at Oslo-based Orvane Capital, said the deal was fair.",
			[]string{"Tomas Vellick jobTitle partner", "Tomas Vellick worksAt Orvane Capital"}, nil},
		{"partner of an organisation",
			"Marta Olsen, partner of Brivex Legal, said the ruling was expected.",
			[]string{"Marta Olsen jobTitle partner", "Marta Olsen worksAt Brivex Legal"}, nil},
		{"a writing partner",
			"The script was finished by Kellan Morrow and his writing partner Dara Quill last spring.",
			nil, []string{"Dara Quill jobTitle partner"}},
		{"a life partner",
			"The singer Jonah Falk and his partner Ruben Askew attended the gala.",
			nil, []string{"Ruben Askew jobTitle partner", "Ruben Askew worksAt"}},
		{"a possessive owner is no employer",
			"The party marked the birthday of Jonah Falk's partner Ruben Askew on Sunday.",
			nil, []string{"Ruben Askew jobTitle partner", "Ruben Askew worksAt Jonah Falk"}},
		{"a managing partner is a title anywhere",
			"Managing partner Ilse Brandt said the fund would close in May.",
			[]string{"Ilse Brandt jobTitle Managing partner"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := facts(r, out)
			for i, f := range out.Facts {
				if f.Rule == "employer-only-title" {
					t.Errorf("the filter made a fact: %s", got[i])
				}
			}
			checkFactPrefixes(t, got, tc.want, tc.not)
		})
	}
}

// Without the rule the partners above would be read as titles: the test
// sees the rule at work, not a sentence the title rules skip anyway.
func TestEmployerOnlyTitleDoesTheWork(t *testing.T) {
	r, _ := extract(t, "The script was finished by Kellan Morrow and his writing partner Dara Quill last spring.")
	var rules []Rule
	for _, rule := range Default().Rules {
		if rule.Name() != "employer-only-title" {
			rules = append(rules, rule)
		}
	}
	got := facts(r, (&Extractor{Rules: rules}).Extract(r))
	checkFactPrefixes(t, got, []string{"Dara Quill jobTitle partner"}, nil)
}
