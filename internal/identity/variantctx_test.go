package identity

import (
	"context"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/schema"
)

// TestVariantContext: a person's name one letter from the name its key goes
// by stays on the key when its article names an organisation an article of
// the other spelling names (Darren Campell and Darren Campbell, both naming
// UK Athletics), and is keyed apart when none is shared (John Houston of
// UKIP, John Huston of the Academy), whether the other spelling is in the
// batch or only in the store.
func TestVariantContext(t *testing.T) {
	P, O := schema.Person, schema.Organization
	org := func(name string) kg.Entity { return kg.Entity{IRI: kg.EntityIRI(O, "n-"+name), Type: O, Name: name} }
	person := func(id, key, name string, orgs ...string) *kg.Graph {
		g := doc(id, kg.Entity{IRI: kg.EntityIRI(P, key), Type: P, Name: name})
		for _, o := range orgs {
			g.Entities = append(g.Entities, org(o))
		}
		return g
	}
	huston := kg.EntityIRI(P, "x-kn-stn")
	campbell := kg.EntityIRI(P, "x-trn-kmbl")
	for _, inStore := range []bool{false, true} {
		canon := []*kg.Graph{
			person("a1", "x-kn-stn", "John Huston", "academy"), person("a2", "x-kn-stn", "John Huston", "academy"),
			person("c1", "x-trn-kmbl", "Darren Campbell", "athletics"), person("c2", "x-trn-kmbl", "Darren Campbell", "athletics"),
		}
		houston := person("b", "x-kn-stn", "John Houston", "ukip")
		campell := person("d", "x-trn-kmbl", "Darren Campell", "athletics", "iaaf")
		batch := []*kg.Graph{houston, campell}
		var stored Index
		if inStore {
			stored = NewBatchIndex(canon)
		} else {
			batch = append(batch, canon...)
		}
		if _, err := Link(context.Background(), batch, stored); err != nil {
			t.Fatal(err)
		}
		if got := houston.Entities[0].IRI; got == huston {
			t.Errorf("store %v: John Houston kept John Huston's key", inStore)
		}
		if got := campell.Entities[0].IRI; got != campbell {
			t.Errorf("store %v: Darren Campell is %s, want Darren Campbell's key", inStore, got)
		}
	}
}
