package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
)

// Indexed reads for the query commands: each finds the quads of one node in
// one direction, through the backend's index, never by scanning the store.
// On the key-value backends a node and a predicate together are one prefix
// scan of Cayley's (subject, predicate) or (object, predicate, subject)
// index; on the others the node's quads are read and filtered.

// Lookup is one read: the quads whose Dir is Node, and whose predicate is
// one of Preds when any are given.
type Lookup struct {
	Dir   quad.Direction // quad.Subject or quad.Object
	Node  quad.Value
	Preds []string // predicate IRIs
	Limit int      // at most this many quads per predicate (0: all)
	// Distinct gives each (subject, predicate, object) once, without its
	// label: an entity's sameAs link is one quad per document that names
	// it (3,227 for Riyadh on a 30k store), and a card wants the links.
	// On the key-value backends the copies' labels are not read.
	Distinct bool
}

// Out is a Lookup of the quads with subject iri.
func Out(iri string, preds ...string) Lookup {
	return Lookup{Dir: quad.Subject, Node: quad.IRI(iri), Preds: preds}
}

// In is a Lookup of the quads with object v.
func In(v quad.Value, preds ...string) Lookup {
	return Lookup{Dir: quad.Object, Node: v, Preds: preds}
}

// Read runs the lookups under one read lock and returns their quads, one
// slice per lookup, each quad once per document (label) that holds it.
func (s *Store) Read(ctx context.Context, lookups ...Lookup) ([][]quad.Quad, error) {
	defer s.rlock()()
	if s.qs == nil {
		return nil, errClosed
	}
	out := make([][]quad.Quad, len(lookups))
	if s.be.kv {
		// Read every lookup's quad records, then their values in one batch.
		var prims []*proto.Primitive
		ends := make([]int, len(lookups))
		for i, l := range lookups {
			start := len(prims)
			var err error
			if prims, err = s.kvLookup(ctx, l, prims); err != nil {
				return nil, err
			}
			if l.Distinct {
				prims = append(prims[:start], distinctPrims(prims[start:])...)
			}
			ends[i] = len(prims)
		}
		i, n := 0, 0
		err := s.eachPrimitive(ctx, prims, func(q quad.Quad) error {
			for n >= ends[i] {
				i++
			}
			out[i] = append(out[i], q)
			n++
			return nil
		})
		return out, err
	}
	if s.sqlDB != nil {
		out, err := s.pgRead(ctx, lookups) // pgread.go
		for i, l := range lookups {
			if err == nil && l.Distinct {
				out[i] = distinctQuads(out[i])
			}
		}
		return out, err
	}
	for i, l := range lookups {
		var err error
		out[i], err = s.lookup(ctx, l)
		if err != nil {
			return nil, err
		}
		if l.Distinct {
			out[i] = distinctQuads(out[i])
		}
	}
	return out, nil
}

// distinctPrims keeps the first record of each (subject, predicate,
// object), without its label.
func distinctPrims(prims []*proto.Primitive) []*proto.Primitive {
	seen := map[[3]uint64]bool{}
	var out []*proto.Primitive
	for _, p := range prims {
		k := [3]uint64{p.Subject, p.Predicate, p.Object}
		if !seen[k] {
			seen[k] = true
			out = append(out, &proto.Primitive{ID: p.ID, Subject: p.Subject, Predicate: p.Predicate, Object: p.Object})
		}
	}
	return out
}

// distinctQuads keeps the first of each (subject, predicate, object),
// without its label.
func distinctQuads(qs []quad.Quad) []quad.Quad {
	seen := map[[3]string]bool{}
	var out []quad.Quad
	for _, q := range qs {
		k := [3]string{quad.ToString(q.Subject), quad.ToString(q.Predicate), quad.ToString(q.Object)}
		if !seen[k] {
			seen[k] = true
			out = append(out, quad.Quad{Subject: q.Subject, Predicate: q.Predicate, Object: q.Object})
		}
	}
	return out
}

// kvLookup appends the quad records a lookup finds on a key-value store.
func (s *Store) kvLookup(ctx context.Context, l Lookup, prims []*proto.Primitive) ([]*proto.Primitive, error) {
	ref, err := s.qs.ValueOf(l.Node)
	if err != nil || ref == nil {
		return prims, err
	}
	if len(l.Preds) == 0 {
		return s.primitives(ctx, s.qs.QuadIterator(l.Dir, ref), prims, l.Limit)
	}
	nv, ok := ref.(kv.Int64Value)
	if !ok {
		return nil, fmt.Errorf("unexpected node reference %T", ref)
	}
	dirs := []quad.Direction{quad.Subject, quad.Predicate}
	if l.Dir == quad.Object {
		dirs = []quad.Direction{quad.Object, quad.Predicate, quad.Subject}
	}
	for _, p := range l.Preds {
		pref, err := s.qs.ValueOf(quad.IRI(p))
		if err != nil {
			return nil, err
		}
		pv, ok := pref.(kv.Int64Value)
		if !ok {
			continue // no quad has this predicate
		}
		it := kv.IndexScan{Index: kv.QuadIndex{Dirs: dirs}, Values: []uint64{uint64(nv), uint64(pv)}}.BuildIterator(s.qs)
		if prims, err = s.primitives(ctx, it, prims, l.Limit); err != nil {
			return nil, err
		}
	}
	return prims, nil
}

// ReadOne runs one lookup.
func (s *Store) ReadOne(ctx context.Context, l Lookup) ([]quad.Quad, error) {
	r, err := s.Read(ctx, l)
	if err != nil {
		return nil, err
	}
	return r[0], nil
}

// HasNameIndex reports whether the store holds a name index: the name
// index quads (index.go), or the query index's name entries (qindex.go),
// which take their place in a store that keeps it. Stores built before
// either existed do not; the query commands then read every entity.
func (s *Store) HasNameIndex(ctx context.Context) (bool, error) {
	defer s.rlock()()
	if s.qs == nil {
		return false, errClosed
	}
	if s.queryIndex {
		return true, nil
	}
	ref, err := s.qs.ValueOf(quad.IRI(IndexKey))
	if err != nil || ref == nil || s.be.kv {
		return ref != nil, err
	}
	// Cayley's SQL backend gives a value a ref whether or not a quad
	// holds it (a store with the query index holds no name index quads).
	it := s.qs.QuadIterator(quad.Predicate, ref).Iterate()
	defer it.Close()
	return it.Next(ctx), it.Err()
}

func (s *Store) lookup(ctx context.Context, l Lookup) ([]quad.Quad, error) {
	ref, err := s.qs.ValueOf(l.Node)
	if err != nil || ref == nil {
		return nil, err
	}
	return s.scanFiltered(ctx, l, ref)
}

func (s *Store) scanFiltered(ctx context.Context, l Lookup, ref graph.Ref) ([]quad.Quad, error) {
	want := map[quad.Value]bool{}
	for _, p := range l.Preds {
		want[quad.IRI(p)] = true
	}
	var out []quad.Quad
	n := map[quad.Value]int{}
	full := 0 // predicates that reached the limit
	err := s.eachQuad(ctx, iterator.Shape(s.qs.QuadIterator(l.Dir, ref)), func(q quad.Quad) error {
		if (len(want) == 0 || want[q.Predicate]) && (l.Limit == 0 || n[q.Predicate] < l.Limit) {
			n[q.Predicate]++
			out = append(out, q)
			if l.Limit > 0 && n[q.Predicate] == l.Limit {
				full++
				if len(want) > 0 && full == len(want) || len(want) == 0 && len(out) >= l.Limit {
					return errLimit
				}
			}
		}
		return nil
	})
	if err == errLimit {
		err = nil
	}
	return out, err
}

// errLimit stops a scan that has read its Lookup's limit.
var errLimit = errors.New("lookup limit reached")
