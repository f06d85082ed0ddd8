package query

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/export"
	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/schema"
)

// reader reads nodes of the graph through the store's indexed lookups and
// keeps what it read for the rest of one command.
type reader struct {
	st   *store.Store
	ents map[string]*EntityInfo
	docs map[string]*DocInfo
	// similar is the similarity of the candidates of the last name looked
	// up, when they were found written in the other script (transliterated).
	similar map[string]float64
}

func newReader(st *store.Store) *reader {
	return &reader{st: st, ents: map[string]*EntityInfo{}, docs: map[string]*DocInfo{}}
}

// EntityInfo is what every listing shows of an entity.
type EntityInfo struct {
	IRI  string `json:"id"`
	Type string `json:"type"`
	Name string `json:"name"`
}

// DocInfo is what every listing shows of a document.
type DocInfo struct {
	IRI       string `json:"iri"`
	ID        string `json:"id"`
	Lang      string `json:"lang"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
}

// typeNames maps the schema.org IRI of an entity type to its name.
var typeNames = func() map[string]string {
	m := map[string]string{}
	for _, t := range schema.Types() {
		if t.IsEntity() {
			m[t.IRI] = string(t.Name)
		}
	}
	return m
}()

// entityPredicates are the stored IRIs of the predicates whose object is an
// entity: the direct triples that make the graph's edges.
var entityPredicates = func() []string {
	var out []string
	for _, p := range schema.Predicates() {
		if !p.Literal() {
			out = append(out, p.GraphIRI())
		}
	}
	return out
}()

// predicateName returns the short name of a stored predicate IRI.
func predicateName(iri string) string {
	return strings.TrimPrefix(iri, schema.NSProp)
}

// num is a numeric value, 0 when it is none.
func num(v quad.Value) float64 {
	x, _ := rdf.Number(v)
	return x
}

func boolean(v quad.Value) bool {
	b, _ := rdf.Native(v).(bool)
	return b
}

func label(q quad.Quad) string { return rdf.Text(q.Label) }

// props groups quads by predicate IRI.
type props map[string][]quad.Quad

func groupProps(qs []quad.Quad) props {
	p := props{}
	for _, q := range qs {
		k := rdf.Text(q.Predicate)
		p[k] = append(p[k], q)
	}
	return p
}

func (p props) one(pred string) quad.Value {
	if qs := p[pred]; len(qs) > 0 {
		return qs[0].Object
	}
	return nil
}

func (p props) str(pred string) string { return rdf.Text(p.one(pred)) }

// uniqueObjects returns the distinct objects of pred as strings, sorted.
func (p props) uniqueObjects(pred string) []string {
	var out []string
	for _, q := range p[pred] {
		out = append(out, rdf.Text(q.Object))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// readNodes reads the quads of the nodes with the given predicates (all
// when none), in one read, and returns them grouped per node.
func (r *reader) readNodes(ctx context.Context, iris []string, preds ...string) (map[string]props, error) {
	lookups := make([]store.Lookup, len(iris))
	for i, iri := range iris {
		lookups[i] = store.Out(iri, preds...)
	}
	res, err := r.st.Read(ctx, lookups...)
	if err != nil {
		return nil, err
	}
	out := make(map[string]props, len(iris))
	for i, iri := range iris {
		out[iri] = groupProps(res[i])
	}
	return out, nil
}

// entities returns the type and display name of each entity, reading the
// ones it does not know yet. The display name is chosen as the JSON export
// chooses it: a Latin-script name first, then the name most documents give,
// then the smallest.
func (r *reader) entities(ctx context.Context, iris []string) (map[string]*EntityInfo, error) {
	var need []string
	for _, iri := range uniq(iris) {
		if _, ok := r.ents[iri]; !ok && iri != "" {
			need = append(need, iri)
		}
	}
	if len(need) > 0 {
		// The type is part of a graphbuild entity IRI (kg.EntityIRI); only
		// an IRI of another shape needs its rdf:type read.
		var untyped []string
		for _, iri := range need {
			if typeFromIRI(iri) == "" {
				untyped = append(untyped, iri)
			}
		}
		names, err := r.nameCounts(ctx, need)
		if err != nil {
			return nil, err
		}
		types, err := r.readNodes(ctx, untyped, schema.RDFType)
		if err != nil {
			return nil, err
		}
		for _, iri := range need {
			e := &EntityInfo{IRI: iri, Type: typeFromIRI(iri)}
			for _, t := range types[iri].uniqueObjects(schema.RDFType) {
				if n, ok := typeNames[t]; ok {
					e.Type = n
				}
			}
			e.Name = export.ChooseName(names[iri])
			if e.Name == "" {
				e.Name = iri
			}
			r.ents[iri] = e
		}
	}
	out := make(map[string]*EntityInfo, len(iris))
	for _, iri := range iris {
		if e, ok := r.ents[iri]; ok {
			out[iri] = e
		}
	}
	return out, nil
}

// nameCounts returns each entity's names with how many documents give
// each: from the query index when the store has it (a few keys an
// entity), else from the name quads (one a document).
func (r *reader) nameCounts(ctx context.Context, iris []string) (map[string]map[string]int, error) {
	out := make(map[string]map[string]int, len(iris))
	if r.st.HasQueryIndex() {
		sums, err := r.st.EntitySummaries(ctx, iris, false)
		if err != nil {
			return nil, err
		}
		for iri, s := range sums {
			out[iri] = s.Names
		}
		return out, nil
	}
	nodes, err := r.readNodes(ctx, iris, rdf.PropName)
	if err != nil {
		return nil, err
	}
	for _, iri := range iris {
		counts := map[string]int{}
		for _, q := range nodes[iri][rdf.PropName] {
			counts[rdf.Text(q.Object)]++
		}
		out[iri] = counts
	}
	return out, nil
}

func (r *reader) entity(ctx context.Context, iri string) (*EntityInfo, error) {
	m, err := r.entities(ctx, []string{iri})
	if err != nil {
		return nil, err
	}
	return m[iri], nil
}

// typeFromIRI returns the entity type an entity IRI of kg.EntityIRI's
// shape names, or "".
func typeFromIRI(iri string) string {
	rest, ok := strings.CutPrefix(iri, schema.NSEntity)
	if !ok {
		return ""
	}
	t, _, ok := strings.Cut(rest, "/")
	if !ok {
		return ""
	}
	return entityTypeByLower[t]
}

var entityTypeByLower = func() map[string]string {
	m := map[string]string{}
	for _, t := range schema.Types() {
		if t.IsEntity() {
			m[strings.ToLower(string(t.Name))] = string(t.Name)
		}
	}
	return m
}()

// documents returns the metadata of each document IRI.
func (r *reader) documents(ctx context.Context, iris []string) (map[string]*DocInfo, error) {
	var need []string
	for _, iri := range uniq(iris) {
		if _, ok := r.docs[iri]; !ok && iri != "" {
			need = append(need, iri)
		}
	}
	if len(need) > 0 {
		nodes, err := r.readNodes(ctx, need, rdf.PropDocID, rdf.PropLang, rdf.PropTitle, rdf.PropPublished)
		if err != nil {
			return nil, err
		}
		for _, iri := range need {
			p := nodes[iri]
			r.docs[iri] = &DocInfo{IRI: iri, ID: p.str(rdf.PropDocID), Lang: p.str(rdf.PropLang), Title: p.str(rdf.PropTitle), Published: p.str(rdf.PropPublished)}
			if r.docs[iri].ID == "" {
				r.docs[iri].ID = kg.DocIDFromIRI(iri)
			}
		}
	}
	out := make(map[string]*DocInfo, len(iris))
	for _, iri := range iris {
		if d, ok := r.docs[iri]; ok {
			out[iri] = d
		}
	}
	return out, nil
}

// published returns the publication date of each document, reading only
// that (documents reads four properties).
func (r *reader) published(ctx context.Context, iris []string) (map[string]string, error) {
	out := make(map[string]string, len(iris))
	var need []string
	for _, iri := range iris {
		if d, ok := r.docs[iri]; ok {
			out[iri] = d.Published
		} else {
			need = append(need, iri)
		}
	}
	nodes, err := r.readNodes(ctx, need, rdf.PropPublished)
	if err != nil {
		return nil, err
	}
	for _, iri := range need {
		out[iri] = nodes[iri].str(rdf.PropPublished)
	}
	return out, nil
}

// newestFirst orders documents by publication date, newest first, then id.
func newestFirst(a, b *DocInfo) int {
	return cmp.Or(strings.Compare(b.Published, a.Published), strings.Compare(a.ID, b.ID))
}

func uniq(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return slices.Compact(out)
}

func subjects(qs []quad.Quad) []string {
	var out []string
	for _, q := range qs {
		out = append(out, rdf.Text(q.Subject))
	}
	return uniq(out)
}

func objects(qs []quad.Quad) []string {
	var out []string
	for _, q := range qs {
		out = append(out, rdf.Text(q.Object))
	}
	return uniq(out)
}

func labels(qs []quad.Quad) []string {
	var out []string
	for _, q := range qs {
		out = append(out, label(q))
	}
	return uniq(out)
}

// entitiesAndDocuments reads, in two batches, the entities and documents a
// listing refers to: every listing shows names and articles, not IRIs.
func (r *reader) entitiesAndDocuments(ctx context.Context, ents, docIRIs []string) (map[string]*EntityInfo, map[string]*DocInfo, error) {
	infos, err := r.entities(ctx, ents)
	if err != nil {
		return nil, nil, err
	}
	docs, err := r.documents(ctx, docIRIs)
	if err != nil {
		return nil, nil, err
	}
	return infos, docs, nil
}
