package store

import (
	"context"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
)

// IndexIdentity is the predicate of the identity index: for every entity
// of a document, one quad per key identity.Keys gives it,
//
//	<entity> <IndexIdentity> "key" <doc>
//
// so the identity rules find their candidates among the stored entities
// with one object-index read per key (identity.Index), as they do among a
// batch's. Like the name index they are bookkeeping, replaced with their
// document.
const IndexIdentity = IndexNS + "identityKey"

// identityQuads returns the identity index quads of a graph.
func identityQuads(g *kg.Graph) []quad.Quad {
	doc := quad.IRI(g.Doc.IRI())
	var qs []quad.Quad
	for iri, keys := range identity.Keys(g) {
		for _, k := range keys {
			qs = append(qs, quad.Quad{Subject: quad.IRI(iri), Predicate: quad.IRI(IndexIdentity), Object: quad.String(k), Label: doc})
		}
	}
	return qs
}

// Identity returns the store as an identity.Index.
func (s *Store) Identity() identity.Index { return identityIndex{s} }

type identityIndex struct{ s *Store }

// Lookup reads the entities held under each key, with the number of
// documents that hold each, and their names, in two batched reads.
func (ix identityIndex) Lookup(ctx context.Context, keys []string) (map[string][]identity.Candidate, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	ls := make([]Lookup, len(keys))
	for i, k := range keys {
		ls[i] = In(quad.String(k), IndexIdentity)
	}
	res, err := ix.s.Read(ctx, ls...)
	if err != nil {
		return nil, err
	}
	type hit struct {
		iri  string
		docs map[quad.Value]bool
	}
	perKey := make([][]*hit, len(keys))
	var iris []string
	named := map[string]bool{}
	for i, qs := range res {
		at := map[string]*hit{}
		for _, q := range qs {
			iri, ok := q.Subject.(quad.IRI)
			if !ok {
				continue
			}
			h := at[string(iri)]
			if h == nil {
				h = &hit{string(iri), map[quad.Value]bool{}}
				at[string(iri)] = h
				perKey[i] = append(perKey[i], h)
				if !named[string(iri)] {
					named[string(iri)] = true
					iris = append(iris, string(iri))
				}
			}
			h.docs[q.Label] = true
		}
	}
	names := map[string]string{}
	if len(iris) > 0 {
		nl := make([]Lookup, len(iris))
		for i, iri := range iris {
			nl[i] = Out(iri, rdf.PropName)
		}
		nres, err := ix.s.Read(ctx, nl...)
		if err != nil {
			return nil, err
		}
		for i, qs := range nres {
			for _, q := range qs {
				if v, ok := q.Object.Native().(string); ok {
					names[iris[i]] = v
				}
			}
		}
	}
	out := map[string][]identity.Candidate{}
	for i, hs := range perKey {
		for _, h := range hs {
			out[keys[i]] = append(out[keys[i]], identity.Candidate{IRI: h.iri, Name: names[h.iri], Type: identity.TypeOfIRI(h.iri), Docs: len(h.docs)})
		}
	}
	return out, nil
}
