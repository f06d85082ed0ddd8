package store

import (
	"testing"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/store/storetest"
)

// TestStoredQuad: storedQuad finds each identity quad a written graph
// left, and no quad that differs from one in a single place (object,
// subject, label) or names a node the store lacks; and a store holding
// the identity quads already takes a second document naming the same
// entities with the count of quads unchanged by them.
func TestStoredQuad(t *testing.T) {
	s := openTest(t, testOptions(t, "leveldb"))
	a := storetest.Sample("ar-1")
	if _, err := s.WriteGraphs(ctx, []*kg.Graph{a}); err != nil {
		t.Fatal(err)
	}
	ident := identityQuads(a)
	if len(ident) == 0 {
		t.Fatal("the sample has no identity quads")
	}
	for _, q := range ident {
		if held, err := s.storedQuad(ctx, q); err != nil || !held {
			t.Errorf("storedQuad(%s) = %v, %v; want true", q.NQuad(), held, err)
		}
	}
	q := ident[0]
	other := ident[len(ident)-1]
	for name, m := range map[string]quad.Quad{
		"another key":    {Subject: q.Subject, Predicate: q.Predicate, Object: quad.String("nm|no such key"), Label: q.Label},
		"another label":  {Subject: q.Subject, Predicate: q.Predicate, Object: q.Object, Label: quad.IRI(a.Doc.IRI())},
		"no label":       {Subject: q.Subject, Predicate: q.Predicate, Object: q.Object},
		"another entity": {Subject: quad.IRI("https://graphbuild.dev/id/person/nobody"), Predicate: q.Predicate, Object: q.Object, Label: q.Label},
	} {
		if m == other {
			continue
		}
		if held, err := s.storedQuad(ctx, m); err != nil || held {
			t.Errorf("%s: storedQuad(%s) = %v, %v; want false", name, m.NQuad(), held, err)
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
