package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/internal/store/storetest"
)

// memstore with a path keeps its graph in an N-Quads snapshot between opens:
// what one open wrote the next reads, rewriting it changes nothing, and
// replacing a document works on the reloaded quads.
func TestMemstoreSnapshot(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.nq")
	opts := Options{Backend: "memstore", Path: path}
	if _, err := Open(ctx, Options{Backend: "memstore", Path: path, ReadOnly: true}); !errors.Is(err, ErrNotExist) {
		t.Fatalf("read-only open of a missing snapshot: %v", err)
	}
	a, b := storetest.Sample("a"), storetest.SampleEN("b")
	s := must(Open(ctx, opts))
	must(s.WriteGraphs(ctx, []*kg.Graph{a, b}))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}

	r := openTest(t, Options{Backend: "memstore", Path: path, ReadOnly: true})
	checkStore(t, r, a, b)
	r.Close()

	// Rewriting the same documents changes nothing; the file is not rewritten.
	s = must(Open(ctx, opts))
	st := must(s.WriteGraphs(ctx, []*kg.Graph{storetest.Sample("a")}))
	if st.Added != 0 || st.Deleted != 0 {
		t.Errorf("rewrite after reload: %+v", st)
	}
	// A changed document replaces the old one.
	a2 := storetest.Sample("a")
	a2.Facts = a2.Facts[:1]
	must(s.WriteGraphs(ctx, []*kg.Graph{a2}))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if fi2, _ := os.Stat(path); fi2.Size() >= fi.Size() {
		t.Errorf("snapshot did not shrink after a document lost facts: %d >= %d", fi2.Size(), fi.Size())
	}
	r = openTest(t, Options{Backend: "memstore", Path: path, ReadOnly: true})
	checkStore(t, r, a2, b)
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}

	if _, err := Open(ctx, Options{Backend: "memstore", Path: t.TempDir()}); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("directory as a snapshot: %v", err)
	}
	bad := filepath.Join(t.TempDir(), "bad.nq")
	os.WriteFile(bad, []byte("not n-quads\n"), 0o644)
	if _, err := Open(ctx, Options{Backend: "memstore", Path: bad}); err == nil || !strings.Contains(err.Error(), "not N-Quads") {
		t.Errorf("bad snapshot: %v", err)
	}
}
