// This file holds the low-level quad reads: eachQuad and the batched,
// cached resolution of node values on the key-value backends.

package store

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// eachQuad calls fn for every quad of the iterator. On the key-value
// backends it reads the iterator's quad records first and then their node
// values in one batch, through a cache of node values (a node id names the
// same value for the life of the store): Cayley's own Quad reads each of
// the four values with a transaction of its own, which made a quad cost
// five reads.
func (s *Store) eachQuad(ctx context.Context, it iterator.Shape, fn func(quad.Quad) error) error {
	if !s.be.kv {
		return iterator.Iterate(ctx, it).Each(func(r refs.Ref) error {
			q, err := s.qs.Quad(r)
			if err != nil {
				return err
			}
			return fn(q)
		})
	}
	prims, err := s.primitives(ctx, it, nil, 0)
	if err != nil {
		return err
	}
	return s.eachPrimitive(ctx, prims, fn)
}

// primitives appends the quad records of a key-value store's iterator, at
// most limit of them (0: all).
func (s *Store) primitives(ctx context.Context, it iterator.Shape, prims []*proto.Primitive, limit int) ([]*proto.Primitive, error) {
	chain := iterator.Iterate(ctx, it)
	if limit > 0 {
		chain = chain.Limit(limit)
	}
	err := chain.Each(func(r refs.Ref) error {
		p, ok := r.(*proto.Primitive)
		if !ok {
			return fmt.Errorf("unexpected quad reference %T", r)
		}
		prims = append(prims, p)
		return nil
	})
	return prims, err
}

// eachPrimitive resolves the quad records' values in one batch and calls fn
// for each quad.
func (s *Store) eachPrimitive(ctx context.Context, prims []*proto.Primitive, fn func(quad.Quad) error) error {
	vals, err := s.values(ctx, prims)
	if err != nil {
		return err
	}
	for _, p := range prims {
		q := quad.Quad{Subject: vals[p.Subject], Predicate: vals[p.Predicate], Object: vals[p.Object]}
		if p.Label != 0 {
			q.Label = vals[p.Label]
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}

// maxCachedValues bounds the node value cache of a key-value store.
const maxCachedValues = 1 << 18

// values resolves the node ids of the quad records.
func (s *Store) values(ctx context.Context, prims []*proto.Primitive) (map[uint64]quad.Value, error) {
	out := make(map[uint64]quad.Value)
	var missing []refs.Ref
	var ids []uint64
	s.cacheMu.Lock()
	for _, p := range prims {
		for _, id := range [4]uint64{p.Subject, p.Predicate, p.Object, p.Label} {
			if id == 0 {
				continue
			}
			if _, ok := out[id]; ok {
				continue
			}
			if v, ok := s.valCache[id]; ok {
				out[id] = v
				continue
			}
			out[id] = nil
			missing = append(missing, kv.Int64Value(id))
			ids = append(ids, id)
		}
	}
	s.cacheMu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	got, err := s.qs.(*kv.QuadStore).ValuesOf(ctx, missing)
	if err != nil {
		return nil, err
	}
	s.cacheMu.Lock()
	defer s.cacheMu.Unlock()
	if s.valCache == nil || len(s.valCache)+len(ids) > maxCachedValues {
		s.valCache = make(map[uint64]quad.Value, len(ids))
	}
	for i, id := range ids {
		if got[i] == nil {
			return nil, fmt.Errorf("node %d of a quad has no value", id)
		}
		out[id] = got[i]
		s.valCache[id] = got[i]
	}
	return out, nil
}
