package store

import (
	"context"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// storedTriple reports whether a key-value store holds the quad q already,
// under any label, by one exact read of the object index (object,
// predicate, subject).
//
// WriteGraphs asks it of the identity index quads a changed document adds
// again (one per key of each of its entities) before handing them to
// Cayley, which would skip them too (IgnoreDup) but only after its own
// duplicate check, which decodes each index list of the quad, the
// label's among them. The label is not compared: a store made before
// holds the identity quads under IdentityGraph (identindex.go), and a key
// held there is not added again under its entity.
func (s *Store) storedTriple(ctx context.Context, q quad.Quad) (bool, error) {
	var ids [3]uint64
	for i, v := range []quad.Value{q.Object, q.Predicate, q.Subject} {
		ref, err := s.qs.ValueOf(v)
		if err != nil || ref == nil {
			return false, err
		}
		n, ok := ref.(kv.Int64Value)
		if !ok {
			return false, nil
		}
		ids[i] = uint64(n)
	}
	dirs := []quad.Direction{quad.Object, quad.Predicate, quad.Subject}
	it := kv.IndexScan{Index: kv.QuadIndex{Dirs: dirs}, Values: ids[:]}.BuildIterator(s.qs)
	prims, err := s.primitives(ctx, it, nil, 0)
	if err != nil {
		return false, err
	}
	for _, p := range prims {
		if !p.Deleted {
			return true, nil
		}
	}
	return false, nil
}
