package store

import (
	"context"
	"fmt"
	"testing"

	"graphbuild/internal/store/storetest"
)

// raceBackends are the backends tested under every build; bolt is added
// by bolt_norace_test.go when the race detector is off (pitfall 4).
var testedBackends = []string{"leveldb", "bbolt", "memstore", "postgres"}

// postgresConn returns a connection string to a fresh, empty schema named
// after the test, or skips the test when GRAPHBUILD_TEST_POSTGRES is unset.
func postgresConn(t testing.TB) string { return storetest.PostgresConn(t) }

// testOptions returns options for a new store of the backend in a fresh place.
func testOptions(t testing.TB, backend string) Options {
	t.Helper()
	switch backend {
	case "memstore":
		return Options{Backend: backend}
	case "postgres":
		return Options{Backend: backend, Path: postgresConn(t)}
	}
	return Options{Backend: backend, Path: t.TempDir() + "/graph.db"}
}

func openTest(t testing.TB, opts Options) *Store {
	t.Helper()
	s, err := Open(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func forEachBackend(t *testing.T, fn func(t *testing.T, backend string)) {
	for _, b := range testedBackends {
		t.Run(b, func(t *testing.T) { fn(t, b) })
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(fmt.Sprint(err))
	}
	return v
}
