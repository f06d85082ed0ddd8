package store

import (
	"context"
	"encoding/json"
	"slices"
	"sync/atomic"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// The per-document index. Replacing, rebuilding or exporting a document
// reads that document's quads, and only those: a store made by this
// version keeps, besides Cayley's two default indexes (subject-predicate
// and object-predicate-subject), an index by label, i.e. by document. It
// is a Cayley kv index like the others, written in the same transaction:
// one key per document holding the ids of its quads, so reading a document
// is one key and its quad records. Before it, a document's quads were found
// through every quad of every entity it mentions, from all documents: a
// replace or export read 15x the document at 1,000 articles and 98x at
// 10,000 (issue 14). It also keeps Cayley's duplicate check cheap: a new
// quad of a shared entity is checked against the intersection of the
// entity's list and the document's, not every document's copy of it.
//
// A key-value store made before keeps its indexes (Cayley reads them from
// the store) and is read the old way (docQuadsByNodes); rebuild it into a
// new directory to get the index. memstore indexes labels itself; on
// postgres the label column gets an index of its own (openPostgres).

// labelIndex is Cayley's kv index by label.
var labelIndex = kv.QuadIndex{Dirs: []quad.Direction{quad.Label}}

// kvIndexes are the indexes a new key-value store is made with.
var kvIndexes = append(slices.Clone(kv.DefaultQuadIndexes), labelIndex)

// metaIndexes is the key where Cayley's kv keeps the list of its indexes
// (graph/kv: keyMetaIndexes).
var metaIndexes = hkv.Key{[]byte("meta"), []byte("indexes")}

// initKVIndexes sets the indexes of a key-value store just initialised,
// before anything is written to it.
func initKVIndexes(ctx context.Context, db hkv.KV) error {
	data, err := json.Marshal(kvIndexes)
	if err != nil {
		return err
	}
	return hkv.Update(ctx, db, func(tx hkv.Tx) error {
		if err := tx.Put(ctx, metaQuery, []byte(qVersion)); err != nil { // qindex.go
			return err
		}
		if err := tx.Put(ctx, metaIdentKeys, []byte("1")); err != nil { // identkeys.go
			return err
		}
		return tx.Put(ctx, metaIndexes, data)
	})
}

// hasKVLabelIndex says whether a key-value store keeps the label index.
func hasKVLabelIndex(ctx context.Context, db hkv.KV) (bool, error) {
	var has bool
	err := hkv.View(ctx, db, func(tx hkv.Tx) error {
		data, err := tx.Get(ctx, metaIndexes)
		if err == hkv.ErrNotFound {
			return nil
		} else if err != nil {
			return err
		}
		var inds []kv.QuadIndex
		if err := json.Unmarshal(data, &inds); err != nil {
			return err
		}
		for _, in := range inds {
			if slices.Equal(in.Dirs, labelIndex.Dirs) {
				has = true
			}
		}
		return nil
	})
	return has, err
}

// cancelKV lets a write be cancelled inside Cayley's transaction: Cayley's
// ApplyDeltas takes no context, so every Put and the Commit check the
// context of the write in progress (Store.writeCtx) and fail once it is
// done; Cayley then rolls the transaction back, and the store is as it was.
type cancelKV struct {
	hkv.KV
	ctx  *atomic.Pointer[context.Context]
	hook *atomic.Pointer[commitHook] // run in the transaction before it commits
}

// commitHook writes what a write adds beside Cayley's quads (the query
// index, qindex.go) in Cayley's transaction.
type commitHook func(ctx context.Context, tx hkv.Tx) error

func (c cancelKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	tx, err := c.KV.Tx(ctx, rw)
	if err != nil || !rw {
		return tx, err
	}
	return cancelTx{Tx: tx, ctx: c.ctx, hook: c.hook}, nil
}

func (c cancelKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, c, fn)
}

func (c cancelKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, c, fn)
}

type cancelTx struct {
	hkv.Tx
	ctx  *atomic.Pointer[context.Context]
	hook *atomic.Pointer[commitHook]
}

func (t cancelTx) err() error {
	if p := t.ctx.Load(); p != nil {
		return (*p).Err()
	}
	return nil
}

func (t cancelTx) Put(ctx context.Context, k hkv.Key, v hkv.Value) error {
	if err := t.err(); err != nil {
		return err
	}
	return t.Tx.Put(ctx, k, v)
}

func (t cancelTx) Commit(ctx context.Context) error {
	err := t.err()
	if h := t.hook.Load(); h != nil && err == nil {
		err = (*h)(ctx, t.Tx)
	}
	if err != nil {
		t.Tx.Close()
		return err
	}
	return t.Tx.Commit(ctx)
}
