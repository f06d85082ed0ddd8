package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb" // registers Cayley's own "leveldb" quad store
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// BenchmarkRawLoad is Cayley's raw load of an N-Quads file, as `cayley load`
// does it (internal.Load: a fresh store with Cayley's own options, the
// "single" writer, quad.CopyBatch in batches of quad.DefaultBatch), for the
// issue 14 line "build ≤ extraction + 1.25× raw load": dump a store's
// quads (graphquery --db DIR export --format nquads > q.nq) and load them
// here. It reports the CPU seconds (the machine is shared) and quads per
// CPU-second. On PostgreSQL, it loads into a fresh schema of the database
// GRAPHBUILD_TEST_POSTGRES names, as the store tests do:
//
//	GRAPHBUILD_BENCH_NQUADS=q.nq go test -run '^$' -bench RawLoad -benchtime 1x ./internal/store
//	GRAPHBUILD_BENCH_NQUADS=q.nq GRAPHBUILD_TEST_POSTGRES='postgres://postgres@127.0.0.1:5432/hscale?sslmode=disable' go test -run '^$' -bench RawLoad/backend=postgres -benchtime 1x ./internal/store
func BenchmarkRawLoad(b *testing.B) {
	path := os.Getenv("GRAPHBUILD_BENCH_NQUADS")
	if path == "" {
		b.Skip("set GRAPHBUILD_BENCH_NQUADS to an N-Quads file")
	}
	_ = writer.NewSingleReplication // registers the "single" writer
	for _, backend := range []string{"leveldb", "postgres"} {
		b.Run("backend="+backend, func(b *testing.B) {
			dir := b.TempDir()
			var n int
			var cpu time.Duration
			for b.Loop() {
				b.StopTimer()
				addr := filepath.Join(dir, "db")
				os.RemoveAll(addr)
				if backend == "postgres" {
					addr = postgresConn(b) // a fresh schema
				}
				b.StartTimer()
				c0 := cpuTime()
				n = rawLoad(b, backend, addr, path)
				cpu += cpuTime() - c0
			}
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "quads/cpu-s")
			b.ReportMetric(float64(n), "quads")
		})
	}
}

// rawLoad loads the N-Quads file into a new store of the backend at addr
// the way `cayley load --init` does, and returns the quads read.
func rawLoad(b *testing.B, backend, addr, path string) int {
	if err := graph.InitQuadStore(backend, addr, nil); err != nil {
		b.Fatal(err)
	}
	qs, err := graph.NewQuadStore(backend, addr, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer qs.Close()
	qw, err := graph.NewQuadWriter("single", qs, nil)
	if err != nil {
		b.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	w := graph.NewWriter(qw)
	n, err := quad.CopyBatch(w, nquads.NewReader(f, false), quad.DefaultBatch)
	if err != nil {
		b.Fatal(err)
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	return n
}
