package build

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/store"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// skeletonClasses are the letters text.Skeleton writes.
const skeletonClasses = "btskflrmn"

// LinkToStore joins entities of a new build to entities already in the
// store whose names are a transliteration near miss in the other script:
// what LinkAcrossLanguages does within one build, for an Arabic article
// built after its English twin (or the reverse). The candidates are the
// IRIs one skeleton edit away, looked up in one batched read; a stored
// entity whose name is in the other script wins, the batch entity takes its
// IRI, and an alias fact keeps the similarity as confidence.
func LinkToStore(ctx context.Context, st *store.Store, graphs []*kg.Graph) (int, error) {
	type want struct {
		from, name string
		latin      bool
		typ        schema.Type
		words      []string
	}
	var wants []want
	var lookups []store.Lookup
	var cands [][]string
	inBatch := map[string]bool{}
	for _, g := range graphs {
		for _, e := range g.Entities {
			inBatch[e.IRI] = true
		}
	}
	seen := map[string]bool{}
	for _, g := range graphs {
		for _, e := range g.Entities {
			if seen[e.IRI] || !isSkeletonIRI(e.IRI) {
				continue
			}
			seen[e.IRI] = true
			words := strings.Split(strings.TrimPrefix(lastSegment(e.IRI), "x-"), "-")
			if len(strings.Join(words, " ")) < 4 {
				continue // too short to link on a near miss (similarity says 0)
			}
			var cs []string
			for _, alt := range nearSkeletons(words, e.Type == schema.Person) {
				iri := kg.EntityIRI(e.Type, "x-"+strings.Join(alt, "-"))
				if !inBatch[iri] {
					cs = append(cs, iri)
					lookups = append(lookups, store.Out(iri, kg.PropName))
				}
			}
			wants = append(wants, want{e.IRI, e.Name, latinName(e.Name), e.Type, words})
			cands = append(cands, cs)
		}
	}
	if len(lookups) == 0 {
		return 0, nil
	}
	res, err := st.Read(ctx, lookups...)
	if err != nil {
		return 0, err
	}
	stored := map[string]string{} // IRI → a name it was stored with
	k := 0
	for _, cs := range cands {
		for _, iri := range cs {
			for _, q := range res[k] {
				if v, ok := q.Object.Native().(string); ok {
					stored[iri] = v
				} else {
					stored[iri] = q.Object.String()
				}
			}
			k++
		}
	}
	rename := map[string]string{}
	conf := map[string]float64{}
	other := map[string]string{}
	for i, w := range wants {
		best, bestSim := "", 0.0
		sort.Strings(cands[i])
		for _, iri := range cands[i] {
			name, ok := stored[iri]
			if !ok || latinName(name) == w.latin {
				continue // absent, or the same script: not a transliteration
			}
			words := strings.Split(strings.TrimPrefix(lastSegment(iri), "x-"), "-")
			if s := similarity(w.words, words, w.typ == schema.Person); s > bestSim {
				best, bestSim = iri, s
			}
		}
		if best != "" && bestSim >= linkThreshold {
			rename[w.from], conf[w.from], other[w.from] = best, bestSim, stored[best]
		}
	}
	applyRenames(graphs, rename, conf, other)
	return len(rename), nil
}

// nearSkeletons returns the skeletons one edit away from words (a letter
// dropped, changed or added), keeping the word count; for people the edit
// may touch one word only, which is what one edit means anyway.
func nearSkeletons(words []string, person bool) [][]string {
	var out [][]string
	for wi, w := range words {
		add := func(nw string) {
			if nw == "" || nw == w {
				return
			}
			alt := append([]string(nil), words...)
			alt[wi] = nw
			out = append(out, alt)
		}
		for i := 0; i <= len(w); i++ {
			if i < len(w) {
				add(w[:i] + w[i+1:])
				for _, c := range skeletonClasses {
					add(w[:i] + string(c) + w[i+1:])
				}
			}
			for _, c := range skeletonClasses {
				add(w[:i] + string(c) + w[i:])
			}
		}
	}
	_ = person
	return out
}

// UnchangedIn returns an Options.Unchanged for an incremental build into
// st: a document is unchanged when the store holds a document with its id
// whose content hash, source and language are the document's (the graph
// would be rebuilt the same; --force rebuilds it anyway, after a change
// of the extraction).
func UnchangedIn(st *store.Store) func(ctx context.Context, d *text.Document) (bool, error) {
	return func(ctx context.Context, d *text.Document) (bool, error) {
		qs, err := st.ReadOne(ctx, store.Out(kg.DocIRI(d.ID), kg.PropSHA256, kg.PropSource, kg.PropLang))
		if err != nil || len(qs) == 0 {
			return false, err
		}
		want := map[string]string{kg.PropSHA256: d.SHA256, kg.PropSource: d.Source, kg.PropLang: string(d.Lang)}
		label := quad.IRI(kg.DocIRI(d.ID))
		got := 0
		for _, q := range qs {
			if q.Label != label {
				continue
			}
			p, _ := q.Predicate.(quad.IRI)
			s, ok := q.Object.(quad.String)
			if !ok || want[string(p)] != string(s) {
				return false, nil
			}
			got++
		}
		return got == len(want), nil
	}
}
