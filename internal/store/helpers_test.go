package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
)

// raceBackends are the backends tested under every build; bolt is added
// by bolt_norace_test.go when the race detector is off (pitfall 4).
var testedBackends = []string{"leveldb", "bbolt", "memstore", "postgres"}

const postgresEnv = "GRAPHBUILD_TEST_POSTGRES"

// postgresConn returns a connection string to a fresh, empty schema named
// after the test, or skips the test when GRAPHBUILD_TEST_POSTGRES is unset.
func postgresConn(t testing.TB) string {
	t.Helper()
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Skipf("PostgreSQL tests are off: set %s to a connection string, e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable", postgresEnv)
	}
	schemaName := "gbtest_" + strings.ToLower(regexp.MustCompile(`[^A-Za-z0-9]+`).ReplaceAllString(t.Name(), "_"))
	if len(schemaName) > 60 {
		schemaName = schemaName[:60]
	}
	db, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, stmt := range []string{
		`DROP SCHEMA IF EXISTS ` + schemaName + ` CASCADE`,
		`CREATE SCHEMA ` + schemaName,
	} {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", postgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schemaName)
	u.RawQuery = q.Encode()
	return u.String()
}

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
