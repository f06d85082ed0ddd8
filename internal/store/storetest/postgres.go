package storetest

import (
	"database/sql"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	_ "github.com/lib/pq" // the "postgres" driver
)

// PostgresEnv names the connection string of the PostgreSQL tests.
const PostgresEnv = "GRAPHBUILD_TEST_POSTGRES"

// PostgresConn returns a connection string to a fresh, empty schema named
// after the test, or skips the test when GRAPHBUILD_TEST_POSTGRES is unset.
func PostgresConn(t testing.TB) string {
	t.Helper()
	base := os.Getenv(PostgresEnv)
	if base == "" {
		t.Skipf("PostgreSQL tests are off: set %s to a connection string, e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable", PostgresEnv)
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
		t.Fatalf("%s: %v", PostgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schemaName)
	u.RawQuery = q.Encode()
	return u.String()
}
