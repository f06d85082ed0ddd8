package identity

import (
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/schema"
)

// TestTypeVoteThing: a name of two words or more typed Organization in one
// article and Product in another is one thing (rule type-vote-thing): the
// type more articles give wins, a tie going to the product; a person and an
// organisation of one name at a tie stay apart.
func TestTypeVoteThing(t *testing.T) {
	P, O, Pr := schema.Person, schema.Organization, schema.Product
	for _, c := range []struct {
		name    string
		a, b    schema.Type
		na      int // articles typing it a
		want    schema.Type
		joinAll bool
	}{
		{"tie goes to the product", O, Pr, 1, Pr, true},
		{"more articles win", O, Pr, 2, O, true},
		{"person and organisation stay apart", P, O, 1, "", false},
	} {
		var gs []*kg.Graph
		for i := 0; i < c.na; i++ {
			gs = append(gs, doc(string(rune('a'+i)), kg.Entity{IRI: kg.EntityIRI(c.a, "x-str-trk"), Type: c.a, Name: "Star Trek"}))
		}
		b := doc("z", kg.Entity{IRI: kg.EntityIRI(c.b, "x-str-trk"), Type: c.b, Name: "Star Trek"})
		gs = append(gs, b)
		link(gs)
		same := gs[0].Entities[0].IRI == b.Entities[0].IRI
		if same != c.joinAll {
			t.Errorf("%s: joined %v, want %v", c.name, same, c.joinAll)
			continue
		}
		if same && (gs[0].Entities[0].Type != c.want || b.Entities[0].Type != c.want) {
			t.Errorf("%s: types %s / %s, want %s", c.name, gs[0].Entities[0].Type, b.Entities[0].Type, c.want)
		}
	}
}
