package entities

import (
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
		ms = append(ms, at(c.lone))
		cluster(d, ms)
		lone := ms[len(ms)-1]
		entityOf := func(name string) int {
			for _, m := range ms[:len(ms)-1] {
				if m.Text == name {
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
