package store

import (
	"fmt"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store/storetest"
	"graphbuild/schema"
)

// BenchmarkBackends measures what chose DefaultBackend (see backends.go):
// loading benchDocs synthetic articles in one transaction, replacing one
// changed article, and a two-hop traversal (the colleagues' employers of
// an organization). Run it with
//
//	go test -run '^$' -bench BenchmarkBackends -benchtime 10x -count 6 ./internal/store > bench.txt
//	benchstat -col /backend bench.txt
func BenchmarkBackends(b *testing.B) {
	const benchDocs = 200
	graphs := make([]*kg.Graph, benchDocs)
	for i := range graphs {
		graphs[i] = storetest.Synthetic(i)
	}
	changed := storetest.Synthetic(benchDocs / 2)
	changed.Facts = changed.Facts[1:]
	changed.Doc.SHA256 = "changed"
	org := kg.EntityIRI(schema.Organization, "org-3")
	for _, backend := range []string{"leveldb", "bbolt", "bolt", "memstore"} {
		if backend == "bolt" && !boltUsable() {
			continue
		}
		b.Run(fmt.Sprintf("op=load/backend=%s", backend), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				s := openTest(b, testOptions(b, backend))
				b.StartTimer()
				if _, err := s.WriteGraphs(ctx, graphs); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(b.N*quadsOf(b, graphs))/b.Elapsed().Seconds(), "quads/s")
		})
		s := openTest(b, testOptions(b, backend))
		if _, err := s.WriteGraphs(ctx, graphs); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("op=replace/backend=%s", backend), func(b *testing.B) {
			i := 0
			for b.Loop() {
				g := changed
				if i%2 == 1 {
					g = graphs[benchDocs/2]
				}
				i++
				if _, err := s.WriteGraphs(ctx, []*kg.Graph{g}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("op=2hop/backend=%s", backend), func(b *testing.B) {
			for b.Loop() {
				res, err := s.Traverse(ctx, []string{org}, "^worksAt", "worksAt")
				if err != nil || len(res) == 0 {
					b.Fatal(len(res), err)
				}
			}
		})
		b.Run(fmt.Sprintf("op=readdoc/backend=%s", backend), func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Graphs(ctx, graphs[7].Doc.IRI()); err != nil {
					b.Fatal(err)
				}
			}
		})
		s.Close()
	}
}

func quadsOf(b *testing.B, gs []*kg.Graph) int {
	n := 0
	for _, g := range gs {
		qs, err := rdf.Quads(g)
		if err != nil {
			b.Fatal(err)
		}
		n += len(qs)
	}
	return n
}
