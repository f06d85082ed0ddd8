package store

import (
	"context"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// storedQuad reports whether a key-value store holds the quad q already,
// by one exact read of the object index (object, predicate, subject).
//
// WriteGraphs asks it of the identity index quads a changed document adds
// again (one per key of each of its entities) before handing them to
// Cayley, which would skip them too (IgnoreDup) but only after its own
// duplicate check: with every node of the quad known, Cayley decodes each
// index list of the quad, the label's among them, and the label of the
// identity quads (IdentityGraph) lists every identity quad of the store. That
// check made the cost of writing an article grow with the store.
func (s *Store) storedQuad(ctx context.Context, q quad.Quad) (bool, error) {
	var ids [4]uint64
	for i, v := range []quad.Value{q.Object, q.Predicate, q.Subject, q.Label} {
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
	it := kv.IndexScan{Index: kv.QuadIndex{Dirs: dirs}, Values: ids[:3]}.BuildIterator(s.qs)
	prims, err := s.primitives(ctx, it, nil, 0)
	if err != nil {
		return false, err
	}
	for _, p := range prims {
		if p.Label == ids[3] && !p.Deleted {
			return true, nil
		}
	}
	return false, nil
}
