package store

import (
	"context"
	"math/rand/v2"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"
)

// BenchmarkIdentityLookupStored measures the store's side of linking a
// batch (identityIndex.Lookup) on a built store: the keys of 500 entities
// the store holds, drawn with a fixed seed (their number of documents as
// in the store, from 1 to thousands; another 500 each time, up to ten
// samples), looked up at once as identity.Link does for a batch: the
// keys' entities from the identity key entries (identkeys.go) or from
// Cayley's index, the names and document counts from the query index or
// from the name quads (up to maxNameReads per candidate). It reports CPU
// milliseconds per lookup. It needs a store:
//
//	GRAPHBUILD_BENCH_STORE=DIR go test -run '^$' -bench IdentityLookupStored -benchtime 10x -count 3 ./internal/store
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
	// Ten disjoint samples of 500 entities: each lookup reads keys the
	// ones before did not, as each batch of a build does (a warm block
	// cache would flatter a bigger one).
	// Each entity's keys: from the identity key entries of a store that
	// keeps them (it may hold no identity quads, identkeys.go), else from
	// the quads.
	var entKeys map[string][]string
	if s.identKeys {
		entKeys = map[string][]string{}
		err := hkv.View(ctx, s.kvdb, func(tx hkv.Tx) error {
			return hkv.Each(ctx, tx, func(k hkv.Key, _ hkv.Value) error {
				if key, ent, ok := strings.Cut(string(k[1]), "\x00"); ok {
					entKeys[ent] = append(entKeys[ent], key)
				}
				return nil
			}, options.WithPrefixKV(hkv.Key{iBucket}))
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	var samples [][]string
	quadKeys := false // the store holds identity quads
	for i := 0; i < 10 && (i+1)*500 <= len(ents); i++ {
		ls := make([]Lookup, 0, 500)
		for _, e := range ents[i*500 : (i+1)*500] {
			ls = append(ls, Out(e.IRI, IndexIdentity))
		}
		res, err := s.Read(ctx, ls...)
		if err != nil {
			b.Fatal(err)
		}
		var keys []string
		for j, qs := range res {
			for _, q := range qs {
				if v, ok := q.Object.Native().(string); ok {
					quadKeys = true
					if entKeys == nil {
						keys = append(keys, v)
					}
				}
			}
			if entKeys != nil {
				keys = append(keys, entKeys[ents[i*500+j].IRI]...)
			}
		}
		samples = append(samples, keys)
	}
	if len(samples) == 0 {
		b.Skip("fewer than 500 entities")
	}
	ix := identityIndex{s}
	keyEntries := s.identKeys
	for _, c := range []struct {
		name         string
		keys, qindex bool
	}{{"keys=entries/names=query-index", true, true}, {"keys=quads/names=query-index", false, true}, {"keys=quads/names=quads", false, false}} {
		if c.keys && !keyEntries {
			continue // a store made before the entries
		}
		if !c.keys && !quadKeys {
			continue // a store that keeps the keys as entries alone
		}
		b.Run(c.name, func(b *testing.B) {
			s.identKeys, s.queryIndex = c.keys, c.qindex
			defer func() { s.identKeys, s.queryIndex = keyEntries, true }()
			c0 := cpuTime()
			nkeys, i := 0, 0
			for b.Loop() {
				keys := samples[i%len(samples)]
				i++
				nkeys += len(keys)
				if _, err := ix.Lookup(ctx, keys); err != nil {
					b.Fatal(err)
				}
			}
			// CPU per lookup: on a shared machine the wall time is mostly
			// waiting for a core.
			b.ReportMetric((cpuTime()-c0).Seconds()*1e3/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(nkeys)/float64(b.N), "keys/op")
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
