// This file holds the identity keys' entities kept in the key-value store
// beside Cayley's: what linking a batch to the store reads first.

package store

import (
	"context"
	"slices"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"graphbuild/internal/rdf"
)

// Each identity quad (identindex.go), <entity> <IndexIdentity> "key"
// <entity>, is also an entry
//
//	gbi: <key> 0 <entity> → ""
//
// written in the transaction that adds the quad. Like the quads, entries
// are never removed. A key's entities are then one prefix scan, where
// Cayley's index gives quad ids whose records and node values are each a
// random read of a store that grows: at 30,000 articles these reads were
// most of the CPU of linking a batch, and grew with the store.
//
// A store is given the entries when it is created (initKVIndexes, meta
// gbidentkeys); one made before keeps none and is read through Cayley.
var (
	iBucket       = []byte("gbi")
	metaIdentKeys = hkv.Key{[]byte("meta"), []byte("gbidentkeys")}
)

func identKey(q quad.Quad) hkv.Key {
	return hkv.Key{iBucket, []byte(rdf.Text(q.Object) + "\x00" + rdf.Text(q.Subject))}
}

// hasIdentKeys says whether a key-value store keeps the entries.
func hasIdentKeys(ctx context.Context, db hkv.KV) (bool, error) {
	var has bool
	err := hkv.View(ctx, db, func(tx hkv.Tx) error {
		_, err := tx.Get(ctx, metaIdentKeys)
		if err == hkv.ErrNotFound {
			return nil
		}
		has = err == nil
		return err
	})
	return has, err
}

// identEntities returns the entities held under each key, at most limit of
// them per key (in byte order), in one read transaction.
func (s *Store) identEntities(ctx context.Context, keys []string, limit int) ([][]string, error) {
	out := make([][]string, len(keys))
	err := s.qView(ctx, func(tx qTx) error {
		prefixes := make([]hkv.Key, len(keys))
		for i, k := range keys {
			prefixes[i] = hkv.Key{iBucket, []byte(k + "\x00")}
		}
		return tx.scan(ctx, prefixes, limit, func(i int, k, _ []byte) bool {
			out[i] = append(out[i], string(k[len(prefixes[i][1]):]))
			return true
		})
	})
	for i := range out {
		out[i] = slices.Compact(out[i])
	}
	return out, err
}

// identHeld reports whether the store holds the identity quad q already:
// by its entry, one read, in a store that keeps them (every identity quad
// it holds was written with one), else through Cayley's index
// (storedTriple).
func (s *Store) identHeld(ctx context.Context, q quad.Quad) (bool, error) {
	if !s.identKeys || !s.queryIndex { // the entries are written with the query index's (write.go)
		return s.storedTriple(ctx, q)
	}
	var held bool
	err := hkv.View(ctx, s.kvdb, func(tx hkv.Tx) error {
		_, err := tx.Get(ctx, identKey(q))
		if err == hkv.ErrNotFound {
			return nil
		}
		held = err == nil
		return err
	})
	return held, err
}
