package store

import (
	"context"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
	"graphbuild/internal/store/storetest"
)

// TestIdentKeys: the identity key entries (identkeys.go) are exactly the
// store's identity quads after every write (documents added, one replaced
// with a renamed entity, one rewritten unchanged, a failed write), and
// linking's Lookup answers the same from them as from Cayley's index.
func TestIdentKeys(t *testing.T) {
	for _, backend := range []string{"leveldb", "bbolt", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			s := openTest(t, testOptions(t, backend))
			if !s.identKeys {
				t.Fatal("a new store keeps no identity key entries")
			}
			var gs []*kg.Graph
			for i := range 6 {
				gs = append(gs, storetest.Synthetic(i))
			}
			gs = append(gs, storetest.Sample("a"), storetest.Sample("b"))
			if _, err := s.WriteGraphs(ctx, gs); err != nil {
				t.Fatal(err)
			}
			all := slices.Clone(gs)
			checkIdentKeys(t, s, all)

			g := storetest.Synthetic(1)
			g.Doc.SHA256 = "changed"
			g.Entities[0].Name = "Renamed " + g.Entities[0].Name
			if _, err := s.WriteGraphs(ctx, []*kg.Graph{g, storetest.Sample("a")}); err != nil {
				t.Fatal(err)
			}
			all = append(all, g) // its old keys stay, as the quads do
			checkIdentKeys(t, s, all)

			bad := storetest.Synthetic(7)
			bad.Entities[0].Name = "Never Written"
			cctx, cancel := context.WithCancel(ctx)
			s.applyHook = func(d []graph.Delta, o graph.IgnoreOpts) ([]graph.Delta, graph.IgnoreOpts) {
				cancel() // the write fails while Cayley writes
				return d, o
			}
			if _, err := s.WriteGraphs(cctx, []*kg.Graph{bad}); err == nil {
				t.Fatal("the write did not fail")
			}
			s.applyHook = nil
			checkIdentKeys(t, s, all)
		})
	}
}

// checkIdentKeys compares the entries with the identity quads of the
// entities of the graphs, and Lookup of all their keys both ways.
func checkIdentKeys(t *testing.T, s *Store, gs []*kg.Graph) {
	t.Helper()
	want := map[string]bool{}
	var keys []string
	for _, g := range gs {
		for _, e := range g.Entities {
			res, err := s.Read(ctx, Out(e.IRI, IndexIdentity))
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range res[0] {
				k := q.Object.Native().(string)
				want[k+"\x00"+string(q.Subject.(quad.IRI))] = true
				keys = append(keys, k)
			}
		}
	}
	got := map[string]bool{}
	for k := range entries(t, s, iBucket) {
		got[k] = true
	}
	if len(want) == 0 || !maps.Equal(got, want) {
		t.Errorf("entries %d, identity quads %d; differ: %s", len(got), len(want), diffKeys(got, want))
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	ix := identityIndex{s}
	fromEntries, err := ix.Lookup(ctx, keys)
	if err != nil {
		t.Fatal(err)
	}
	s.identKeys = false
	fromQuads, err := ix.Lookup(ctx, keys)
	s.identKeys = true
	if err != nil {
		t.Fatal(err)
	}
	sortCands := func(m map[string][]identity.Candidate) {
		for _, cs := range m {
			slices.SortFunc(cs, func(a, b identity.Candidate) int { return strings.Compare(a.IRI, b.IRI) })
		}
	}
	sortCands(fromEntries)
	sortCands(fromQuads)
	if len(fromQuads) == 0 || !reflect.DeepEqual(fromEntries, fromQuads) {
		t.Errorf("Lookup of %d keys: from the entries %v, from the quads %v", len(keys), fromEntries, fromQuads)
	}
}

func diffKeys(a, b map[string]bool) string {
	var d []string
	for k := range a {
		if !b[k] {
			d = append(d, fmt.Sprintf("+%q", k))
		}
	}
	for k := range b {
		if !a[k] {
			d = append(d, fmt.Sprintf("-%q", k))
		}
	}
	slices.Sort(d)
	return strings.Join(d, " ")
}
