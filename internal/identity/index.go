// Package identity decides which entities of different articles are one
// real thing, and joins them. Within an article the entities stage has
// already clustered the mentions; across articles an entity is found by
// its key (the lexicon id, the exact folded name of a short name, the
// consonant skeleton of a long one: NameKey), and this package
// adds the joins a key cannot make, each by a rule with a confidence:
//
//   - a near miss of transliteration across scripts (crossscript.go);
//   - an acronym and the expansion some article states (acronym.go);
//   - a lone surname and the one person of that surname named in full in
//     its own article, or else whose context (organisation, title) its
//     article shares, decided article by article (surname.go);
//   - a name typed two ways, settled by the articles' votes (typevote.go).
//
// Candidates come from one near-name index (Keys), the same for the
// documents of a build's batch (BatchIndex) and for those already in a
// store (the store writes the keys as index quads and implements Index),
// so linking an article costs a fixed number of index reads whatever the
// store holds.
package identity

import (
	"context"
	"sort"
	"strings"

	"graphbuild/internal/kg"
	"graphbuild/schema"
)

// Candidate is an entity an index holds under a key.
type Candidate struct {
	IRI  string
	Name string
	Type schema.Type
	Docs int // how many documents hold it under the key
}

// Index finds the entities held under each key.
type Index interface {
	Lookup(ctx context.Context, keys []string) (map[string][]Candidate, error)
}

// BatchIndex is the index of a set of graphs, in memory.
type BatchIndex struct {
	byKey map[string][]Candidate
}

// NewBatchIndex indexes the graphs under their Keys.
func NewBatchIndex(graphs []*kg.Graph) *BatchIndex {
	b, _ := newBatchIndex(graphs, nil)
	return b
}

// newBatchIndex is NewBatchIndex with the Keys of graph i taken from
// keys[i] when keys is not nil and keys[i] is not; it returns the Keys of
// every graph. The map is made at its size: growing it was a third of the
// index's cost.
func newBatchIndex(graphs []*kg.Graph, keys []map[string][]string) (*BatchIndex, []map[string][]string) {
	if keys == nil {
		keys = make([]map[string][]string, len(graphs))
	}
	n := 0
	for i, g := range graphs {
		if keys[i] == nil {
			keys[i] = Keys(g)
		}
		for _, ks := range keys[i] {
			n += len(ks)
		}
	}
	b := &BatchIndex{byKey: make(map[string][]Candidate, n/2)}
	for i, g := range graphs {
		names := map[string]kg.Entity{}
		for _, e := range g.Entities {
			names[e.IRI] = e
		}
		for iri, keys := range keys[i] {
			e := names[iri]
			for _, k := range keys {
				b.add(k, Candidate{IRI: iri, Name: e.Name, Type: e.Type, Docs: 1})
			}
		}
	}
	return b, keys
}

// entityIRIs returns the IRIs of the entities of each graph.
func entityIRIs(graphs []*kg.Graph) [][]string {
	out := make([][]string, len(graphs))
	for i, g := range graphs {
		out[i] = make([]string, len(g.Entities))
		for j, e := range g.Entities {
			out[i][j] = e.IRI
		}
	}
	return out
}

// keepUnrenamed clears keys[i] for each graph whose entities' IRIs are no
// longer iris[i] (a rename changes an IRI, in the entity and its facts, or
// merges two entities), so that newBatchIndex computes their Keys again.
func keepUnrenamed(graphs []*kg.Graph, iris [][]string, keys []map[string][]string) []map[string][]string {
	for i, g := range graphs {
		same := len(g.Entities) == len(iris[i])
		for j := 0; same && j < len(g.Entities); j++ {
			same = g.Entities[j].IRI == iris[i][j]
		}
		if !same {
			keys[i] = nil
		}
	}
	return keys
}

func (b *BatchIndex) add(k string, c Candidate) {
	cs := b.byKey[k]
	for i := range cs {
		if cs[i].IRI == c.IRI {
			cs[i].Docs += c.Docs
			return
		}
	}
	b.byKey[k] = append(cs, c)
}

// Lookup returns the candidates of each key.
func (b *BatchIndex) Lookup(_ context.Context, keys []string) (map[string][]Candidate, error) {
	out := map[string][]Candidate{}
	for _, k := range keys {
		if cs, ok := b.byKey[k]; ok {
			out[k] = cs
		}
	}
	return out, nil
}

// union is the candidates of several indexes, a candidate's documents
// summed over them.
type union []Index

func (u union) Lookup(ctx context.Context, keys []string) (map[string][]Candidate, error) {
	out := map[string][]Candidate{}
	for _, ix := range u {
		if ix == nil {
			continue
		}
		got, err := ix.Lookup(ctx, keys)
		if err != nil {
			return nil, err
		}
		for k, cs := range got {
			if len(cs) == 0 {
				continue // as before: no entry made for a key with nothing
			}
			l := out[k] // the key's list, read from the map once, not per candidate
		next:
			for _, c := range cs {
				for i := range l {
					if l[i].IRI == c.IRI {
						l[i].Docs += c.Docs
						continue next
					}
				}
				l = append(l, c)
			}
			out[k] = l
		}
	}
	for _, l := range out {
		sort.Slice(l, func(i, j int) bool { return l[i].IRI < l[j].IRI })
	}
	return out, nil
}

// TypeOfIRI returns the entity type an entity IRI was minted with
// (kg.EntityIRI), or "" for another IRI.
func TypeOfIRI(iri string) schema.Type {
	rest, ok := strings.CutPrefix(iri, schema.NSEntity)
	if !ok {
		return ""
	}
	seg, _, _ := strings.Cut(rest, "/")
	for _, t := range []schema.Type{schema.Person, schema.Organization, schema.Product, schema.Place, schema.Event, schema.Misc} {
		if strings.ToLower(string(t)) == seg {
			return t
		}
	}
	return ""
}

// MaxCandidates is the most entities a key may hold and still be read: a
// key holding more (a common surname, a short skeleton many names share)
// says nothing of one thing, and Link drops it, so a rule that needs it
// joins nothing. An index reads at most MaxCandidates+1 entities of a key,
// which bounds the cost of a lookup whatever the index holds.
const MaxCandidates = 8

// dropCrowded removes the keys that hold more than MaxCandidates entities.
func dropCrowded(found map[string][]Candidate) {
	for k, cs := range found {
		if len(cs) > MaxCandidates {
			delete(found, k)
		}
	}
}
