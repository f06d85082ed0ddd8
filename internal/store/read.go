package store

import (
	"context"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
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
	for i, l := range lookups {
		var err error
		out[i], err = s.lookup(ctx, l)
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ReadOne runs one lookup.
func (s *Store) ReadOne(ctx context.Context, l Lookup) ([]quad.Quad, error) {
	r, err := s.Read(ctx, l)
	if err != nil {
		return nil, err
	}
	return r[0], nil
}

// HasNameIndex reports whether the store holds a name index (stores built
// before it existed do not; the query commands then read every entity).
func (s *Store) HasNameIndex(ctx context.Context) (bool, error) {
	defer s.rlock()()
	if s.qs == nil {
		return false, errClosed
	}
	ref, err := s.qs.ValueOf(quad.IRI(IndexKey))
	return ref != nil, err
}

func (s *Store) lookup(ctx context.Context, l Lookup) ([]quad.Quad, error) {
	ref, err := s.qs.ValueOf(l.Node)
	if err != nil || ref == nil {
		return nil, err
	}
	var out []quad.Quad
	collect := func(q quad.Quad) error {
		out = append(out, q)
		return nil
	}
	if s.be.kv && len(l.Preds) > 0 {
		for _, p := range l.Preds {
			pref, err := s.qs.ValueOf(quad.IRI(p))
			if err != nil {
				return nil, err
			}
			if pref == nil {
				continue
			}
			nv, ok1 := ref.(kv.Int64Value)
			pv, ok2 := pref.(kv.Int64Value)
			if !ok1 || !ok2 {
				return s.scanFiltered(ctx, l, ref)
			}
			dirs := []quad.Direction{quad.Subject, quad.Predicate}
			if l.Dir == quad.Object {
				dirs = []quad.Direction{quad.Object, quad.Predicate, quad.Subject}
			}
			it := kv.IndexScan{Index: kv.QuadIndex{Dirs: dirs}, Values: []uint64{uint64(nv), uint64(pv)}}.BuildIterator(s.qs)
			if err := s.eachQuad(ctx, it, collect); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	return s.scanFiltered(ctx, l, ref)
}

func (s *Store) scanFiltered(ctx context.Context, l Lookup, ref graph.Ref) ([]quad.Quad, error) {
	want := map[quad.Value]bool{}
	for _, p := range l.Preds {
		want[quad.IRI(p)] = true
	}
	var out []quad.Quad
	err := s.eachQuad(ctx, iterator.Shape(s.qs.QuadIterator(l.Dir, ref)), func(q quad.Quad) error {
		if len(want) == 0 || want[q.Predicate] {
			out = append(out, q)
		}
		return nil
	})
	return out, err
}
