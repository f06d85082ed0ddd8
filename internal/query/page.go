package query

import (
	"cmp"
	"context"
	"slices"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
)

// Top returns at most limit entities to open the page on: of the entities
// the most articles mention, those with the most facts linking them to
// other entities first.
func Top(ctx context.Context, st *store.Store, limit int) ([]Match, error) {
	rows, _, err := Entities(ctx, st, EntitiesOptions{})
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(rows, func(a, b EntityRow) int { return cmp.Compare(len(b.Docs), len(a.Docs)) })
	rows = rows[:min(len(rows), 4*limit)]
	iris := make([]string, len(rows))
	for i, e := range rows {
		iris[i] = e.ID
	}
	edges, err := newReader(st).edges(ctx, iris)
	if err != nil {
		return nil, err
	}
	out := make([]Match, len(rows))
	degree := map[string]int{}
	for i, e := range rows {
		out[i] = Match{EntityInfo: EntityInfo{IRI: e.ID, Type: e.Type, Name: e.Name}, Docs: len(e.Docs)}
		degree[e.ID] = len(edges[e.ID])
	}
	slices.SortStableFunc(out, func(a, b Match) int {
		return cmp.Or(cmp.Compare(degree[b.IRI], degree[a.IRI]), cmp.Compare(b.Docs, a.Docs))
	})
	return out[:min(len(out), limit)], nil
}

// Titles returns the job title of each entity that has one (its most
// confident jobTitle fact), read in two reads whatever the number of
// entities.
func Titles(ctx context.Context, st *store.Store, iris []string) (map[string]string, error) {
	lookups := make([]store.Lookup, len(iris))
	for i, iri := range iris {
		lookups[i] = store.In(quad.IRI(iri), rdf.PropSubject)
	}
	res, err := st.Read(ctx, lookups...)
	if err != nil {
		return nil, err
	}
	var facts []string
	for _, qs := range res {
		facts = append(facts, subjects(qs)...)
	}
	nodes, err := newReader(st).readNodes(ctx, uniq(facts), rdf.PropSubject, rdf.PropPredicate, rdf.PropValueText, rdf.PropConfidence)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	best := map[string]float64{}
	for _, id := range uniq(facts) {
		p := nodes[id]
		if predicateName(p.str(rdf.PropPredicate)) != "jobTitle" {
			continue
		}
		subj, title, conf := p.str(rdf.PropSubject), p.str(rdf.PropValueText), num(p.one(rdf.PropConfidence))
		if title == "" {
			continue
		}
		if c, ok := best[subj]; !ok || conf > c {
			out[subj], best[subj] = title, conf
		}
	}
	return out, nil
}
