package store

import (
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/store/storetest"
)

// The many-row inserts (pgwrite.go) store every kind of value as Cayley's
// one-row inserts do, skip a quad held already and count a node's
// references across writes: each value is read back by Read, and
// Cayley's own reads, after the quads are written twice.
func TestPGRunTxValues(t *testing.T) {
	s := openTest(t, testOptions(t, "postgres"))
	subj := quad.IRI("https://example.org/s")
	label := quad.IRI("https://example.org/doc")
	vals := []struct {
		name string
		v    quad.Value
	}{
		{"iri", quad.IRI("https://example.org/o")},
		{"bnode", quad.BNode("b1")},
		{"string", quad.String("نص\x00مع صفر")},
		{"typed", quad.TypedString{Value: "2024-01-02", Type: "http://www.w3.org/2001/XMLSchema#date"}},
		{"lang", quad.LangString{Value: "مرحبا", Lang: "ar"}},
		{"int", quad.Int(-42)},
		{"bool", quad.Bool(true)},
		{"float", quad.Float(1.0 / 3)},
		{"time", quad.Time(time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC))},
	}
	var deltas []graph.Delta
	for _, c := range vals {
		deltas = append(deltas, graph.Delta{Action: graph.Add, Quad: quad.Quad{Subject: subj, Predicate: quad.IRI("https://example.org/p/" + c.name), Object: c.v, Label: label}})
	}
	deltas = append(deltas, graph.Delta{Action: graph.Add, Quad: quad.Quad{Subject: subj, Predicate: quad.IRI("https://example.org/p/nolabel"), Object: quad.String("x")}})
	for range 2 {
		if err := s.pgApply(ctx, deltas, graph.IgnoreOpts{IgnoreDup: true}, nil); err != nil {
			t.Fatal(err)
		}
	}
	n, err := s.QuadCount(ctx)
	if err != nil || n != int64(len(deltas)) {
		t.Fatalf("%d quads (%v), want %d", n, err, len(deltas))
	}
	got, err := s.ReadOne(ctx, Out(string(subj)))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range vals {
		p := quad.IRI("https://example.org/p/" + c.name)
		i := slices.IndexFunc(got, func(q quad.Quad) bool { return q.Predicate == p })
		if i < 0 {
			t.Errorf("%s: not read back", c.name)
			continue
		}
		if g := got[i].Object; quad.ToString(g) != quad.ToString(c.v) || fmt.Sprintf("%T", g) != fmt.Sprintf("%T", c.v) {
			t.Errorf("%s: read back %#v, want %#v", c.name, g, c.v)
		}
		if ref, err := s.qs.ValueOf(c.v); err != nil || ref == nil {
			t.Errorf("%s: Cayley finds no node (%v)", c.name, err)
		}
	}
	var refs int
	if err := s.sqlDB.QueryRowContext(ctx, `SELECT refs FROM nodes WHERE hash = $1`, pgHash(subj)).Scan(&refs); err != nil || refs != 2*len(deltas) {
		t.Errorf("the subject's references: %d (%v), want %d", refs, err, 2*len(deltas))
	}
}

// A store that was written leaves the planner statistics of its tables
// up to date when it is closed (pgAnalyze): with none, the planner read
// all the quads of the 10k store for the subjects of 50 quotes.
func TestPGAnalyzeAtClose(t *testing.T) {
	opts := testOptions(t, "postgres")
	s, err := Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteGraphs(ctx, []*kg.Graph{storetest.Sample("a")}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	r := openTest(t, Options{Backend: "postgres", Path: opts.Path, ReadOnly: true})
	for _, table := range []string{"quads", "nodes", pgKVTable} {
		var analysed bool
		err := r.sqlDB.QueryRowContext(ctx, `SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relid = to_regclass($1)`, table).Scan(&analysed)
		if err != nil || !analysed {
			t.Errorf("%s: analysed %v (%v)", table, analysed, err)
		}
	}
}

// TestHelperPGWrite is not a test: TestPGConcurrentWriters runs the test
// binary with it, as one of two processes writing one store at once.
func TestHelperPGWrite(t *testing.T) {
	conn, from := os.Getenv("GRAPHBUILD_HELPER_PG"), os.Getenv("GRAPHBUILD_HELPER_FROM")
	if conn == "" {
		t.Skip("helper process for TestPGConcurrentWriters")
	}
	s := openTest(t, Options{Backend: "postgres", Path: conn})
	first, _ := strconv.Atoi(from)
	for i := first; i < first+pgWriters; i++ {
		if _, err := s.WriteGraphs(ctx, []*kg.Graph{storetest.Synthetic(i)}); err != nil {
			t.Fatal(err)
		}
	}
}

const pgWriters = 12 // documents each process writes

// Two processes building into one PostgreSQL database at once (a team's
// shared store) leave the query index exact: each write holds an advisory
// lock until it commits, so no two read the same count and write it back.
func TestPGConcurrentWriters(t *testing.T) {
	opts := testOptions(t, "postgres")
	s := openTest(t, opts) // creates the tables
	var gs []*kg.Graph
	done := make(chan error, 2)
	for w := range 2 {
		for i := range pgWriters {
			gs = append(gs, storetest.Synthetic(w*pgWriters+i))
		}
		cmd := exec.Command(os.Args[0], "-test.run", "^TestHelperPGWrite$")
		cmd.Env = append(os.Environ(), "GRAPHBUILD_HELPER_PG="+opts.Path, "GRAPHBUILD_HELPER_FROM="+strconv.Itoa(w*pgWriters))
		go func() {
			out, err := cmd.CombinedOutput()
			if err != nil {
				err = fmt.Errorf("%v: %s", err, out)
			}
			done <- err
		}()
	}
	for range 2 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	checkQueryIndex(t, s, gs...)
}
