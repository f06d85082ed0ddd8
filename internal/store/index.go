package store

import (
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/text"
)

// The name index: WriteGraphs adds, for every entity of a document, quads
// that let a reader find the entity by a folded form of any of its names
// through the object index alone, without reading every entity:
//
//	<entity> <IndexKey>    "folded name"   <doc>   (one per name and alias)
//	<entity> <IndexPrefix> "fol"           <doc>   (the first letters of each word of a key)
//
// They carry the document's label and hang off an entity the document
// mentions, so replacing or rebuilding a document replaces them with the
// rest of its quads. They are bookkeeping: Quads, Graphs and the exports
// leave them out, QuadCount and WriteStats.Quads count them.
//
// They are written only to a store without the query index (memstore,
// postgres, key-value stores made before it): the query index's name
// entries (qindex.go, K and T) give the same lookups and derive from the
// entity's name and surfaceForm quads, and a document's replacement
// reads them back from those. As quads they cost a quarter of a build's
// write: each an index list of its entity, read and written again with
// every document that names the entity, so their cost grew with the store
// (issue 14). A document written with them (a store made before) keeps
// them until it is replaced.
const (
	IndexNS     = "https://graphbuild.dev/ns/index#"
	IndexKey    = IndexNS + "nameKey"
	IndexPrefix = IndexNS + "namePrefix"
)

// PrefixLen is how many letters of a word the prefix index keeps: a name is
// found by a prefix of at least this many letters.
const PrefixLen = 3

// NameKey is the form names are matched by: text.FoldName (case, hamza,
// alef, ta marbuta, alef maqsura, diacritics, tatweel, punctuation), then
// the article ال taken off each Arabic word, so الشمري and شمري meet.
func NameKey(name string) string {
	words := strings.Fields(text.FoldName(name))
	for i, w := range words {
		words[i] = text.StripArticle(w)
	}
	return strings.Join(words, " ")
}

// KeyPrefixes returns the prefix buckets of a key: the first PrefixLen
// letters of each of its words (a shorter word whole).
func KeyPrefixes(key string) []string {
	var out []string
	for _, w := range strings.Fields(key) {
		out = append(out, prefixOf(w))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func prefixOf(w string) string {
	r := []rune(w)
	if len(r) > PrefixLen {
		r = r[:PrefixLen]
	}
	return string(r)
}

// PrefixBucket is the bucket a query word is looked up in, and whether the
// word is long enough to be looked up by prefix at all.
func PrefixBucket(word string) (string, bool) {
	return prefixOf(word), len([]rune(word)) >= PrefixLen
}

// indexQuads returns the name index quads of a graph, sorted and unique.
func indexQuads(g *kg.Graph) []quad.Quad {
	doc := quad.IRI(g.Doc.IRI())
	var qs []quad.Quad
	for _, e := range g.Entities {
		s := quad.IRI(e.IRI)
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := NameKey(n)
			if k == "" {
				continue
			}
			qs = append(qs, quad.Quad{Subject: s, Predicate: quad.IRI(IndexKey), Object: quad.String(k), Label: doc})
			for _, p := range KeyPrefixes(k) {
				qs = append(qs, quad.Quad{Subject: s, Predicate: quad.IRI(IndexPrefix), Object: quad.String(p), Label: doc})
			}
		}
	}
	rdf.SortQuads(qs)
	return slices.CompactFunc(qs, func(a, b quad.Quad) bool { return a == b })
}

// IndexQuadCount returns how many index quads WriteGraphs adds for g (for
// tests that count a store's quads).
func IndexQuadCount(g *kg.Graph) int { return len(indexQuads(g)) }

func isIndexQuad(q quad.Quad) bool {
	p, ok := q.Predicate.(quad.IRI)
	return ok && strings.HasPrefix(string(p), IndexNS)
}
