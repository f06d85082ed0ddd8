package identity_test

import (
	"cmp"
	"context"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
	"graphbuild/internal/store"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// word makes a pronounceable made-up word of 2 or 3 syllables.
func word(rng *rand.Rand) string {
	const cons, vows = "bdfgklmnprstvz", "aeiou"
	var b []byte
	for k := 0; k < 2+rng.Intn(2); k++ {
		b = append(b, cons[rng.Intn(len(cons))], vows[rng.Intn(len(vows))])
	}
	b[0] -= 'a' - 'A'
	return string(b)
}

// synthDoc is a document of ten entities with made-up names: people named
// in full and one by surname alone, organisations of two words.
func synthDoc(rng *rand.Rand, i int) *kg.Graph {
	g := &kg.Graph{Doc: kg.Document{ID: fmt.Sprintf("d%06d", i)}}
	add := func(t schema.Type, name string) {
		sk := text.Skeleton(name)
		slug := "n-" + strings.ReplaceAll(identity.Fold(name), " ", "-")
		if text.LongSkeleton(sk) {
			slug = "x-" + strings.ReplaceAll(sk, " ", "-")
		}
		g.Entities = append(g.Entities, kg.Entity{IRI: kg.EntityIRI(t, slug), Type: t, Name: name})
	}
	for k := 0; k < 4; k++ {
		add(schema.Person, word(rng)+" "+word(rng))
	}
	add(schema.Person, word(rng))
	for k := 0; k < 5; k++ {
		add(schema.Organization, word(rng)+" "+word(rng))
	}
	return g
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestLinkCostFlat (GRAPHBUILD_SCALE=1): linking the same batch of 20
// articles against stores of 1,000 and of 10,000 articles (or the sizes in
// GRAPHBUILD_SCALE_SIZES, on the backend in GRAPHBUILD_SCALE_BACKEND,
// leveldb by default) should cost about the same CPU time: the rules read
// a fixed number of index keys per entity, each key holds an entity once
// whatever number of articles name it, and a read stops at
// identity.MaxCandidates+1 entities. With keys stored per article and read
// whole it was 85 ms and 704 ms (8.3x) on leveldb.
func TestLinkCostFlat(t *testing.T) {
	if os.Getenv("GRAPHBUILD_SCALE") == "" {
		t.Skip("set GRAPHBUILD_SCALE=1 to measure")
	}
	ctx := context.Background()
	sizes := []int{1000, 10000}
	if v := os.Getenv("GRAPHBUILD_SCALE_SIZES"); v != "" {
		sizes = nil
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.Atoi(f)
			if err != nil {
				t.Fatalf("GRAPHBUILD_SCALE_SIZES: %v", err)
			}
			sizes = append(sizes, n)
		}
	}
	backend := cmp.Or(os.Getenv("GRAPHBUILD_SCALE_BACKEND"), "leveldb")
	opts := func() store.Options {
		if backend == "memstore" {
			return store.Options{Backend: backend}
		}
		return store.Options{Backend: backend, Path: t.TempDir()}
	}
	cost := map[int]time.Duration{}
	for _, n := range sizes {
		st, err := store.Open(ctx, opts())
		if err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewSource(1))
		for i := 0; i < n; i += 500 {
			var gs []*kg.Graph
			for j := i; j < i+500 && j < n; j++ {
				gs = append(gs, synthDoc(rng, j))
			}
			if _, err := st.WriteGraphs(ctx, gs); err != nil {
				t.Fatal(err)
			}
		}
		const runs = 5
		best := time.Duration(1 << 62)
		for r := 0; r < runs; r++ {
			brng := rand.New(rand.NewSource(99))
			var batch []*kg.Graph
			for j := 0; j < 20; j++ {
				batch = append(batch, synthDoc(brng, 1_000_000+j))
			}
			c0 := cpuTime()
			if _, err := identity.Link(ctx, batch, st.Identity()); err != nil {
				t.Fatal(err)
			}
			best = min(best, cpuTime()-c0)
		}
		cost[n] = best
		st.Close()
		t.Logf("%s store of %d articles: linking 20 articles took %v CPU (best of %d)", backend, n, best, runs)
	}
	small, large := sizes[0], sizes[len(sizes)-1]
	if ratio := float64(cost[large]) / float64(cost[small]); ratio > 2 {
		t.Errorf("linking cost grew %.1fx from %d to %d stored articles", ratio, small, large)
	}
}
