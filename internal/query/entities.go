package query

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/export"
	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/schema"
)

// EntitiesOptions filter entities and link.
type EntitiesOptions struct {
	Type    string   // an entity type, any case ("" for all)
	Docs    []string // only entities these documents mention (IRIs)
	MinDocs int      // only entities at least this many documents mention
	Limit   int      // only the first this many, in Entities' order (0: all)
}

// EntityRow is one entity of entities and link, merged across documents.
type EntityRow struct {
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Docs    []string `json:"documents"` // short ids
	Langs   []string `json:"langs"`
}

// Entities lists the entities the options select, sorted by type and name,
// the first opt.Limit of them (0: all), and returns how many there are.
// The documents of an entity are the labels of its rdf:type quads, read
// per type through the object index.
func Entities(ctx context.Context, st *store.Store, opt EntitiesOptions) ([]EntityRow, int, error) {
	var types []string
	if opt.Type != "" {
		t, err := EntityType(opt.Type)
		if err != nil {
			return nil, 0, err
		}
		ti, _ := t.Info()
		types = []string{ti.IRI}
	} else {
		for _, t := range schema.Types() {
			if t.IsEntity() {
				types = append(types, t.IRI)
			}
		}
	}
	mentions, err := typeMentions(ctx, st, types)
	if err != nil {
		return nil, 0, err
	}
	r := newReader(st)
	docsOf := map[string][]string{}
	typeOf := map[string]string{}
	for i, ms := range mentions {
		for _, m := range ms {
			docsOf[m.Entity] = append(docsOf[m.Entity], m.Doc)
			typeOf[m.Entity] = typeNames[types[i]]
		}
	}
	var iris, allDocs []string
	for e, ds := range docsOf {
		ds = uniq(ds)
		docsOf[e] = ds
		if len(ds) < opt.MinDocs {
			continue
		}
		if len(opt.Docs) > 0 && !slices.ContainsFunc(ds, func(d string) bool { return slices.Contains(opt.Docs, d) }) {
			continue
		}
		iris = append(iris, e)
		allDocs = append(allDocs, ds...)
	}
	if st.HasQueryIndex() {
		// The names and articles from the query index: two short scans per
		// entity instead of every name quad of every entity and every
		// document's quads; the articles only of the rows it returns. In
		// key order, the scans move forward through the index (the map gave
		// them in no order).
		slices.Sort(iris)
		rows, err := r.indexedRows(ctx, iris, typeOf, docsOf, opt.Limit)
		return rows, len(iris), err
	}
	docs, err := r.documents(ctx, allDocs)
	if err != nil {
		return nil, 0, err
	}
	nodes, err := r.readNodes(ctx, iris, rdf.PropName, rdf.PropSurfaceForm)
	if err != nil {
		return nil, 0, err
	}
	out := make([]EntityRow, 0, len(iris))
	for _, e := range iris {
		p := nodes[e]
		counts := map[string]int{}
		for _, q := range p[rdf.PropName] {
			counts[rdf.Text(q.Object)]++
		}
		row := EntityRow{ID: e, Type: typeOf[e], Name: export.ChooseName(counts), Aliases: []string{}}
		for _, n := range append(p.uniqueObjects(rdf.PropName), p.uniqueObjects(rdf.PropSurfaceForm)...) {
			if n != row.Name && !slices.Contains(row.Aliases, n) {
				row.Aliases = append(row.Aliases, n)
			}
		}
		slices.Sort(row.Aliases)
		for _, d := range docsOf[e] {
			if di := docs[d]; di != nil {
				row.Docs = append(row.Docs, di.ID)
				row.Langs = append(row.Langs, di.Lang)
			}
		}
		slices.Sort(row.Docs)
		row.Langs = uniq(row.Langs)
		out = append(out, row)
	}
	sortEntityRows(out)
	if opt.Limit > 0 && len(out) > opt.Limit {
		out = out[:opt.Limit]
	}
	return out, len(iris), nil
}

// typeMentions returns, for each type, the entities documents give it
// and those documents: from the entity entries of the query index, a key
// a mention; else the type's rdf:type quads, through the object index
// (entities --type person on the 30k store read every one of them).
func typeMentions(ctx context.Context, st *store.Store, types []string) ([][]store.TypeMention, error) {
	if st.HasEntityIndex() {
		return st.TypeMentions(ctx, types)
	}
	lookups := make([]store.Lookup, len(types))
	for i, t := range types {
		lookups[i] = store.In(quad.IRI(t), schema.RDFType)
	}
	res, err := st.Read(ctx, lookups...)
	if err != nil {
		return nil, err
	}
	out := make([][]store.TypeMention, len(types))
	for i, qs := range res {
		for _, q := range qs {
			out[i] = append(out[i], store.TypeMention{Entity: rdf.Text(q.Subject), Doc: label(q)})
		}
	}
	return out, nil
}

// WriteEntities writes the entities in format.
func WriteEntities(w io.Writer, format string, rows []EntityRow, none string) error {
	return writeList(w, format, []string{"TYPE", "NAME", "ALIASES", "DOCS", "ID"}, rows, func(e EntityRow) []string {
		return []string{e.Type, e.Name, strings.Join(e.Aliases, ", "), fmt.Sprint(len(e.Docs)), ShortID(e.ID)}
	}, none)
}

// Link lists the entities at least minDocs articles share, the most shared
// first: what ties the articles of the store together. It returns limit of
// them (0: all) and how many there are. On a store with the query index it
// reads only the entities it returns.
func Link(ctx context.Context, st *store.Store, minDocs, limit int) ([]EntityRow, int, error) {
	minDocs = max(minDocs, 1)
	var rows []EntityRow
	total := 0
	if st.HasQueryIndex() {
		ents, n, err := st.EntitiesByDocs(ctx, minDocs, limit)
		if err != nil {
			return nil, 0, err
		}
		iris := make([]string, len(ents))
		for i, e := range ents {
			iris[i] = e.IRI
		}
		if rows, err = newReader(st).indexedRows(ctx, iris, nil, nil, 0); err != nil {
			return nil, 0, err
		}
		total = n
	} else {
		var err error
		if rows, total, err = Entities(ctx, st, EntitiesOptions{MinDocs: minDocs}); err != nil {
			return nil, 0, err
		}
	}
	slices.SortStableFunc(rows, func(a, b EntityRow) int { return cmp.Compare(len(b.Docs), len(a.Docs)) })
	if limit > 0 && len(rows) > limit {
		rows = rows[:limit]
	}
	return rows, total, nil
}

// indexedRows makes the rows of the entities from the query index (their
// documents and names), sorted as Entities sorts them, the first limit of
// them (0: all). typeOf, when not nil, gives each entity's type (Entities
// read it already); otherwise it is read. docsOf, when not nil, keeps only
// the documents it gives for an entity (those that give it the type listed:
// an entity typed Person in one article and Organization in another lists
// only the first with --type person). The order needs the names only, so
// the articles are read for the rows returned (entities --type person on
// the 30k store: 32,061 entities, 50 shown).
func (r *reader) indexedRows(ctx context.Context, iris []string, typeOf map[string]string, docsOf map[string][]string, limit int) ([]EntityRow, error) {
	cut := limit > 0 && len(iris) > limit
	// With no documents to keep, the articles' ids and languages are all
	// a row needs of them: the entity entries give them in a short key
	// each, where the summaries read each article's title and date too.
	idsOnly := docsOf == nil && r.st.HasEntityIndex()
	sums, err := r.summaries(ctx, iris, !cut && !idsOnly)
	if err != nil {
		return nil, err
	}
	var untyped []string
	for _, e := range iris {
		if typeOf == nil && typeFromIRI(e) == "" {
			untyped = append(untyped, e)
		}
	}
	types, err := r.readNodes(ctx, untyped, schema.RDFType)
	if err != nil {
		return nil, err
	}
	out := make([]EntityRow, 0, len(iris))
	for _, e := range iris {
		sum := sums[e]
		row := EntityRow{ID: e, Type: typeFromIRI(e), Name: export.ChooseName(sum.Names), Aliases: []string{}}
		for _, t := range types[e].uniqueObjects(schema.RDFType) {
			if n, ok := typeNames[t]; ok {
				row.Type = n
			}
		}
		if typeOf != nil {
			row.Type = typeOf[e]
		}
		for n := range sum.Names {
			if n != row.Name {
				row.Aliases = append(row.Aliases, n)
			}
		}
		for n := range sum.Forms {
			if n != row.Name && sum.Names[n] == 0 {
				row.Aliases = append(row.Aliases, n)
			}
		}
		slices.Sort(row.Aliases)
		out = append(out, row)
	}
	sortEntityRows(out)
	if cut {
		out = out[:limit]
	}
	if idsOnly {
		kept := make([]string, len(out))
		for i, row := range out {
			kept[i] = row.ID
		}
		ids, err := r.st.EntityDocIDs(ctx, kept)
		if err != nil {
			return nil, err
		}
		for i := range out {
			row := &out[i]
			for _, d := range ids[row.ID] {
				for range d.N {
					row.Docs = append(row.Docs, d.ID)
					row.Langs = append(row.Langs, d.Lang)
				}
			}
			slices.Sort(row.Docs)
			row.Langs = uniq(row.Langs)
		}
		return out, nil
	}
	if cut {
		kept := make([]string, len(out))
		for i, row := range out {
			kept[i] = row.ID
		}
		if sums, err = r.summaries(ctx, kept, true); err != nil {
			return nil, err
		}
	}
	for i := range out {
		row := &out[i]
		for _, d := range sums[row.ID].Docs {
			if docsOf != nil && !slices.Contains(docsOf[row.ID], d.IRI) {
				continue
			}
			id := d.ID
			if id == "" {
				id = kg.DocIDFromIRI(d.IRI)
			}
			row.Docs = append(row.Docs, id)
			row.Langs = append(row.Langs, d.Lang)
		}
		slices.Sort(row.Docs)
		row.Langs = uniq(row.Langs)
	}
	return out, nil
}

// summaries reads the entities' summaries from the query index; with
// their articles, in two halves read at once (link: the 50 most shared
// entities of a 30k store list 52,454 articles, most of its time).
func (r *reader) summaries(ctx context.Context, iris []string, docs bool) (map[string]*store.EntitySummary, error) {
	if !docs || len(iris) < 2 {
		return r.st.EntitySummaries(ctx, iris, docs)
	}
	half := len(iris) / 2
	var other map[string]*store.EntitySummary
	var otherErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		other, otherErr = r.st.EntitySummaries(ctx, iris[half:], true)
	}()
	sums, err := r.st.EntitySummaries(ctx, iris[:half], true)
	<-done
	if err != nil {
		return nil, err
	}
	if otherErr != nil {
		return nil, otherErr
	}
	maps.Copy(sums, other)
	return sums, nil
}

// sortEntityRows orders entity rows by type, name and IRI, whether they were
// read from the quads or from the query index.
func sortEntityRows(out []EntityRow) {
	slices.SortFunc(out, func(a, b EntityRow) int {
		return cmp.Or(strings.Compare(a.Type, b.Type), strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
}

// WriteLink writes link's rows in format.
func WriteLink(w io.Writer, format string, rows []EntityRow, minDocs int) error {
	return writeList(w, format, []string{"NAME", "TYPE", "DOCS", "LANGS", "ARTICLES", "ID"}, rows, func(e EntityRow) []string {
		return []string{e.Name, e.Type, fmt.Sprint(len(e.Docs)), strings.Join(e.Langs, ","), strings.Join(e.Docs, ", "), ShortID(e.ID)}
	}, fmt.Sprintf("no entity is shared by %d or more articles", minDocs))
}
