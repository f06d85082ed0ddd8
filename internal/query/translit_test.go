package query

import (
	"context"
	"errors"
	"strings"
	"testing"

	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
	"graphbuild/internal/store"
	"graphbuild/schema"
)

// translitStore holds entities each named in one script only, keyed as the
// entities stage keys them (identity.NameKey), with the identity index a
// build writes.
func translitStore(t *testing.T) *store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, store.Options{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ent := func(ty schema.Type, name string) kg.Entity {
		return kg.Entity{IRI: kg.EntityIRI(ty, identity.NameKey(ty, name)), Type: ty, Name: name}
	}
	P, O := schema.Person, schema.Organization
	gs := []*kg.Graph{
		{Doc: kg.Document{ID: "ar1", Lang: "ar"}, Entities: []kg.Entity{
			ent(P, "ديفيد كاميرون"), ent(O, "رقيم"), ent(P, "تيني")}},
		{Doc: kg.Document{ID: "ar2", Lang: "ar"}, Entities: []kg.Entity{
			ent(P, "ديفيد كالميرون"),         // a consonant more than David Cameron: a skeleton near miss
			ent(P, "كريم"), ent(O, "كريم")}}, // one name for two things
		{Doc: kg.Document{ID: "en1", Lang: "en"}, Entities: []kg.Entity{
			ent(P, "Omar al-Shammari"), ent(O, "Medra")}},
	}
	if _, err := st.WriteGraphs(ctx, gs); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestResolveTransliterated: a Latin name finds an entity only an Arabic
// article names, and the reverse, through the identity index; the one
// transliteration checked both ways wins over a skeleton near miss; a
// short name needs the check both ways; a tie lists the candidates with
// their similarity.
func TestResolveTransliterated(t *testing.T) {
	ctx := context.Background()
	st := translitStore(t)
	for _, c := range []struct {
		name, want string
		ambiguous  []string // the candidates listed, in order
	}{
		{name: "David Cameron", want: "ديفيد كاميرون"},
		{name: "عمر الشمري", want: "Omar al-Shammari"},
		{name: "Raqeem", want: "رقيم"},
		{name: "Raqeem AI", want: "رقيم"},
		{name: "ميدرا", want: "Medra"},
		{name: "Dina"}, // تيني: the consonants agree, the vowels do not
		{name: "Tina"}, // تيني ends in ي, not a
		{name: "Karim", ambiguous: []string{"organization/n-كريم", "person/n-كريم"}},
		{name: "David Kalmeron", want: "ديفيد كالميرون"},
		{name: "Davis Cameron", want: "ديفيد كاميرون"},                                   // a near miss, the only candidate
		{name: "David Kanmeron", ambiguous: []string{"ديفيد كالميرون", "ديفيد كاميرون"}}, // two near misses
	} {
		e, err := Resolve(ctx, st, c.name)
		switch {
		case c.want != "":
			if err != nil || e.Name != c.want {
				t.Errorf("Resolve(%q) = %+v, %v; want %s", c.name, e, err, c.want)
			}
		case c.ambiguous != nil:
			msg := ""
			if err != nil {
				msg = err.Error()
			}
			if !errors.Is(err, ErrUsage) || !strings.Contains(msg, "similarity") {
				t.Errorf("Resolve(%q) = %+v, %v; want the candidates listed", c.name, e, err)
				continue
			}
			last := -1
			for _, n := range c.ambiguous {
				i := strings.Index(msg, n)
				if i < last {
					t.Errorf("Resolve(%q): %q listed out of order in\n%s", c.name, n, msg)
				}
				last = i
			}
		default:
			if e != nil || !errors.Is(err, ErrNoMatch) {
				t.Errorf("Resolve(%q) = %+v, %v; want no match", c.name, e, err)
			}
		}
	}
}
