package entities

import (
	"slices"
	"strings"
	"testing"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// TestShortFormGuards: each grouping guard keeps a lone word out of a longer
// name it shares a word with, and the joins the guards leave alone still
// happen. Each case fails when its rule is removed.
func TestShortFormGuards(t *testing.T) {
	type men struct {
		name string
		typ  schema.Type
		nth  int // the nth occurrence of name (0 = first)
	}
	for _, c := range []struct {
		rule     string
		src      string
		ms       []men
		lone     men    // the lone word
		with     string // the name it must join ("" = none)
		not      string // the name it must not join
		wantKept string // Mention.KeptBy of the lone word
	}{
		{ruleGivenNameKnown, "Vela Systems opened Vela Grid today. Customers of Vela pay by the hour.",
			[]men{{"Vela Systems", schema.Organization, 0}, {"Vela Grid", schema.Person, 0}},
			men{"Vela", schema.Person, 2}, "Vela Systems", "Vela Grid", ruleGivenNameKnown},
		{ruleGivenNameKnown + " (a word typed other than Person)", "The Quorvel Awards were held today. Quorvel voters met.",
			[]men{{"Quorvel Awards", schema.Person, 0}},
			men{"Quorvel", schema.Place, 1}, "", "Quorvel Awards", ruleGivenNameKnown},
		{ruleGivenNameKnown + " (typed Person, no organisation starts with it)", "Zebbo Marlow sang today. Later Zebbo left.",
			[]men{{"Zebbo Marlow", schema.Person, 0}},
			men{"Zebbo", schema.Person, 1}, "Zebbo Marlow", "", ""},
		{ruleGivenNameKnown + " (a known given name still joins)", "Richard Tolland spoke today. Later Richard left.",
			[]men{{"Richard Tolland", schema.Person, 0}},
			men{"Richard", schema.Person, 1}, "Richard Tolland", "", ""},
		{ruleAcronymNoSurname, "Humax sells the Zuvo PVR now. A PVR records television.",
			[]men{{"Zuvo PVR", schema.Person, 0}},
			men{"PVR", schema.Person, 1}, "", "Zuvo PVR", ruleAcronymNoSurname},
		{ruleAcronymNoSurname + " (a post-nominal after a full name)", "Tom Quillan MSP spoke. Later Quillan left. The MSP smiled.",
			[]men{{"Tom Quillan MSP", schema.Person, 0}},
			men{"Quillan", schema.Person, 1}, "Tom Quillan MSP", "", ""},
		{ruleAcronymNoSurname + " (a lone post-nominal)", "Tom Quillan MSP spoke. The MSP smiled.",
			[]men{{"Tom Quillan MSP", schema.Person, 0}},
			men{"MSP", schema.Person, 1}, "", "Tom Quillan MSP", ruleAcronymNoSurname},
		{ruleAcronymNoSurname + " (a Roman numeral is a name)", "Pope Pius XII spoke. Later XII left.",
			[]men{{"Pope Pius XII", schema.Person, 0}},
			men{"XII", schema.Person, 1}, "Pope Pius XII", "", ""},
		{ruleAmpersandNoPerson, "Simon & Jade hosted the show. Jade laughed.",
			[]men{{"Simon & Jade", schema.Person, 0}},
			men{"Jade", schema.Person, 1}, "", "Simon & Jade", ruleAmpersandNoPerson},
		{ruleShortFormOneOwner, "Mark Quellmeier runs the Quellmeier Group. Quellmeier said sales rose.",
			[]men{{"Mark Quellmeier", schema.Person, 0}, {"Quellmeier Group", schema.Organization, 0}},
			men{"Quellmeier", schema.Person, 2}, "Mark Quellmeier", "Quellmeier Group", ruleShortFormOneOwner},
		{ruleGivenNameNotOrg, "The Gavin Tolland Trust raised money. Gavin will run a marathon.",
			[]men{{"Gavin Tolland Trust", schema.Organization, 0}},
			men{"Gavin", schema.Person, 1}, "", "Gavin Tolland Trust", ruleGivenNameNotOrg},
		{ruleLoneNameTwoOwners, "Marek Dunhill met his father Tobias Dunhill. Later Dunhill spoke.",
			[]men{{"Marek Dunhill", schema.Person, 0}, {"Tobias Dunhill", schema.Person, 0}},
			men{"Dunhill", schema.Person, 2}, "", "Tobias Dunhill", ruleLoneNameTwoOwners},
		{ruleLoneNameTwoOwners + " (only one named before it)", "Marek Dunhill spoke. Dunhill left. His father Tobias Dunhill stayed.",
			[]men{{"Marek Dunhill", schema.Person, 0}, {"Tobias Dunhill", schema.Person, 0}},
			men{"Dunhill", schema.Person, 1}, "Marek Dunhill", "Tobias Dunhill", ""},
		{ruleLoneNameTwoOwners + " (an initial and a given name are one owner)", "Tobias Dunhill scored. T Dunhill was tired. Later Dunhill spoke.",
			[]men{{"Tobias Dunhill", schema.Person, 0}, {"T Dunhill", schema.Person, 0}},
			men{"Dunhill", schema.Person, 2}, "T Dunhill", "", ""},
		{ruleLoneNameTwoOwners + " (a glued description is no owner)", "Marek Dunhill spoke. Despite Dunhill the vote passed. Later Dunhill left.",
			[]men{{"Marek Dunhill", schema.Person, 0}, {"Despite Dunhill", schema.Person, 0}},
			men{"Dunhill", schema.Person, 2}, "Marek Dunhill", "", ""},
		{ruleLoneNameTwoOwners + " (a name held by a longer one is one owner)", "Marek Dunhill spoke at the Marek Dunhill Lecture. Later Dunhill left.",
			[]men{{"Marek Dunhill", schema.Person, 0}, {"Marek Dunhill Lecture", schema.Person, 0}},
			men{"Dunhill", schema.Person, 2}, "Marek Dunhill", "", ""},
		{ruleOfNameHead, "Corvane Corp owns papers. He wrote for the Corvane of the North.",
			[]men{{"Corvane Corp", schema.Organization, 0}},
			men{"Corvane", schema.Organization, 1}, "", "Corvane Corp", ruleOfNameHead},
		{ruleOfNameHead + " (a lone word with no of after it)", "Corvane Corp owns papers. Corvane said sales rose.",
			[]men{{"Corvane Corp", schema.Organization, 0}},
			men{"Corvane", schema.Organization, 1}, "Corvane Corp", "", ""},
		{ruleNationalityNotShortForm, "The British Quellbank opened. British shoppers spent more.",
			[]men{{"British Quellbank", schema.Organization, 0}},
			men{"British", schema.Organization, 1}, "", "British Quellbank", ruleNationalityNotShortForm},
		{ruleOrgStartTwoOwners, "The Quorvish Council of Wessex and the Quorvish League of Wessex met. Quorvish voters came.",
			[]men{{"Quorvish Council of Wessex", schema.Organization, 0}, {"Quorvish League of Wessex", schema.Organization, 0}},
			men{"Quorvish", schema.Organization, 2}, "", "Quorvish Council of Wessex", ruleOrgStartTwoOwners},
		{ruleOrgStartTwoOwners + " (one organisation)", "The Quorvish Council of Wessex met. Quorvish said no.",
			[]men{{"Quorvish Council of Wessex", schema.Organization, 0}},
			men{"Quorvish", schema.Organization, 1}, "Quorvish Council of Wessex", "", ""},
		{ruleNationalTail, "The Korean Quellbank Union (KQU) met. The Korean Quellbank Union said no.",
			[]men{{"Korean Quellbank Union", schema.Organization, 0}},
			men{"Quellbank Union", schema.Organization, 1}, "Korean Quellbank Union", "", ""},
		{ruleOrgNounNotShortForm, "The Academy Awards were held. The Academy was set up in 1927.",
			[]men{{"Academy Awards", schema.Organization, 0}},
			men{"Academy", schema.Organization, 1}, "", "Academy Awards", ruleOrgNounNotShortForm},
		{ruleInsideCapitalisedRun, "Corvane Corp owns papers. He hosted Have I Got Corvane for You on TV.",
			[]men{{"Corvane Corp", schema.Organization, 0}},
			men{"Corvane", schema.Organization, 1}, "", "Corvane Corp", ruleInsideCapitalisedRun},
		{ruleInsideCapitalisedRun + " (a word in small letters before it)", "Corvane Corp owns papers. Shares in Corvane rose.",
			[]men{{"Corvane Corp", schema.Organization, 0}},
			men{"Corvane", schema.Organization, 1}, "Corvane Corp", "", ""},
		{rulePlainHonorificNotRanked, "Sir Tobias Dunhill met Marek Dunhill. Later Mr Dunhill spoke.",
			[]men{{"Tobias Dunhill", schema.Person, 0}, {"Marek Dunhill", schema.Person, 0}},
			men{"Dunhill", schema.Person, 2}, "Marek Dunhill", "Tobias Dunhill", ""},
		{rulePlainHonorificNotRanked + " (no rank: two owners)", "Tobias Dunhill met Marek Dunhill. Later Mr Dunhill spoke.",
			[]men{{"Tobias Dunhill", schema.Person, 0}, {"Marek Dunhill", schema.Person, 0}},
			men{"Dunhill", schema.Person, 2}, "", "Tobias Dunhill", ruleLoneNameTwoOwners},
		{ruleMistypedOwner, "Richard Dunhill met his father Tobias Dunhill. Later Mr Dunhill spoke.",
			[]men{{"Richard Dunhill", schema.Organization, 0}, {"Tobias Dunhill", schema.Person, 0}},
			men{"Dunhill", schema.Person, 2}, "", "Tobias Dunhill", ruleMistypedOwner},
		{ruleMistypedOwner + " (an organisation word is no person's name)", "Dunhill Holdings hired Tobias Dunhill. Later Mr Dunhill spoke.",
			[]men{{"Dunhill Holdings", schema.Organization, 0}, {"Tobias Dunhill", schema.Person, 0}},
			men{"Dunhill", schema.Person, 2}, "Tobias Dunhill", "", ruleShortFormOneOwner},
		{ruleRegnalNameOwn, "Prince Rodric opened the hall. Rodric Vane, a councillor, attended.",
			[]men{{"Rodric Vane", schema.Person, 0}},
			men{"Rodric", schema.Person, 0}, "", "Rodric Vane", ruleRegnalNameOwn},
		{ruleRegnalNameOwn + " (the word's other mentions)", "Prince Rodric opened the hall. Later Rodric spoke. Rodric Vane attended.",
			[]men{{"Rodric", schema.Person, 0}, {"Rodric Vane", schema.Person, 0}},
			men{"Rodric", schema.Person, 1}, "Rodric", "Rodric Vane", ""},
	} {
		docs, err := text.Parse("t.txt", []byte(c.src), text.ParseOptions{Lang: text.English})
		if err != nil {
			t.Fatal(err)
		}
		d := docs[0]
		at := func(m men) Mention {
			ws := strings.Fields(m.name)
			seen := 0
			for i := range d.Tokens {
				k := 0
				for k < len(ws) && i+k < len(d.Tokens) && d.Tokens[i+k].Text == ws[k] {
					k++
				}
				if k == len(ws) {
					if seen < m.nth {
						seen++
						continue
					}
					sp := text.Span{Start: d.Tokens[i].Start, End: d.Tokens[i+k-1].End}
					return Mention{Span: sp, Text: m.name, Type: m.typ, Tok: [2]int{i, i + k}, Source: srcTagger, Kind: text.Body}
				}
			}
			t.Fatalf("%s: no tokens for %q", c.rule, m.name)
			return Mention{}
		}
		var ms []Mention
		for _, m := range c.ms {
			ms = append(ms, at(m))
		}
		loneM := at(c.lone)
		ms = append(ms, loneM)
		// In text order, as extraction gives them.
		slices.SortFunc(ms, func(a, b Mention) int { return a.Tok[0] - b.Tok[0] })
		li := slices.IndexFunc(ms, func(m Mention) bool { return m.Tok == loneM.Tok })
		cluster(d, ms)
		lone := ms[li]
		entityOf := func(name string) int {
			for k, m := range ms {
				if m.Text == name && k != li {
					return m.Entity
				}
			}
			t.Fatalf("%s: no mention %q", c.rule, name)
			return -1
		}
		if c.with != "" && entityOf(c.with) != lone.Entity {
			t.Errorf("%s: %q did not join %q", c.rule, c.lone.name, c.with)
		}
		if c.not != "" && entityOf(c.not) == lone.Entity {
			t.Errorf("%s: %q joined %q", c.rule, c.lone.name, c.not)
		}
		if lone.KeptBy != c.wantKept {
			t.Errorf("%s: %q kept by %q, want %q", c.rule, c.lone.name, lone.KeptBy, c.wantKept)
		}
	}
}
