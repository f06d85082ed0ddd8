package store

import (
	"context"
	"slices"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
)

// IndexIdentity is the predicate of the identity index: for every entity,
// one quad per key identity.Keys gives it,
//
//	<entity> <IndexIdentity> "key" <entity>
//
// so the identity rules find their candidates among the stored entities
// with one object-index read per key (identity.Index), as they do among a
// batch's. The quads are keyed per entity, not per document: an entity
// that a thousand articles name is held once under each of its keys, so a
// key's read costs the entities it holds, not the articles that name them,
// and linking an article costs the same whatever the store holds.
//
// They belong to no document: replacing a document adds the keys of its
// new version and removes none (another document may name the entity).
// A key left by an entity no document names any more is dropped when it is
// read (the entity has no name), so it never becomes a candidate.
//
// Their label is their entity. Under one label for all of them
// (IdentityGraph, which stores made before keep), the label index's list
// of that label held every identity quad of the store: Cayley decoded it
// whole to check each new key of a known entity, and copied it whole to
// append to it in every write, so the cost of a write grew with the store.
// An entity's label lists its own keys only.
const (
	IndexIdentity = IndexNS + "identityKey"
	IdentityGraph = IndexNS + "identity" // the label of the identity quads of stores made before
)

// identityQuads returns the identity index quads of a graph.
func identityQuads(g *kg.Graph) []quad.Quad {
	var qs []quad.Quad
	for iri, keys := range identity.Keys(g) {
		for _, k := range keys {
			qs = append(qs, quad.Quad{Subject: quad.IRI(iri), Predicate: quad.IRI(IndexIdentity), Object: quad.String(k), Label: quad.IRI(iri)})
		}
	}
	rdf.SortQuads(qs)
	return qs
}

// IdentityQuadCount returns how many identity index quads a store holding
// the graphs (and nothing before them) has: one per entity and key,
// whatever number of graphs name the entity (for tests that count a
// store's quads).
func IdentityQuadCount(gs ...*kg.Graph) int {
	var qs []quad.Quad
	for _, g := range gs {
		qs = append(qs, identityQuads(g)...)
	}
	rdf.SortQuads(qs)
	return len(slices.CompactFunc(qs, func(a, b quad.Quad) bool { return a == b }))
}

// Identity returns the store as an identity.Index.
func (s *Store) Identity() identity.Index { return identityIndex{s} }

type identityIndex struct{ s *Store }

// maxNameReads bounds the name quads read for a candidate: one per
// document that names it, so its document count saturates there.
const maxNameReads = 64

// Lookup reads the entities held under each key (at most
// identity.MaxCandidates+1 of them, so the caller sees a key that holds
// more), with the number of documents that name each (at most
// maxNameReads) and their names, in two batched reads whose size does not
// grow with the store.
func (ix identityIndex) Lookup(ctx context.Context, keys []string) (map[string][]identity.Candidate, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	var perKey [][]string
	if ix.s.identKeys && ix.s.queryIndex {
		var err error
		if perKey, err = ix.s.identEntities(ctx, keys, identity.MaxCandidates+1); err != nil { // identkeys.go
			return nil, err
		}
	} else {
		ls := make([]Lookup, len(keys))
		for i, k := range keys {
			ls[i] = In(quad.String(k), IndexIdentity)
			ls[i].Limit = identity.MaxCandidates + 1
		}
		res, err := ix.s.Read(ctx, ls...)
		if err != nil {
			return nil, err
		}
		perKey = make([][]string, len(keys))
		for i, qs := range res {
			for _, q := range qs {
				if iri, ok := q.Subject.(quad.IRI); ok && !slices.Contains(perKey[i], string(iri)) {
					perKey[i] = append(perKey[i], string(iri))
				}
			}
		}
	}
	var iris []string
	named := map[string]bool{}
	out := map[string][]identity.Candidate{}
	for i := range perKey {
		if len(perKey[i]) > identity.MaxCandidates {
			// A crowded key joins nothing (identity.Link drops it): its
			// entities' names are not read, only their number returned.
			for _, iri := range perKey[i] {
				out[keys[i]] = append(out[keys[i]], identity.Candidate{IRI: iri, Type: identity.TypeOfIRI(iri)})
			}
			perKey[i] = nil
			continue
		}
		for _, iri := range perKey[i] {
			if !named[iri] {
				named[iri] = true
				iris = append(iris, iri)
			}
		}
	}
	type card struct {
		name string
		docs int
	}
	cards := map[string]card{}
	if len(iris) > 0 && ix.s.queryIndex {
		// The query index holds both: each name with the number of
		// documents giving it, and the number of documents mentioning the
		// entity (each names it once), in reads whose size does not grow
		// with the documents.
		ns, err := ix.s.entityNames(ctx, iris)
		if err != nil {
			return nil, err
		}
		for iri, n := range ns {
			cards[iri] = card{name: n.Name, docs: min(n.Docs, maxNameReads)}
		}
	} else if len(iris) > 0 {
		nl := make([]Lookup, len(iris))
		for i, iri := range iris {
			nl[i] = Out(iri, rdf.PropName)
			nl[i].Limit = maxNameReads
		}
		nres, err := ix.s.Read(ctx, nl...)
		if err != nil {
			return nil, err
		}
		for i, qs := range nres {
			var c card
			docs := map[quad.Value]bool{}
			for _, q := range qs {
				if v, ok := q.Object.Native().(string); ok {
					c.name = v
				}
				docs[q.Label] = true
			}
			if c.docs = len(docs); c.docs > 0 {
				cards[iris[i]] = c
			}
		}
	}
	for i, hs := range perKey {
		for _, iri := range hs {
			c, ok := cards[iri]
			if !ok {
				continue // no document names it any more
			}
			out[keys[i]] = append(out[keys[i]], identity.Candidate{IRI: iri, Name: c.name, Type: identity.TypeOfIRI(iri), Docs: c.docs})
		}
	}
	return out, nil
}
