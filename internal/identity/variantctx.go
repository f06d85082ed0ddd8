package identity

import (
	"context"
	"sort"

	"graphbuild/internal/kg"
	"graphbuild/schema"
)

// Rule variant-context: a person's name in Latin script one letter from the
// name its skeleton key goes by (spellingVariants: Darren Campell, Darren
// Campbell) is the same name misspelt only when something else ties them:
// the article that writes it also names the person the other way, or it
// shares a context item (contexts: an organisation named, worked at, a
// title word) with an article of the other spelling. Two
// real names one letter apart are two people as often as one (John Houston,
// a UKIP candidate, and John Huston, the director), and an article about
// one shares no organisation with an article about the other. In Arabic
// script a foreign name's long vowels vary from writer to writer
// (ديفيد and دافيد), and such variants stay joined.

// variantUse is an entity of one article whose name is a spelling variant
// of its key's name (canon), held in the store (stored) or named in the
// batch.
type variantUse struct {
	g      *kg.Graph
	ent    kg.Entity
	canon  string
	stored bool
}

// needsVariantContext: a person in Latin script whose name is another
// spelling of canon (not canon folded), in an article that does not also
// write canon.
func needsVariantContext(g *kg.Graph, e kg.Entity, canon string) bool {
	if e.Type != schema.Person || !latinName(e.Name) || canon == "" || Fold(e.Name) == Fold(canon) {
		return false
	}
	f := Fold(canon)
	for _, x := range g.Entities {
		if x.IRI != e.IRI {
			continue
		}
		for _, n := range append([]string{x.Name}, x.Aliases...) {
			if Fold(n) == f {
				return false
			}
		}
	}
	return true
}

// storedCanon reports whether the store holds the key's entity under canon.
func storedCanon(cs []Candidate, iri, canon string) bool {
	for _, c := range cs {
		if c.IRI == iri && c.Name == canon {
			return true
		}
	}
	return false
}

// variantsApart returns the variant uses that share no context item with
// the articles of their canonical spelling: those of the batch, and for a
// canonical spelling the store holds, its surname context keys
// (kindContext: surname|item).
func variantsApart(ctx context.Context, graphs []*kg.Graph, vs []variantUse, index Index) ([]variantUse, error) {
	if len(vs) == 0 {
		return nil, nil
	}
	wanted := map[string]bool{} // IRI|folded canon of each variant
	for _, v := range vs {
		wanted[v.ent.IRI+"|"+Fold(v.canon)] = true
	}
	canonCtx := map[string]map[string]bool{} // IRI|folded canon → its context items
	for _, g := range graphs {
		var cs map[string][]string // only for an article of a canonical spelling
		for _, e := range g.Entities {
			k := e.IRI + "|" + Fold(e.Name)
			if !wanted[k] {
				continue
			}
			if cs == nil {
				cs = contexts(g, false)
			}
			if canonCtx[k] == nil {
				canonCtx[k] = map[string]bool{}
			}
			for _, c := range cs[e.IRI] {
				canonCtx[k][c] = true
			}
		}
	}
	var probes []string
	for _, v := range vs {
		if v.stored && index != nil {
			probes = append(probes, variantProbes(v)...)
		}
	}
	found := map[string][]Candidate{}
	if len(probes) > 0 {
		sort.Strings(probes)
		var err error
		if found, err = index.Lookup(ctx, compact(probes)); err != nil {
			return nil, err
		}
	}
	var apart []variantUse
	for _, v := range vs {
		if !sharesContext(v, canonCtx[v.ent.IRI+"|"+Fold(v.canon)], found) {
			apart = append(apart, v)
		}
	}
	return apart, nil
}

// variantProbes are the surname context keys of the canonical spelling
// with each context item of the variant (contexts: the organisations its
// article names, those it works at, its title words).
func variantProbes(v variantUse) []string {
	sur := surname(kg.Entity{Type: schema.Person, Name: v.canon})
	if sur == "" {
		return nil
	}
	var ks []string
	for _, c := range contexts(v.g, false)[v.ent.IRI] {
		ks = append(ks, kindContext+sur+"|"+c)
	}
	return ks
}

func sharesContext(v variantUse, batch map[string]bool, found map[string][]Candidate) bool {
	for _, c := range contexts(v.g, false)[v.ent.IRI] {
		if batch[c] {
			return true
		}
	}
	for _, k := range variantProbes(v) {
		for _, c := range found[k] {
			if c.IRI == v.ent.IRI {
				return true
			}
		}
	}
	return false
}
