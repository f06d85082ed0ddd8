package identity

import (
	"context"
	"sort"
	"strings"

	"graphbuild/internal/kg"
	"graphbuild/internal/text"
)

// kindIRI keys an entity by its own IRI, so the name a store holds for an
// IRI can be looked up like any other key.
const kindIRI = "id|"

// splitProbes: an entity keyed by a consonant skeleton is looked up by its
// IRI, for the name the store gives it.
func splitProbes(e kg.Entity) []string {
	if !strings.HasPrefix(lastSegment(e.IRI), "x-") {
		return nil
	}
	return []string{kindIRI + e.IRI}
}

// splitSkeletonCollisions gives its own key back to a name that shares a
// skeleton key with a different name of its script: James Brown and James
// Bourne, Jana Bennett and Jennie Bond are one skeleton ("kms brn", "kn
// bnt") but two people, and so are محمد الصديق and أحمد صادق ("mt stk").
// A skeleton key is for names written in two scripts; within one script
// two names are one thing only when they are one name spelt two ways
// (spellingVariants: Johan and Johann Cruyff; ديفيد and دافيد أوسبينا).
// The name the store holds for the key (when in that script), or else the
// one most articles of the batch use, keeps it; a name far from it is
// keyed by its exact folded form ("n-…"), as a short name is (rule
// skeleton-split). It returns how many entities were re-keyed.
func splitSkeletonCollisions(ctx context.Context, graphs []*kg.Graph, stored map[string][]Candidate, index Index) (int, error) {
	type use struct {
		g *kg.Graph
		i int
	}
	uses := map[string][]use{}
	for _, g := range graphs {
		for i, e := range g.Entities {
			if len(splitProbes(e)) > 0 {
				uses[e.IRI] = append(uses[e.IRI], use{g, i})
			}
		}
	}
	iris := make([]string, 0, len(uses))
	for iri := range uses {
		iris = append(iris, iri)
	}
	sort.Strings(iris)
	type rename struct {
		g        *kg.Graph
		from, to string
	}
	var renames []rename
	var variants []variantUse
	for _, iri := range iris {
		us := uses[iri]
		canon := map[bool]string{} // by script: Latin or not
		for _, c := range stored[kindIRI+iri] {
			if c.IRI == iri && c.Name != "" {
				canon[latinName(c.Name)] = c.Name
			}
		}
		count := map[string]int{}
		for _, u := range us {
			if u.i < len(u.g.Entities) && u.g.Entities[u.i].IRI == iri {
				count[u.g.Entities[u.i].Name]++
			}
		}
		for _, latin := range []bool{true, false} {
			if _, ok := canon[latin]; ok {
				continue
			}
			best := ""
			for name, k := range count {
				if latinName(name) == latin && (best == "" || k > count[best] || k == count[best] && name < best) {
					best = name
				}
			}
			canon[latin] = best
		}
		for _, u := range us {
			if u.i >= len(u.g.Entities) || u.g.Entities[u.i].IRI != iri {
				continue // renameIn merged or moved it while an earlier IRI was split
			}
			e := &u.g.Entities[u.i]
			c := canon[latinName(e.Name)]
			if spellingVariants(e.Name, c) {
				if needsVariantContext(u.g, *e, c) {
					variants = append(variants, variantUse{g: u.g, ent: *e, canon: c, stored: storedCanon(stored[kindIRI+iri], iri, c)})
				}
				continue
			}
			renames = append(renames, rename{u.g, e.IRI, exactIRI(*e)})
		}
	}
	apart, err := variantsApart(ctx, graphs, variants, index)
	if err != nil {
		return 0, err
	}
	for _, v := range apart {
		renames = append(renames, rename{v.g, v.ent.IRI, exactIRI(v.ent)})
	}
	// Renamed only now: a rename may merge two entities of a graph, which
	// moves the others.
	for _, r := range renames {
		renameIn(r.g, r.from, r.to)
	}
	return len(renames), nil
}

// exactIRI is the IRI of an entity keyed by its exact folded name.
func exactIRI(e kg.Entity) string {
	return kg.EntityIRI(e.Type, "n-"+strings.ReplaceAll(Fold(e.Name), " ", "-"))
}

// spellingVariants reports whether two names in one script are one name
// spelt two ways: the same number of words, and each word the same once
// its long vowels are dropped (Arabic script: ديفيد and دافيد), or within
// one letter, a word that differs being at least minVariantWord letters
// long (Latin script).
func spellingVariants(a, b string) bool {
	wa, wb := strings.Fields(Fold(a)), strings.Fields(Fold(b))
	if len(wa) != len(wb) {
		return false
	}
	if !latinName(a) || !latinName(b) {
		for i := range wa {
			if text.WithoutLongVowels(wa[i]) != text.WithoutLongVowels(wb[i]) {
				return false
			}
		}
		return true
	}
	for i := range wa {
		switch d := levenshtein(wa[i], wb[i]); {
		case d > 1:
			return false
		case d == 1 && min(len([]rune(wa[i])), len([]rune(wb[i]))) < minVariantWord:
			return false // Smit and Smith, Davis and Davies are two names
		}
	}
	return true
}

// minVariantWord is the least length of a word that one letter may change
// and leave the same name (Campell, Campbell): in a shorter word one
// letter is too much of it.
const minVariantWord = 6

// renameIn gives an entity of one graph a new IRI in that graph.
func renameIn(g *kg.Graph, from, to string) {
	for i := range g.Entities {
		if g.Entities[i].IRI == from {
			g.Entities[i].IRI = to
		}
	}
	for i := range g.Facts {
		if g.Facts[i].Subject == from {
			g.Facts[i].Subject = to
		}
		if g.Facts[i].Object == from {
			g.Facts[i].Object = to
		}
	}
	for i := range g.Quotes {
		if g.Quotes[i].Speaker == from {
			g.Quotes[i].Speaker = to
		}
		if g.Quotes[i].Org == from {
			g.Quotes[i].Org = to
		}
	}
	mergeDuplicates(g)
}
