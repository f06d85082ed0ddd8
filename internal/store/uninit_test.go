package store

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/syndtr/goleveldb/leveldb"

	"graphbuild/internal/kg"
	"graphbuild/internal/store/storetest"
)

// A build killed after leveldb made its directory but before Cayley's
// metadata was written leaves a store that was never initialised: a reader
// is told it is empty, and the next build finishes creating it (before,
// the build failed with "store … is empty; build it first", which is what
// the user had just tried; TestReliabilityKill met it at a kill 312 ms in).
func TestUninitialisedStoreIsCreatedByABuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "g.db")
	db, err := leveldb.OpenFile(dir, nil) // what a kill in the first moments leaves: CURRENT, no metadata
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	if _, err := Open(ctx, Options{Backend: "leveldb", Path: dir, ReadOnly: true}); !errors.Is(err, ErrNotExist) {
		t.Fatalf("read-only open of an uninitialised store = %v, want the store-is-empty error", err)
	}
	s, err := Open(ctx, Options{Backend: "leveldb", Path: dir})
	if err != nil {
		t.Fatalf("a build's open of an uninitialised store: %v", err)
	}
	if _, err := s.WriteGraphs(ctx, []*kg.Graph{storetest.Sample("a")}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	r := openTest(t, Options{Backend: "leveldb", Path: dir, ReadOnly: true})
	defer r.Close()
	qs, err := r.Quads(ctx)
	if err != nil || len(qs) == 0 {
		t.Fatalf("after the build the store holds %d quads (%v)", len(qs), err)
	}
}
