package query

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/internal/store"
	"graphbuild/internal/store/storetest"
)

// The query speed benchmark: who-said, entity and neighbors on a leveldb
// store of benchArticles synthetic articles (storetest.Synthetic: about 80
// quads each, people and organizations shared across articles, a third of
// the literals Arabic). README.md "Query speed" has the numbers;
// run it with
//
//	go test -run '^$' -bench . -benchtime 20x -count 5 ./internal/query
//
// warm/ runs each query on an open store, as serve does; cold/ opens the
// store for each query, as one graphquery command does.
const benchArticles = 1000

var (
	benchOnce sync.Once
	benchDir  string
	benchErr  error
)

func benchStore(b *testing.B) string {
	benchOnce.Do(func() {
		dir, err := os.MkdirTemp("", "graphquery-bench")
		if err != nil {
			benchErr = err
			return
		}
		benchDir = filepath.Join(dir, "graph.db")
		ctx := context.Background()
		st, err := store.Open(ctx, store.Options{Backend: "leveldb", Path: benchDir})
		if err != nil {
			benchErr = err
			return
		}
		gs := make([]*kg.Graph, benchArticles)
		for i := range gs {
			gs[i] = storetest.Synthetic(i)
		}
		if _, err := st.WriteGraphs(ctx, gs); err != nil {
			benchErr = err
		}
		if err := st.Close(); err != nil && benchErr == nil {
			benchErr = err
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchDir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(filepath.Dir(benchDir))
	}
	os.Exit(code)
}

var benchQueries = []struct {
	name string
	run  func(ctx context.Context, st *store.Store) (int, error)
}{
	{"who-said/speaker", func(ctx context.Context, st *store.Store) (int, error) {
		qs, err := WhoSaid(ctx, st, WhoSaidOptions{Speaker: "Person 7"})
		return len(qs), err
	}},
	{"who-said/org", func(ctx context.Context, st *store.Store) (int, error) {
		qs, err := WhoSaid(ctx, st, WhoSaidOptions{Org: "شركة 3"})
		return len(qs), err
	}},
	{"who-said/newest-50", func(ctx context.Context, st *store.Store) (int, error) {
		qs, err := WhoSaid(ctx, st, WhoSaidOptions{Limit: 50})
		return len(qs), err
	}},
	{"who-said/all", func(ctx context.Context, st *store.Store) (int, error) {
		qs, err := WhoSaid(ctx, st, WhoSaidOptions{})
		return len(qs), err
	}},
	{"entity/person", func(ctx context.Context, st *store.Store) (int, error) {
		c, err := EntityCard(ctx, st, "Person 7")
		if err != nil {
			return 0, err
		}
		return len(c.FactsOut) + len(c.FactsIn) + len(c.Quotes), nil
	}},
	{"entity/hub-org", func(ctx context.Context, st *store.Store) (int, error) {
		c, err := EntityCard(ctx, st, "Org 3")
		if err != nil {
			return 0, err
		}
		return len(c.FactsOut) + len(c.FactsIn) + len(c.Quotes), nil
	}},
	{"entity/product", func(ctx context.Context, st *store.Store) (int, error) {
		c, err := EntityCard(ctx, st, "Model 99")
		if err != nil {
			return 0, err
		}
		return len(c.FactsIn), nil
	}},
	{"neighbors/depth1", func(ctx context.Context, st *store.Store) (int, error) {
		ns, err := Neighbors(ctx, st, "Person 7", 1)
		return len(ns), err
	}},
	{"neighbors/depth2", func(ctx context.Context, st *store.Store) (int, error) {
		ns, err := Neighbors(ctx, st, "Person 7", 2)
		return len(ns), err
	}},
}

func BenchmarkQueries(b *testing.B) {
	dir := benchStore(b)
	ctx := context.Background()
	b.Run("warm", func(b *testing.B) {
		st, err := store.Open(ctx, store.Options{Backend: "leveldb", Path: dir, ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		for _, q := range benchQueries {
			b.Run(q.name, func(b *testing.B) {
				for b.Loop() {
					if n, err := q.run(ctx, st); err != nil || n == 0 {
						b.Fatalf("%d results, %v", n, err)
					}
				}
			})
		}
	})
	b.Run("cold", func(b *testing.B) {
		for _, q := range benchQueries {
			b.Run(q.name, func(b *testing.B) {
				for b.Loop() {
					st, err := store.Open(ctx, store.Options{Backend: "leveldb", Path: dir, ReadOnly: true})
					if err != nil {
						b.Fatal(err)
					}
					if n, err := q.run(ctx, st); err != nil || n == 0 {
						b.Fatalf("%d results, %v", n, err)
					}
					st.Close()
				}
			})
		}
	})
}
