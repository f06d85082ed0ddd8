package query

import (
	"context"
	"errors"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/internal/store"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// TestResolveTransliterated: a Latin name finds an entity only an Arabic
// article names, and the reverse, through the consonant-skeleton key; a
// short name does not (its key is its exact name).
func TestResolveTransliterated(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, store.Options{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	key := func(name string) string {
		sk := text.Skeleton(name)
		if !text.LongSkeleton(sk) {
			return "n-" + text.FoldName(name)
		}
		return "x-" + text.Skeleton(name)
	}
	ent := func(ty schema.Type, name string) kg.Entity {
		return kg.Entity{IRI: kg.EntityIRI(ty, key(name)), Type: ty, Name: name}
	}
	ar := &kg.Graph{Doc: kg.Document{ID: "ar", Lang: "ar"}, Entities: []kg.Entity{
		ent(schema.Person, "ديفيد كاميرون"), ent(schema.Organization, "رقيم")}}
	en := &kg.Graph{Doc: kg.Document{ID: "en", Lang: "en"}, Entities: []kg.Entity{ent(schema.Person, "Omar al-Shammari")}}
	if _, err := st.WriteGraphs(ctx, []*kg.Graph{ar, en}); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"David Cameron": "ديفيد كاميرون",
		"عمر الشمري":    "Omar al-Shammari",
	} {
		e, err := Resolve(ctx, st, name)
		if err != nil || e.Name != want {
			t.Errorf("Resolve(%q) = %+v, %v; want %s", name, e, err, want)
		}
	}
	if _, err := Resolve(ctx, st, "Raqeem"); !errors.Is(err, ErrNoMatch) {
		t.Errorf("Resolve(Raqeem) = %v; a short name is not looked up by its skeleton", err)
	}
}
