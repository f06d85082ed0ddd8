package rdf

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/cayleygraph/quad"
)

// BenchmarkSortQuads sorts the quads of a store-sized export slice.
//
//	go test -run '^$' -bench BenchmarkSortQuads -count 6 ./internal/rdf
func BenchmarkSortQuads(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	base := make([]quad.Quad, 20000)
	for i := range base {
		base[i] = quad.Quad{
			Subject:   quad.IRI(fmt.Sprintf("https://graphbuild.dev/id/person/x-%d", r.IntN(3000))),
			Predicate: quad.IRI(fmt.Sprintf("https://graphbuild.dev/ns/prop#p%d", r.IntN(12))),
			Object:    quad.LangString{Value: quad.String(fmt.Sprintf("name %d", r.IntN(5000))), Lang: "ar"},
			Label:     quad.IRI(fmt.Sprintf("https://graphbuild.dev/doc/d%d", r.IntN(100))),
		}
	}
	qs := make([]quad.Quad, len(base))
	for b.Loop() {
		copy(qs, base)
		SortQuads(qs)
	}
}
