package store

import (
	"testing"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/store/storetest"
)

// TestStoredTriple: storedTriple finds each identity quad a written graph
// left, under its own label or another (a store made before labels them
// IdentityGraph), and no quad that differs from one in its object or
// subject or names a node the store lacks; and a store holding the
// identity quads already takes a second document naming the same entities
// with the count of quads unchanged by them. WriteGraphs asks it in a
// store that keeps the identity keys as quads: one made before the
// identity key entries (identkeys.go).
func TestStoredTriple(t *testing.T) {
	s := openTest(t, testOptions(t, "leveldb"))
	s.identKeys = false
	a := storetest.Sample("ar-1")
	if _, err := s.WriteGraphs(ctx, []*kg.Graph{a}); err != nil {
		t.Fatal(err)
	}
	ident := identityQuads(a)
	if len(ident) == 0 {
		t.Fatal("the sample has no identity quads")
	}
	for _, q := range ident {
		if q.Label != q.Subject {
			t.Errorf("identity quad %s: its label is not its entity", q.NQuad())
		}
		for _, l := range []quad.Value{q.Label, quad.IRI(IdentityGraph), quad.IRI(a.Doc.IRI())} {
			m := q
			m.Label = l
			if held, err := s.storedTriple(ctx, m); err != nil || !held {
				t.Errorf("storedTriple(%s) = %v, %v; want true", m.NQuad(), held, err)
			}
		}
	}
	q := ident[0]
	other := ident[len(ident)-1]
	for name, m := range map[string]quad.Quad{
		"another key":    {Subject: q.Subject, Predicate: q.Predicate, Object: quad.String("nm|no such key"), Label: q.Label},
		"another entity": {Subject: quad.IRI("https://graphbuild.dev/id/person/nobody"), Predicate: q.Predicate, Object: q.Object, Label: q.Label},
	} {
		if m == other {
			continue
		}
		if held, err := s.storedTriple(ctx, m); err != nil || held {
			t.Errorf("%s: storedTriple(%s) = %v, %v; want false", name, m.NQuad(), held, err)
		}
	}
	// The same document again under another id: its identity quads are
	// all held, and the store holds each once.
	b := storetest.Sample("ar-1")
	b.Doc.ID = "ar-1-copy"
	if _, err := s.WriteGraphs(ctx, []*kg.Graph{b}); err != nil {
		t.Fatal(err)
	}
	checkStore(t, s, a, b)
}
