package store

import (
	"context"
	"math/rand/v2"
	"os"
	"syscall"
	"testing"
	"time"
)

// BenchmarkIdentityLookupStored measures the store's side of linking a
// batch (identityIndex.Lookup) on a built store: the keys of 500 entities
// the store holds, drawn with a fixed seed (their number of documents as
// in the store, from 1 to thousands), looked up at once as identity.Link
// does for a batch, with the names and document counts read from the
// query index and, for comparison, from the name quads (up to
// maxNameReads per candidate). It needs a store:
//
//	GRAPHBUILD_BENCH_STORE=DIR go test -run '^$' -bench IdentityLookupStored -benchtime 20x -count 5 ./internal/store
func BenchmarkIdentityLookupStored(b *testing.B) {
	dir := os.Getenv("GRAPHBUILD_BENCH_STORE")
	if dir == "" {
		b.Skip("set GRAPHBUILD_BENCH_STORE to a store directory")
	}
	ctx := context.Background()
	s, err := Open(ctx, Options{Path: dir, ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if !s.HasQueryIndex() {
		b.Skip("the store has no query index")
	}
	ents, _, err := s.EntitiesByDocs(ctx, 1, 0)
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(ents), func(i, j int) { ents[i], ents[j] = ents[j], ents[i] })
	ls := make([]Lookup, 0, 500)
	for _, e := range ents[:min(500, len(ents))] {
		ls = append(ls, Out(e.IRI, IndexIdentity))
	}
	res, err := s.Read(ctx, ls...)
	if err != nil {
		b.Fatal(err)
	}
	var keys []string
	for _, qs := range res {
		for _, q := range qs {
			if v, ok := q.Object.Native().(string); ok {
				keys = append(keys, v)
			}
		}
	}
	ix := identityIndex{s}
	for _, c := range []struct {
		name  string
		index bool
	}{{"names=query-index", true}, {"names=quads", false}} {
		b.Run(c.name, func(b *testing.B) {
			s.queryIndex = c.index
			defer func() { s.queryIndex = true }()
			c0 := cpuTime()
			for b.Loop() {
				if _, err := ix.Lookup(ctx, keys); err != nil {
					b.Fatal(err)
				}
			}
			// CPU per lookup: on a shared machine the wall time is mostly
			// waiting for a core.
			b.ReportMetric((cpuTime()-c0).Seconds()*1e3/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(len(keys)), "keys")
		})
	}
}

// cpuTime is the CPU time (user and system) of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
