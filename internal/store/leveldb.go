package store

import (
	"time"

	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	hleveldb "github.com/hidal-go/hidalgo/kv/flat/leveldb"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// openLevelDB opens a leveldb directory. leveldb's lock fails at once when
// another process holds it; we retry for as long as bolt would wait.
//
// Tables get a Bloom filter. A 16 MB write buffer and 8 MB tables (goleveldb's
// defaults: 4 and 2 MB) mean fewer level-0 tables per build transaction:
// writing 100 articles into a store of 10,000 took 1-3 s of wall time
// instead of 6-14 s. Level 1 holds 64 MB and each level below ten times
// the one above (levelSizes). Every build writes keys all over the key
// space (hashed node keys, every index), so each level-0 table overlaps
// every level-1 table and moving level 0 down rewrites all of level 1:
// with goleveldb's multiplier alone level 1 held 640 MB, a 30,000-article
// store sat in it whole (333 MB) and every compaction rewrote it, the
// cost per article growing with the store. A store that was written has
// its level 0 folded into level 1 when it is closed (levelKV.Compact), a
// cost bounded by level 1's size rather than the store's.
//
// Seek-triggered compactions are off: a build's lookups (linking reads
// every name of a batch) used up a level-0 table's seek budget in every
// batch, and goleveldb then merged level 0 with all of level 1 after each
// batch of a 30k build, the cost growing as level 1 filled. Level 0 is
// still folded down when it holds CompactionL0Trigger tables and at close.
func openLevelDB(dir string, create, readOnly bool, timeout time.Duration) (hkv.KV, error) {
	deadline := time.Now().Add(timeout)
	for {
		db, err := leveldb.OpenFile(dir, &opt.Options{ReadOnly: readOnly, ErrorIfMissing: !create,
			Filter: filter.NewBloomFilter(10), BlockCacheCapacity: 32 * opt.MiB,
			WriteBuffer: 16 * opt.MiB, CompactionTableSize: 8 * opt.MiB,
			CompactionTotalSize: 64 * opt.MiB, CompactionTotalSizeMultiplierPerLevel: levelSizes,
			DisableSeeksCompaction: true})
		if err == nil {
			hdb := hleveldb.New(db)
			hdb.SetWriteOptions(&opt.WriteOptions{Sync: true}) // as bbolt: a written batch survives a crash
			return levelKV{KV: flat.Upgrade(hdb), db: db}, nil
		}
		if !isBusy(err) || time.Now().After(deadline) {
			return nil, err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// levelSizes multiplies CompactionTotalSize (64 MB) for each level: level
// 1 64 MB, level 2 640 MB, level 3 6.4 GB and so on. goleveldb would
// otherwise multiply level 1 by 10 as well.
var levelSizes = []float64{1, 1, 10, 100, 1e3, 1e4, 1e5}

// levelKV is a leveldb store that can compact itself.
type levelKV struct {
	hkv.KV
	db *leveldb.DB
}

// Keys below and above any key the store writes (every bucket name is
// printable), deleted by Compact.
var (
	compactLow  = []byte("\x00graphbuild-compact")
	compactHigh = []byte("\xff\xff\xff\xffgraphbuild-compact")
)

// Compact folds level 0, the tables the writes since the store was opened
// made, into level 1 and compacts nothing deeper; the deeper levels are
// left to leveldb's own compactions, which move data down in proportion to
// what was written. An uncompacted level 0 is read at every lookup: on
// 1,000 synthetic articles a store whose build stayed in level 0 read a
// quad about 4x slower.
//
// goleveldb compacts a range down to the deepest level holding part of it,
// so it is given a range only level 0 reaches: two deletions of keys below
// and above every stored key, written in one batch, make a level-0 table
// spanning the whole key space (with the unwritten rest of the memory
// table); compacting [compactHigh, end) then takes every level-0 table it
// overlaps, and level 1 under them, and stops there. The deletions are
// dropped in the compaction.
func (l levelKV) Compact() error {
	b := new(leveldb.Batch)
	b.Delete(compactLow)
	b.Delete(compactHigh)
	if err := l.db.Write(b, nil); err != nil {
		return err
	}
	return l.db.CompactRange(util.Range{Start: compactHigh})
}
