package identity

import (
	"strings"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/schema"
)

// TestGivenNameVariant: two people named in full whose given names are one
// name written two ways (given_name_variants.txt: Vince and Vincent, Bill
// and William, Steve and Stephen), the rest of the name the same, are one
// person when their articles' contexts are compatible (rule
// given-name-variant); then a lone surname has one person of that surname
// to join, not two. Names and articles are made up.
func TestGivenNameVariant(t *testing.T) {
	P, O := schema.Person, schema.Organization
	person := func(id string, names []string, orgs ...string) *kg.Graph {
		g := &kg.Graph{Doc: kg.Document{ID: id}}
		for _, n := range names {
			key := "x-" + strings.ToLower(strings.ReplaceAll(n, " ", "-"))
			if !strings.Contains(n, " ") {
				key = "n-" + strings.ToLower(n)
			}
			g.Entities = append(g.Entities, kg.Entity{IRI: kg.EntityIRI(P, key), Type: P, Name: n})
		}
		for _, o := range orgs {
			g.Entities = append(g.Entities, kg.Entity{IRI: kg.EntityIRI(O, "x-"+strings.ToLower(o)), Type: O, Name: o})
		}
		return g
	}
	iri := func(g *kg.Graph, name string) string {
		for _, e := range g.Entities {
			if e.Name == name {
				return e.IRI
			}
		}
		return ""
	}
	type check struct {
		doc       int // index in graphs
		a, b      string
		same      bool
		otherDoc  int
		otherName string
	}
	for _, c := range []struct {
		name   string
		graphs []*kg.Graph
		checks []check
	}{
		{"short form, two organisations both name; the lone surname joins the one person",
			[]*kg.Graph{
				person("a", []string{"Vince Halloran"}, "Fenwick Party", "Exchequer Office"),
				person("b", []string{"Vincent Halloran"}, "Fenwick Party", "Exchequer Office", "Rowan Bank"),
				person("c", []string{"Halloran"}, "Fenwick Party", "Rowan Bank"),
			},
			[]check{{0, "Vince Halloran", "", true, 1, "Vincent Halloran"}, {2, "Halloran", "", true, 0, "Vince Halloran"}}},
		{"short form, no context in common",
			[]*kg.Graph{
				person("a", []string{"Bill Tenby"}, "Quarry Rovers"),
				person("b", []string{"William Tenby"}, "Marsh Opera"),
			},
			[]check{{0, "Bill Tenby", "", false, 1, "William Tenby"}}},
		{"another surname",
			[]*kg.Graph{
				person("a", []string{"Bill Tenby"}, "Quarry Rovers", "Marsh Opera"),
				person("b", []string{"William Tenbury"}, "Quarry Rovers", "Marsh Opera"),
			},
			[]check{{0, "Bill Tenby", "", false, 1, "William Tenbury"}}},
		{"the people around them, no one else of that surname",
			[]*kg.Graph{
				person("a", []string{"Carl Dunmore", "Steve Marlow", "Owen Pryce"}),
				person("b", []string{"Carl Dunmore", "Stephen Marlow", "Owen Pryce"}),
			},
			[]check{{0, "Steve Marlow", "", true, 1, "Stephen Marlow"}}},
		{"the people around them, another Marlow in the store",
			[]*kg.Graph{
				person("a", []string{"Carl Dunmore", "Steve Marlow", "Owen Pryce"}),
				person("b", []string{"Carl Dunmore", "Stephen Marlow", "Owen Pryce"}),
				person("c", []string{"Gareth Marlow", "Ian Tudor"}),
			},
			[]check{{0, "Steve Marlow", "", false, 1, "Stephen Marlow"}}},
		{"the people around them, an initial of that given name is no one else",
			[]*kg.Graph{
				person("a", []string{"Carl Dunmore", "Steve Marlow", "Owen Pryce"}),
				person("b", []string{"Carl Dunmore", "Stephen Marlow", "Owen Pryce"}),
				person("c", []string{"S Marlow", "Ian Tudor"}),
			},
			[]check{{0, "Steve Marlow", "", true, 1, "Stephen Marlow"}}},
	} {
		link(c.graphs)
		for _, k := range c.checks {
			x, y := iri(c.graphs[k.doc], k.a), iri(c.graphs[k.otherDoc], k.otherName)
			if x == "" || y == "" {
				t.Fatalf("%s: %s or %s is gone", c.name, k.a, k.otherName)
			}
			if (x == y) != k.same {
				t.Errorf("%s: %s is %s, %s is %s; want one: %v", c.name, k.a, x, k.otherName, y, k.same)
			}
		}
	}
	// The join leaves its rule, confidence and the context in common.
	a := person("a", []string{"Vince Halloran"}, "Fenwick Party", "Exchequer Office")
	b := person("b", []string{"Vincent Halloran"}, "Fenwick Party", "Exchequer Office")
	link([]*kg.Graph{a, b})
	ok := false
	for _, f := range append(a.Facts, b.Facts...) {
		ok = ok || f.Predicate == "alias" && f.Rule == ruleGivenVariant && f.Confidence == givenVariantConfidence && strings.Contains(f.Evidence, "x-fenwick-party")
	}
	if !ok {
		t.Errorf("want an alias fact with rule %s, got %+v / %+v", ruleGivenVariant, a.Facts, b.Facts)
	}
}
