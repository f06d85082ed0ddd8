package query

import (
	"context"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/schema"
)

// maxTranslitNames bounds the name quads read for a candidate of a
// transliterated lookup: one per document that names it.
const maxTranslitNames = 64

// transliterated returns the entities that name, written in the other
// script, may mean, most similar first ("David Cameron" finds ديفيد كاميرون
// when only an Arabic article names him, and the reverse), and each one's
// similarity (identity.TranslitScore of its best name). The candidates
// come from the identity index, by the keys the build's cross-script
// joins use (identity.TranslitProbes): a fixed number of reads, whatever
// the store holds. A store without that index is looked up by the exact
// skeleton key of the IRI.
func (r *reader) transliterated(ctx context.Context, name string) ([]string, error) {
	var keys []string
	var lookups []store.Lookup
	var types []schema.Type
	for _, t := range schema.Types() {
		if !t.IsEntity() {
			continue
		}
		types = append(types, t.Name)
		keys = append(keys, identity.TranslitProbes(t.Name, name)...)
		if k := identity.NameKey(t.Name, name); strings.HasPrefix(k, "x-") {
			lookups = append(lookups, store.Out(kg.EntityIRI(t.Name, k), rdf.PropName))
		}
	}
	found, err := r.st.Identity().Lookup(ctx, keys)
	if err != nil {
		return nil, err
	}
	var iris []string
	for _, k := range keys {
		for _, c := range found[k] {
			iris = append(iris, c.IRI)
		}
	}
	res, err := r.st.Read(ctx, lookups...)
	if err != nil {
		return nil, err
	}
	for _, qs := range res {
		iris = append(iris, subjects(qs)...)
	}
	slices.Sort(iris)
	iris = slices.Compact(iris)
	if len(iris) == 0 {
		return nil, nil
	}
	names := make([]store.Lookup, len(iris))
	for i, iri := range iris {
		names[i] = store.Out(iri, rdf.PropName)
		names[i].Limit = maxTranslitNames
	}
	nres, err := r.st.Read(ctx, names...)
	if err != nil {
		return nil, err
	}
	type scored struct {
		iri  string
		sim  float64
		docs int
	}
	var out []scored
	for i, qs := range nres {
		t := identity.TypeOfIRI(iris[i])
		if !slices.Contains(types, t) {
			continue
		}
		best := 0.0
		docs := map[quad.Value]bool{}
		for _, q := range qs {
			docs[q.Label] = true
			if n, ok := q.Object.Native().(string); ok {
				best = max(best, identity.TranslitScore(t, name, n))
			}
		}
		if best > 0 {
			out = append(out, scored{iris[i], best, len(docs)})
		}
	}
	slices.SortFunc(out, func(a, b scored) int {
		switch {
		case a.sim != b.sim:
			if a.sim > b.sim {
				return -1
			}
			return 1
		case a.docs != b.docs:
			return b.docs - a.docs
		}
		return strings.Compare(a.iri, b.iri)
	})
	r.similar = map[string]float64{}
	iris = iris[:0]
	for _, s := range out {
		iris = append(iris, s.iri)
		r.similar[s.iri] = s.sim
	}
	return iris, nil
}

// translitChoice is the one candidate a transliterated lookup settles on:
// the only one (at least as similar as the build's joins, as every
// candidate is), or the most similar when it is alone at its similarity
// and a transliteration checked both ways or of the very skeleton of name
// (identity.SureTranslit). Otherwise the user is shown them, most similar
// first.
func (r *reader) translitChoice(cands []string) (string, bool) {
	switch {
	case len(cands) == 1:
		return cands[0], true
	case len(cands) > 1 && identity.SureTranslit(r.similar[cands[0]]) && r.similar[cands[1]] < r.similar[cands[0]]:
		return cands[0], true
	}
	return "", false
}
