package identity_test

import (
	"context"
	"testing"

	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
	"graphbuild/internal/store"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

func skel(t schema.Type, name string) kg.Entity {
	sk := []rune(text.Skeleton(name))
	for i, r := range sk {
		if r == ' ' {
			sk[i] = '-'
		}
	}
	return kg.Entity{IRI: kg.EntityIRI(t, "x-"+string(sk)), Type: t, Name: name}
}

// TestLinkToStore: a batch links to the entities a store already holds
// through the store's identity index, as to those of its own batch.
func TestLinkToStore(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, store.Options{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	en := &kg.Graph{Doc: kg.Document{ID: "en"}, Entities: []kg.Entity{skel(schema.Organization, "Emirates Grid"), skel(schema.Person, "David Chen")}}
	if _, err := st.WriteGraphs(ctx, []*kg.Graph{en}); err != nil {
		t.Fatal(err)
	}
	ar := &kg.Graph{Doc: kg.Document{ID: "ar"}, Entities: []kg.Entity{skel(schema.Organization, "إمارات غريد"), skel(schema.Person, "ديفيد تشان"),
		{IRI: kg.EntityIRI(schema.Organization, "n-نوفا"), Type: schema.Organization, Name: "نوفا"}}}
	n, err := identity.Link(ctx, []*kg.Graph{ar}, st.Identity())
	if err != nil {
		t.Fatal(err)
	}
	if ar.Entities[0].IRI != en.Entities[0].IRI {
		t.Errorf("إمارات غريد (%s) was not joined to the stored Emirates Grid (%s)", ar.Entities[0].IRI, en.Entities[0].IRI)
	}
	if n != 1 {
		t.Errorf("%d links, want 1 (only Emirates Grid has a near miss in the other script)", n)
	}
	if err := ar.Validate(); err != nil {
		t.Errorf("graph after linking: %v", err)
	}
}
