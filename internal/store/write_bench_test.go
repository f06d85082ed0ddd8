package store_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"graphbuild/internal/build"
	"graphbuild/internal/kg"
	"graphbuild/internal/store"
)

// BenchmarkWriteBuild is the store side of a build: the graphs of a JSON
// lines corpus (extracted once, before the timer) written into a new
// leveldb store, $GRAPHBUILD_BENCH_BATCH documents per WriteGraphs (default
// 100), and the store closed (which compacts it). It reports the process's
// CPU seconds per build (leveldb compacts in goroutines of its own) and
// per quad written; compare them with BenchmarkRawLoad on the store's
// export for issue 14's "build ≤ extraction + 1.25× raw load":
//
//	GRAPHBUILD_BENCH_JSONL=/tmp/sp/ar1k.jsonl go test -run '^$' -bench WriteBuild -benchtime 1x -count 8 ./internal/store
//
// The sub-benchmark "replace" writes the same graphs again, each changed
// (one fact fewer), into the store the first pass built: the path of a
// rebuild after the extraction changed.
func BenchmarkWriteBuild(b *testing.B) {
	path := os.Getenv("GRAPHBUILD_BENCH_JSONL")
	if path == "" {
		b.Skip("set GRAPHBUILD_BENCH_JSONL to a JSON lines corpus")
	}
	batch := 100
	if v, err := strconv.Atoi(os.Getenv("GRAPHBUILD_BENCH_BATCH")); err == nil && v > 0 {
		batch = v
	}
	ctx := context.Background()
	graphs, err := benchGraphs(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	changed := make([]*kg.Graph, len(graphs))
	for i, g := range graphs {
		c := *g
		if len(c.Facts) > 0 {
			c.Facts = c.Facts[1:]
		} else if len(c.Quotes) > 0 {
			c.Quotes = c.Quotes[1:]
		}
		changed[i] = &c
	}
	write := func(b *testing.B, s *store.Store, gs []*kg.Graph) int {
		n := 0
		for i := 0; i < len(gs); i += batch {
			ws, err := s.WriteGraphs(ctx, gs[i:min(i+batch, len(gs))])
			if err != nil {
				b.Fatal(err)
			}
			n += ws.Quads
		}
		return n
	}
	open := func(b *testing.B, dir string) *store.Store {
		s, err := store.Open(ctx, store.Options{Backend: "leveldb", Path: dir})
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	for _, op := range []string{"build", "replace"} {
		b.Run("op="+op, func(b *testing.B) {
			dir := b.TempDir()
			var cpu float64
			quads := 0
			for b.Loop() {
				b.StopTimer()
				db := filepath.Join(dir, "db")
				os.RemoveAll(db)
				if op == "replace" {
					s := open(b, db)
					write(b, s, graphs)
					if err := s.Close(); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				c0 := build.CPUTime()
				s := open(b, db)
				gs := graphs
				if op == "replace" {
					gs = changed
				}
				quads = write(b, s, gs)
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
				cpu += (build.CPUTime() - c0).Seconds()
			}
			b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
			b.ReportMetric(1e6*cpu/float64(b.N)/float64(quads), "cpu-µs/quad")
		})
	}
}

// benchGraphs extracts a corpus once per process (-count runs the
// benchmark again).
func benchGraphs(ctx context.Context, path string) ([]*kg.Graph, error) {
	benchMu.Lock()
	defer benchMu.Unlock()
	if gs, ok := benchCache[path]; ok {
		return gs, nil
	}
	res, err := build.Extract(ctx, []string{path}, build.Options{})
	if err != nil {
		return nil, err
	}
	benchCache[path] = res.Graphs
	return res.Graphs, nil
}

var (
	benchMu    sync.Mutex
	benchCache = map[string][]*kg.Graph{}
)
