package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store/storetest"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

var ctx = context.Background()

// quadCount is the number of quads of the graphs, without the name and
// identity indexes.
func quadCount(t *testing.T, gs ...*kg.Graph) int64 {
	n := 0
	for _, g := range gs {
		qs, err := rdf.Quads(g)
		if err != nil {
			t.Fatal(err)
		}
		n += len(qs)
	}
	return int64(n)
}

// writtenQuadCount is the number of quads writing the graphs into s adds
// as theirs: with the name index quads (index.go) when s keeps no query
// index, which gives names otherwise (qindex.go).
func writtenQuadCount(t *testing.T, s *Store, gs ...*kg.Graph) int64 {
	n := quadCount(t, gs...)
	if !s.queryIndex {
		for _, g := range gs {
			n += int64(IndexQuadCount(g))
		}
	}
	return n
}

// storeQuadCount is the number of quads s holds after the graphs were
// written into it: a store that keeps the identity key entries
// (identkeys.go) holds the identity index as entries, not quads.
func storeQuadCount(t *testing.T, s *Store, gs ...*kg.Graph) int64 {
	n := writtenQuadCount(t, s, gs...)
	if !s.identKeys {
		n += int64(IdentityQuadCount(gs...))
	}
	return n
}

func checkStore(t *testing.T, s *Store, want ...*kg.Graph) {
	t.Helper()
	n, err := s.QuadCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if w := storeQuadCount(t, s, want...); n != w {
		t.Errorf("QuadCount = %d, want %d", n, w)
	}
	got, err := s.Graphs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d graphs, want %d", len(got), len(want))
	}
	slices.SortFunc(want, func(a, b *kg.Graph) int { return strings.Compare(a.Doc.IRI(), b.Doc.IRI()) })
	checkQueryIndex(t, s, want...)
	for i := range want {
		if w := want[i].Canonical(); !reflect.DeepEqual(got[i], w) {
			t.Errorf("graph %s read back differs:\n got %+v\nwant %+v", w.Doc.ID, got[i], w)
		}
	}
}

// Pitfall 1: every backend offered opens, takes a graph and gives it back,
// and an embedded store opens again read-only.
func TestBackendsOpen(t *testing.T) {
	if Backends()[0] != DefaultBackend {
		t.Errorf("Backends()[0] = %s, want the default %s", Backends()[0], DefaultBackend)
	}
	offered := append([]string(nil), Backends()...)
	slices.Sort(offered)
	tested := append([]string(nil), testedBackends...)
	if !slices.Contains(tested, "bolt") {
		tested = append(tested, "bolt") // tested only without -race
	}
	slices.Sort(tested)
	if !reflect.DeepEqual(offered, tested) {
		t.Errorf("offered %v, tested %v", offered, tested)
	}
	if slices.Contains(Backends(), "sqlite") {
		t.Error("sqlite is offered (pitfall 6)")
	}
	forEachBackend(t, func(t *testing.T, backend string) {
		opts := testOptions(t, backend)
		s := openTest(t, opts)
		a := storetest.Sample("ar-1")
		st, err := s.WriteGraphs(ctx, []*kg.Graph{a})
		if err != nil {
			t.Fatal(err)
		}
		// The identity keys belong to no document and are not counted as its.
		if st.Documents != 1 || int64(st.Added) != writtenQuadCount(t, s, a) || st.Deleted != 0 {
			t.Errorf("stats %+v", st)
		}
		checkStore(t, s, a)
		if backend == "memstore" {
			return
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		opts.ReadOnly = true
		r := openTest(t, opts)
		checkStore(t, r, a)
		if _, err := r.WriteGraphs(ctx, []*kg.Graph{a}); err == nil {
			t.Error("a read-only store accepted a write")
		}
	})
}

// Rewriting a document changes nothing; a changed document replaces its
// old quads; other documents are untouched.
func TestReplaceDocument(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s := openTest(t, testOptions(t, backend))
		a, b := storetest.Sample("a"), storetest.Sample("b")
		if _, err := s.WriteGraphs(ctx, []*kg.Graph{a, b}); err != nil {
			t.Fatal(err)
		}
		checkStore(t, s, a, b)
		st, err := s.WriteGraphs(ctx, []*kg.Graph{storetest.Sample("a")})
		if err != nil {
			t.Fatal(err)
		}
		if st.Added != 0 || st.Deleted != 0 {
			t.Errorf("rewriting the same document: %+v", st)
		}
		checkStore(t, s, a, b)

		a2 := storetest.Sample("a")
		a2.Facts = a2.Facts[1:] // a fact is gone
		a2.Facts[0].Confidence = 0.5
		a2.Entities[3].Aliases = []string{"تشيبو إيه آي"}
		a2.Doc.SHA256 = "changed"
		a2.Quotes = a2.Quotes[:1]
		st, err = s.WriteGraphs(ctx, []*kg.Graph{a2})
		if err != nil {
			t.Fatal(err)
		}
		if st.Added == 0 || st.Deleted == 0 {
			t.Errorf("changed document: %+v", st)
		}
		checkStore(t, s, a2, b)
		docs, err := s.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != 2 || docs[0].SHA256 != "changed" || docs[1] != b.Doc {
			t.Errorf("documents: %+v", docs)
		}
	})
}

// A write that fails inside the backend's transaction leaves the store as
// it was, for every document of the call.
func TestFailedWriteLeavesStore(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s := openTest(t, testOptions(t, backend))
		a, b := storetest.Sample("a"), storetest.Sample("b")
		if _, err := s.WriteGraphs(ctx, []*kg.Graph{a, b}); err != nil {
			t.Fatal(err)
		}
		a2, c := storetest.Sample("a"), storetest.Synthetic(7)
		a2.Facts = a2.Facts[2:]
		missing := quad.Quad{Subject: quad.IRI("https://example.org/none"), Predicate: quad.IRI("https://example.org/p"),
			Object: quad.IRI("https://example.org/o"), Label: quad.IRI(a.Doc.IRI())}
		s.applyHook = func(d []graph.Delta, o graph.IgnoreOpts) ([]graph.Delta, graph.IgnoreOpts) {
			o.IgnoreMissing = false
			return append(d, graph.Delta{Quad: missing, Action: graph.Delete}), o
		}
		if _, err := s.WriteGraphs(ctx, []*kg.Graph{a2, c}); err == nil {
			t.Fatal("the injected failure did not fail the write")
		}
		s.applyHook = nil
		checkStore(t, s, a, b)

		// An invalid graph in the batch: nothing is written either.
		bad := storetest.Synthetic(8)
		bad.Facts[0].Predicate = "employs"
		if _, err := s.WriteGraphs(ctx, []*kg.Graph{c, bad}); err == nil || !strings.Contains(err.Error(), "employs") {
			t.Errorf("invalid graph: err = %v", err)
		}
		checkStore(t, s, a, b)
	})
}

// Pitfalls 6 and 8: a triple two documents assert is kept once per
// document, read back once, and survives when one of them drops it.
func TestSameTripleTwoDocuments(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s := openTest(t, testOptions(t, backend))
		a, b := storetest.Sample("a"), storetest.Sample("b")
		if _, err := s.WriteGraphs(ctx, []*kg.Graph{a, b}); err != nil {
			t.Fatal(err)
		}
		checkStore(t, s, a, b) // counts both copies
		lin := kg.EntityIRI(schema.Person, "justin-lin")
		ali := kg.EntityIRI(schema.Organization, "alibaba")
		got, err := s.Traverse(ctx, []string{lin}, "worksAt")
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, []quad.Value{quad.IRI(ali)}) {
			t.Errorf("worksAt = %v, want %s once", got, ali)
		}
		b2 := storetest.Sample("b")
		b2.Facts = b2.Facts[1:]
		if _, err := s.WriteGraphs(ctx, []*kg.Graph{b2}); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Traverse(ctx, []string{lin}, "worksAt"); len(got) != 1 {
			t.Errorf("after b dropped the fact: worksAt = %v, want it from a", got)
		}
		checkStore(t, s, a, b2)
	})
}

func TestTraverseTwoHops(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s := openTest(t, testOptions(t, backend))
		var gs []*kg.Graph
		for i := range 30 {
			gs = append(gs, storetest.Synthetic(i))
		}
		if _, err := s.WriteGraphs(ctx, gs); err != nil {
			t.Fatal(err)
		}
		org0 := kg.EntityIRI(schema.Organization, "org-0")
		people, err := s.Traverse(ctx, []string{org0}, "^worksAt")
		if err != nil {
			t.Fatal(err)
		}
		orgs, err := s.Traverse(ctx, []string{org0}, "^worksAt", "worksAt")
		if err != nil {
			t.Fatal(err)
		}
		if len(people) == 0 || !slices.Contains(orgs, quad.Value(quad.IRI(org0))) {
			t.Errorf("people %v, orgs %v", people, orgs)
		}
		// The same from the graphs.
		want := map[string]bool{}
		for _, g := range gs {
			for _, f := range g.Facts {
				if f.Predicate == "worksAt" && f.Object == org0 {
					want[f.Subject] = true
				}
			}
		}
		if len(people) != len(want) {
			t.Errorf("%d people work at org-0, want %d", len(people), len(want))
		}
		if _, err := s.Traverse(ctx, []string{org0}, "employs"); err == nil {
			t.Error("unknown predicate accepted")
		}
	})
}

// Pitfalls 2 and 3: readers and a writer at the same time in one process
// finish (bolt and bbolt deadlock without the lock, memstore races).
func TestConcurrentReadWrite(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s := openTest(t, testOptions(t, backend))
		if _, err := s.WriteGraphs(ctx, []*kg.Graph{storetest.Sample("a")}); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 8)
		var wg sync.WaitGroup
		for r := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 3 {
					if _, err := s.Graphs(ctx); err != nil {
						done <- err
						return
					}
					if _, err := s.Traverse(ctx, []string{kg.EntityIRI(schema.Organization, "org-1")}, "^worksAt", "worksAt"); err != nil {
						done <- err
						return
					}
					if _, err := s.Query(ctx, "gizmo", `g.V("<`+kg.DocIRI("a")+`>").Out().All()`, 5, 0); err != nil {
						done <- fmt.Errorf("reader %d: %w", r, err)
						return
					}
				}
			}()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5 {
				if _, err := s.WriteGraphs(ctx, []*kg.Graph{storetest.Synthetic(i), storetest.Synthetic(i + 100)}); err != nil {
					done <- err
					return
				}
			}
		}()
		finished := make(chan struct{})
		go func() { wg.Wait(); close(finished) }()
		select {
		case <-finished:
		case <-time.After(60 * time.Second):
			t.Fatal("readers and writer did not finish in 60s: deadlock")
		}
		close(done)
		for err := range done {
			t.Error(err)
		}
	})
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	os.WriteFile(file, []byte("x"), 0o644)
	full := filepath.Join(dir, "full")
	os.MkdirAll(full, 0o755)
	os.WriteFile(filepath.Join(full, "notes.txt"), []byte("x"), 0o644)
	lvl := filepath.Join(dir, "lvl")
	s := openTest(t, Options{Backend: "leveldb", Path: lvl})
	s.Close()
	for _, c := range []struct {
		opts Options
		want string
		is   error
	}{
		{Options{Backend: "sqlite", Path: "x"}, `unknown backend "sqlite"; choose one of leveldb, bbolt, bolt, memstore, postgres`, nil},
		{Options{Path: filepath.Join(dir, "missing"), ReadOnly: true}, "does not exist; build it first", ErrNotExist},
		{Options{Path: file}, "is a file, not a store directory", nil},
		{Options{Path: full}, "holds no leveldb store; pass --db a new or empty directory", nil},
		{Options{Backend: "bbolt", Path: lvl}, "was built with backend leveldb, not bbolt; pass --backend leveldb", nil},
		{Options{Backend: "leveldb", Path: ""}, "needs a path", nil},
		{Options{Backend: "postgres", Path: "postgres://postgres@127.0.0.1:1/test?sslmode=disable&connect_timeout=2"}, "cannot reach postgres postgres://postgres@127.0.0.1:1/test", nil},
		{Options{Backend: "postgres", Path: "postgres://u:secret@127.0.0.1:1/test?sslmode=disable"}, "postgres://u:xxxxx@127.0.0.1:1", nil},
	} {
		_, err := Open(ctx, c.opts)
		if err == nil || !strings.Contains(err.Error(), c.want) || (c.is != nil && !errors.Is(err, c.is)) {
			t.Errorf("Open(%+v) = %v, want %q", c.opts, err, c.want)
			continue
		}
		if strings.Contains(err.Error(), "\n") || strings.Contains(err.Error(), "secret") {
			t.Errorf("Open(%+v): not one clean line: %q", c.opts, err)
		}
	}
}

// panicQS makes every read panic, like Cayley's postgres backend does on a
// nested GraphQL @rev query.
type panicQS struct{ graph.QuadStore }

func (panicQS) QuadIterator(quad.Direction, graph.Ref) iterator.Shape { panic("boom") }
func (panicQS) NodesAllIterator() iterator.Shape                      { panic("boom") }
func (panicQS) QuadsAllIterator() iterator.Shape                      { panic("boom") }

// Pitfall 7: a panic inside Cayley becomes an error.
func TestQueryRecoversPanic(t *testing.T) {
	s := openTest(t, Options{Backend: "memstore"})
	s.WriteGraphs(ctx, []*kg.Graph{storetest.Sample("a")})
	s.qs = panicQS{s.qs}
	_, err := s.Query(ctx, "graphql", `{ nodes { id } }`, 10, time.Second)
	if err == nil || !strings.Contains(err.Error(), "failed inside Cayley") {
		t.Errorf("err = %v", err)
	}
}

func TestQuery(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s := openTest(t, testOptions(t, backend))
		a, b := storetest.Sample("a"), storetest.Sample("b")
		s.WriteGraphs(ctx, []*kg.Graph{a, b})
		lin := kg.EntityIRI(schema.Person, "justin-lin")
		res, err := s.Query(ctx, "gizmo", fmt.Sprintf(`g.V("<%s>").Out("<%s>").Unique().All()`, lin, schema.NSProp+"worksAt"), 10, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != 1 || !strings.Contains(fmt.Sprint(res[0]), "alibaba") {
			t.Errorf("gizmo: %v", res)
		}
		res, err = s.Query(ctx, "graphql", fmt.Sprintf(`{ nodes(id: <%s>) { id name: <%s> } }`, lin, rdf.PropName), 10, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(fmt.Sprint(res), "Justin Lin") {
			t.Errorf("graphql: %v", res)
		}
		if _, err := s.Query(ctx, "sparql", "x", 1, 0); err == nil {
			t.Error("unknown language accepted")
		}
		// A nested @rev query: it panicked inside Cayley on postgres
		// (pitfall 7); here it must come back as results or an error.
		_, err = s.Query(ctx, "graphql", fmt.Sprintf(`{ nodes(id: <%s>) { id quotes: <%s> @rev { id text: <%s> } } }`,
			kg.EntityIRI(schema.Organization, "alibaba"), rdf.PropOrg, rdf.PropText), 10, 10*time.Second)
		t.Logf("nested @rev graphql on %s: err = %v", backend, err)
	})
}

func TestWriteQuadsAndQuads(t *testing.T) {
	s := openTest(t, Options{Backend: "memstore"})
	a, b := storetest.Sample("a"), storetest.Sample("b")
	s.WriteGraphs(ctx, []*kg.Graph{a, b})
	qa, _ := rdf.Quads(a)
	got, err := s.Quads(ctx, a.Doc.IRI())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, qa) {
		t.Errorf("s.Quads(a) differs from rdf.Quads(a)")
	}
	if _, err := s.Quads(ctx, kg.DocIRI("nope")); err == nil || !strings.Contains(err.Error(), "not in") {
		t.Errorf("missing doc: %v", err)
	}
	var w collect
	n, err := s.WriteQuads(ctx, &w)
	want := int(quadCount(t, a, b)) // the indexes are not exported
	if err != nil || n != want || len(w) != n {
		t.Errorf("WriteQuads = %d, %v; wrote %d", n, err, len(w))
	}
}

type collect []quad.Quad

func (c *collect) WriteQuad(q quad.Quad) error { *c = append(*c, q); return nil }
func (c *collect) WriteQuads(qs []quad.Quad) (int, error) {
	*c = append(*c, qs...)
	return len(qs), nil
}

// Large Arabic values and odd spans survive every backend.
func TestValuesRoundTrip(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s := openTest(t, testOptions(t, backend))
		g := storetest.Sample("values")
		g.Facts[3].Value.Amount = 1.5e12
		g.Facts[3].Span = text.InputSpan{Start: 0, End: 1 << 40}
		g.Facts[0].Confidence = 1.0 / 3
		g.Doc.Title = strings.Repeat("نص طويل جدا ", 500)
		if _, err := s.WriteGraphs(ctx, []*kg.Graph{g}); err != nil {
			t.Fatal(err)
		}
		checkStore(t, s, g)
	})
}
