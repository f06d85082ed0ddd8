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

// TestIdentKeys: the identity key entries (identkeys.go) of a store that
// keeps them are exactly the identity quads a store made before them
// (identKeys false: the keys are quads) holds after the same writes
// (documents added, one replaced with a renamed entity, one rewritten
// unchanged, a failed write), the store holds no identity quad, and
// linking's Lookup answers the same from both.
func TestIdentKeys(t *testing.T) {
	for _, backend := range []string{"leveldb", "bbolt", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			s := openTest(t, testOptions(t, backend))
			if !s.identKeys {
				t.Fatal("a new store keeps no identity key entries")
			}
			// The store made before, in a place of its own (on postgres a
			// schema is named after the test that asks for it).
			var oldOpts Options
			t.Run("made-before", func(t *testing.T) { oldOpts = testOptions(t, backend) })
			old := openTest(t, oldOpts)
			old.identKeys = false
			write := func(ctx context.Context, gs ...*kg.Graph) error {
				if _, err := old.WriteGraphs(ctx, gs); err != nil {
					return err
				}
				_, err := s.WriteGraphs(ctx, gs)
				return err
			}
			var gs []*kg.Graph
			for i := range 6 {
				gs = append(gs, storetest.Synthetic(i))
			}
			gs = append(gs, storetest.Sample("a"), storetest.Sample("b"))
			if err := write(ctx, gs...); err != nil {
				t.Fatal(err)
			}
			all := slices.Clone(gs)
			checkIdentKeys(t, s, old, all)

			g := storetest.Synthetic(1)
			g.Doc.SHA256 = "changed"
			g.Entities[0].Name = "Renamed " + g.Entities[0].Name
			if err := write(ctx, g, storetest.Sample("a")); err != nil {
				t.Fatal(err)
			}
			all = append(all, g) // its old keys stay, as the quads do
			checkIdentKeys(t, s, old, all)

			bad := storetest.Synthetic(7)
			bad.Entities[0].Name = "Never Written"
			for _, st := range []*Store{old, s} {
				cctx, cancel := context.WithCancel(ctx)
				st.applyHook = func(d []graph.Delta, o graph.IgnoreOpts) ([]graph.Delta, graph.IgnoreOpts) {
					cancel() // the write fails while Cayley writes
					return d, o
				}
				if _, err := st.WriteGraphs(cctx, []*kg.Graph{bad}); err == nil {
					t.Fatal("the write did not fail")
				}
				st.applyHook = nil
			}
			checkIdentKeys(t, s, old, all)
		})
	}
}

// checkIdentKeys compares the entries of s with the identity quads of the
// entities of the graphs in old, checks that s holds no identity quad, and
// compares Lookup of all their keys in both.
func checkIdentKeys(t *testing.T, s, old *Store, gs []*kg.Graph) {
	t.Helper()
	want := map[string]bool{}
	var keys []string
	for _, g := range gs {
		for _, e := range g.Entities {
			res, err := old.Read(ctx, Out(e.IRI, IndexIdentity))
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range res[0] {
				k := q.Object.Native().(string)
				want[k+"\x00"+string(q.Subject.(quad.IRI))] = true
				keys = append(keys, k)
			}
			if res, err := s.Read(ctx, Out(e.IRI, IndexIdentity)); err != nil {
				t.Fatal(err)
			} else if len(res[0]) > 0 {
				t.Errorf("%s: %d identity quads in a store that keeps the entries", e.IRI, len(res[0]))
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
	fromEntries, err := identityIndex{s}.Lookup(ctx, keys)
	if err != nil {
		t.Fatal(err)
	}
	fromQuads, err := identityIndex{old}.Lookup(ctx, keys)
	if err != nil {
		t.Fatal(err)
	}
	sortCands := func(m map[string][]identity.Candidate) {
		for _, cs := range m {
			slices.SortFunc(cs, func(a, b identity.Candidate) int { return strings.Compare(a.IRI, b.IRI) })
		}
	}
	levelSeek = false
	scanned, err := identityIndex{s}.Lookup(ctx, keys)
	levelSeek = true
	if err != nil {
		t.Fatal(err)
	}
	sortCands(fromEntries)
	sortCands(fromQuads)
	sortCands(scanned)
	if len(fromQuads) == 0 || !reflect.DeepEqual(fromEntries, fromQuads) {
		t.Errorf("Lookup of %d keys: from the entries %v, from the quads %v", len(keys), fromEntries, fromQuads)
	}
	if !reflect.DeepEqual(fromEntries, scanned) {
		t.Errorf("Lookup of %d keys: with one leveldb iterator %v, with hidalgo's scans %v", len(keys), fromEntries, scanned)
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
