package build

import (
	"context"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/internal/store"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

func graphOf(id string, ents ...kg.Entity) *kg.Graph {
	return &kg.Graph{Doc: kg.Document{ID: id}, Entities: ents}
}

func ent(t schema.Type, name string) kg.Entity {
	return kg.Entity{IRI: kg.EntityIRI(t, "x-"+joinSkeleton(name)), Type: t, Name: name}
}

func joinSkeleton(name string) string {
	s := text.Skeleton(name)
	out := []rune{}
	for _, r := range s {
		if r == ' ' {
			r = '-'
		}
		out = append(out, r)
	}
	return string(out)
}

func TestLinkAcrossLanguages(t *testing.T) {
	ar := graphOf("ar", ent(schema.Organization, "إمارات غريد"), ent(schema.Person, "لينا تشين"), ent(schema.Person, "ديفيد تشين"))
	en := graphOf("en", ent(schema.Organization, "Emirates Grid"), ent(schema.Person, "Linda Chen"), ent(schema.Person, "David Chen"))
	ar.Facts = []kg.Fact{{Subject: ar.Entities[0].IRI, Predicate: "locatedIn", Object: "x"}}
	n := LinkAcrossLanguages([]*kg.Graph{ar, en})
	if ar.Entities[0].IRI != en.Entities[0].IRI {
		t.Errorf("إمارات غريد (%s) and Emirates Grid (%s): want one IRI", ar.Entities[0].IRI, en.Entities[0].IRI)
	}
	if ar.Facts[0].Subject != en.Entities[0].IRI {
		t.Errorf("the fact's subject was not renamed: %s", ar.Facts[0].Subject)
	}
	var alias *kg.Fact
	for i, f := range ar.Facts {
		if f.Rule == "transliteration-similarity" && f.Subject == en.Entities[0].IRI {
			alias = &ar.Facts[i]
		}
	}
	if alias == nil || alias.Confidence < linkThreshold || alias.Confidence >= 1 || alias.Value.Text != "Emirates Grid" {
		t.Errorf("want an alias fact with a confidence in [%.2f, 1), got %+v", linkThreshold, alias)
	}
	// "لينا تشين" is one letter off "Linda Chen" in its first name only;
	// David Chen shares just the surname and must stay apart.
	if ar.Entities[2].IRI == en.Entities[1].IRI {
		t.Errorf("ديفيد تشين joined Linda Chen")
	}
	if n == 0 {
		t.Errorf("no links made")
	}
}

func TestLinkToStore(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, store.Options{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	en := graphOf("en", ent(schema.Organization, "Emirates Grid"), ent(schema.Person, "David Chen"))
	if _, err := st.WriteGraphs(ctx, []*kg.Graph{en}); err != nil {
		t.Fatal(err)
	}
	ar := graphOf("ar", ent(schema.Organization, "إمارات غريد"), ent(schema.Person, "ديفيد تشان"), ent(schema.Organization, "نوفا"))
	n, err := LinkToStore(ctx, st, []*kg.Graph{ar})
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
