package build

import (
	"context"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/internal/text"
)

// UnchangedIn returns an Options.Unchanged for an incremental build into
// st: a document is unchanged when the store holds a document with its id
// whose content hash, source and language are the document's (the graph
// would be rebuilt the same; --force rebuilds it anyway, after a change
// of the extraction).
func UnchangedIn(st *store.Store) func(ctx context.Context, d *text.Document) (bool, error) {
	return func(ctx context.Context, d *text.Document) (bool, error) {
		qs, err := st.ReadOne(ctx, store.Out(kg.DocIRI(d.ID), rdf.PropSHA256, rdf.PropSource, rdf.PropLang))
		if err != nil || len(qs) == 0 {
			return false, err
		}
		want := map[string]string{rdf.PropSHA256: d.SHA256, rdf.PropSource: d.Source, rdf.PropLang: string(d.Lang)}
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
