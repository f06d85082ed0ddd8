package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"

	"graphbuild/internal/kg"
	"graphbuild/internal/store/storetest"
)

// TestLevelDBCloseFoldsLevel0: a leveldb store that was written leaves
// nothing in level 0 or in its journal when it is closed (levelKV.Compact),
// holds no key outside the buckets (the deletions Compact writes are
// dropped) and reads back what was written.
func TestLevelDBCloseFoldsLevel0(t *testing.T) {
	opts := testOptions(t, "leveldb")
	var gs []*kg.Graph
	for i := range 120 {
		gs = append(gs, storetest.Synthetic(i))
	}
	for round := range 2 { // the second close folds into a level 1 that holds data
		s := openTest(t, opts)
		if _, err := s.WriteGraphs(ctx, gs[round*60:(round+1)*60]); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		logs, _ := filepath.Glob(filepath.Join(opts.Path, "*.log"))
		for _, l := range logs {
			if fi, err := os.Stat(l); err != nil || fi.Size() > 0 {
				t.Errorf("round %d: journal %s not empty (%v)", round, l, err)
			}
		}
		db, err := leveldb.OpenFile(opts.Path, &opt.Options{ReadOnly: true, ErrorIfMissing: true})
		if err != nil {
			t.Fatal(err)
		}
		for level, want := range map[string]bool{"0": false, "1": true} {
			n, err := db.GetProperty("leveldb.num-files-at-level" + level)
			if err != nil || (n != "0") != want {
				t.Errorf("round %d: level %s holds %s tables (%v); want more than 0: %v", round, level, n, err, want)
			}
		}
		it := db.NewIterator(nil, nil)
		if it.First() && it.Key()[0] < ' ' || it.Last() && it.Key()[0] > 0x7f {
			t.Errorf("round %d: key %q outside the buckets", round, it.Key())
		}
		it.Release()
		db.Close()
	}
	s := openTest(t, Options{Backend: "leveldb", Path: opts.Path, ReadOnly: true})
	got, err := s.Graphs(ctx)
	if err != nil || len(got) != len(gs) {
		t.Fatalf("%d graphs read back (%v), want %d", len(got), err, len(gs))
	}
}
