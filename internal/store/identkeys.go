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

// In a store that keeps them, each identity quad (identindex.go),
// <entity> <IndexIdentity> "key" <entity>, is an entry
//
//	gbi: <key> 0 <entity> → ""
//
// written in the transaction of the document that names the entity, and
// not a quad: nothing reads the quads of such a store (a store made
// before this keeps those it has; they are left alone). Like the quads,
// entries are never removed. A key's entities are then one prefix scan,
// where Cayley's index gives quad ids whose records and node values are
// each a random read of a store that grows: at 30,000 articles these
// reads were most of the CPU of linking a batch, and grew with the store.
// As quads, the keys also cost a third of Cayley's write: a node per key,
// its reference count, three index entries and a record per quad, and a
// read of the store before each (issue 14).
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
