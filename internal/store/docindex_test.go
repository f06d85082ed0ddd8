package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store/storetest"
)

func nquadStrings(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	slices.Sort(out)
	return out
}

// The label index gives a document's quads, the same as reading them
// through its nodes, on every backend; a new key-value store has it.
func TestLabelIndex(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s := openTest(t, testOptions(t, backend))
		if !s.labelIndex {
			t.Fatalf("a new %s store has no label index", backend)
		}
		var gs []*kg.Graph
		for i := range 20 {
			gs = append(gs, storetest.Synthetic(i))
		}
		if _, err := s.WriteGraphs(ctx, gs); err != nil {
			t.Fatal(err)
		}
		// Replace half of them with a changed version: the dead quads the
		// index still lists are not read back.
		for i := 0; i < 20; i += 2 {
			g := storetest.Synthetic(i)
			g.Facts = g.Facts[1:]
			g.Doc.SHA256 = "changed"
			gs[i] = g
		}
		if _, err := s.WriteGraphs(ctx, gs); err != nil {
			t.Fatal(err)
		}
		for _, g := range gs {
			byLabel, err := s.docQuads(ctx, g.Doc.IRI())
			if err != nil {
				t.Fatal(err)
			}
			byNodes, err := s.docQuadsByNodes(ctx, g.Doc.IRI())
			if err != nil {
				t.Fatal(err)
			}
			want, _ := rdf.Quads(g)
			if !s.queryIndex {
				want = append(want, indexQuads(g)...)
			}
			if a, b, w := nquadStrings(byLabel), nquadStrings(byNodes), nquadStrings(want); !slices.Equal(a, w) || !slices.Equal(b, w) {
				t.Errorf("%s: %d quads by label, %d by nodes, want %d", g.Doc.ID, len(a), len(b), len(w))
			}
		}
		checkStore(t, s, gs...)
	})
}

// A write cancelled inside the backend's transaction (Ctrl-C during a
// long write) is rolled back: the store is as it was, and takes the next
// write.
func TestCancelledWriteLeavesStore(t *testing.T) {
	for _, backend := range []string{"leveldb", "bbolt"} {
		t.Run(backend, func(t *testing.T) {
			s := openTest(t, testOptions(t, backend))
			a := storetest.Sample("a")
			if _, err := s.WriteGraphs(ctx, []*kg.Graph{a}); err != nil {
				t.Fatal(err)
			}
			c := storetest.Synthetic(3)
			cctx, cancel := context.WithCancel(ctx)
			s.applyHook = func(d []graph.Delta, o graph.IgnoreOpts) ([]graph.Delta, graph.IgnoreOpts) {
				cancel() // as if Ctrl-C came while Cayley writes
				return d, o
			}
			if _, err := s.WriteGraphs(cctx, []*kg.Graph{c}); err == nil || !strings.Contains(err.Error(), "canceled") {
				t.Fatalf("err = %v, want the cancellation", err)
			}
			s.applyHook = nil
			checkStore(t, s, a)
			if _, err := s.WriteGraphs(ctx, []*kg.Graph{c}); err != nil {
				t.Fatal(err)
			}
			checkStore(t, s, a, c)
		})
	}
}

// BenchmarkReplaceAtScale replaces one article of stores of 200 and 2,000
// synthetic articles that share their entities, reading the old version
// through the label index or, as stores made before it, through every
// quad of the nodes it links to. Linear writes: the label index costs the
// same at both sizes.
//
//	go test -run '^$' -bench BenchmarkReplaceAtScale -benchtime 20x -count 6 ./internal/store
func BenchmarkReplaceAtScale(b *testing.B) {
	for _, n := range []int{200, 2000} {
		s := openTest(b, testOptions(b, "leveldb"))
		var gs []*kg.Graph
		for i := range n {
			gs = append(gs, storetest.Synthetic(i))
			if len(gs) == 200 {
				if _, err := s.WriteGraphs(ctx, gs); err != nil {
					b.Fatal(err)
				}
				gs = nil
			}
		}
		orig := storetest.Synthetic(n / 2)
		changed := storetest.Synthetic(n / 2)
		changed.Facts = changed.Facts[1:]
		changed.Doc.SHA256 = "changed"
		for _, read := range []string{"label", "nodes"} {
			b.Run(fmt.Sprintf("docs=%d/read=%s", n, read), func(b *testing.B) {
				s.labelIndex = read == "label"
				i := 0
				for b.Loop() {
					g := changed
					if i%2 == 1 {
						g = orig
					}
					i++
					if _, err := s.WriteGraphs(ctx, []*kg.Graph{g}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
