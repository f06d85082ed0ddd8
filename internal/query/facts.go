package query

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/schema"
)

// FactsOptions filter facts. Every filter given must hold.
type FactsOptions struct {
	Predicate     string   // a schema predicate's short name
	Subject       string   // an entity name (Resolve)
	Object        string   // an entity name (Resolve)
	MinConfidence float64  //
	Docs          []string // document IRIs
}

// Fact is one fact with its provenance.
type Fact struct {
	ID         string  `json:"id"`
	Subject    string  `json:"subject"`
	SubjectID  string  `json:"subject_id"`
	Predicate  string  `json:"predicate"`
	Object     string  `json:"object,omitempty"`
	ObjectID   string  `json:"object_id,omitempty"`
	Value      string  `json:"value,omitempty"`
	Amount     float64 `json:"amount,omitempty"`
	Currency   string  `json:"currency,omitempty"`
	Confidence float64 `json:"confidence"`
	Doc        string  `json:"doc"`
	DocIRI     string  `json:"-"`
	Published  string  `json:"published"`
	DocTitle   string  `json:"doc_title,omitempty"`
	Evidence   string  `json:"evidence"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Rule       string  `json:"rule"`
}

// Target is what the fact points at: the object's name or the value.
func (f Fact) Target() string {
	if f.ObjectID != "" {
		return f.Object
	}
	return f.Value
}

// CheckPredicate returns a usage error for a predicate the schema lacks.
func CheckPredicate(name string) (schema.Predicate, error) {
	p, ok := schema.LookupPredicate(name)
	if !ok {
		for _, q := range schema.Predicates() {
			if strings.EqualFold(q.Name, name) {
				return q, nil
			}
		}
		return p, errorf(ErrUsage, "unknown predicate %q; choose one of %s", name, strings.Join(schema.PredicateNames(), ", "))
	}
	return p, nil
}

// Facts returns the facts the options select, newest article first, in
// text order within one.
func Facts(ctx context.Context, st *store.Store, opt FactsOptions) ([]Fact, error) {
	r := newReader(st)
	var sets [][]string
	if opt.Predicate != "" {
		p, err := CheckPredicate(opt.Predicate)
		if err != nil {
			return nil, err
		}
		qs, err := st.ReadOne(ctx, store.In(quad.IRI(p.GraphIRI()), rdf.PropPredicate))
		if err != nil {
			return nil, err
		}
		sets = append(sets, subjects(qs))
	}
	for _, side := range []struct{ name, pred string }{{opt.Subject, rdf.PropSubject}, {opt.Object, rdf.PropObject}} {
		if side.name == "" {
			continue
		}
		e, err := r.resolve(ctx, side.name)
		if err != nil {
			return nil, err
		}
		qs, err := st.ReadOne(ctx, store.In(quad.IRI(e.IRI), side.pred))
		if err != nil {
			return nil, err
		}
		sets = append(sets, subjects(qs))
	}
	if len(opt.Docs) > 0 {
		var all []string
		for _, d := range opt.Docs {
			qs, err := st.ReadOne(ctx, store.Out(d, rdf.PropHasFact))
			if err != nil {
				return nil, err
			}
			all = append(all, objects(qs)...)
		}
		sets = append(sets, uniq(all))
	}
	if len(sets) == 0 {
		qs, err := st.ReadOne(ctx, store.In(quad.IRI(rdf.ClassFact), schema.RDFType))
		if err != nil {
			return nil, err
		}
		sets = append(sets, subjects(qs))
	}
	ids := sets[0]
	for _, s := range sets[1:] {
		ids = slices.DeleteFunc(ids, func(id string) bool { _, ok := slices.BinarySearch(s, id); return !ok })
	}
	facts, err := r.facts(ctx, ids)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(facts, func(f Fact) bool { return f.Confidence < opt.MinConfidence }), nil
}

// facts reads fact nodes, with their entities' names and documents.
func (r *reader) facts(ctx context.Context, ids []string) ([]Fact, error) {
	nodes, err := r.readNodes(ctx, ids)
	if err != nil {
		return nil, err
	}
	var out []Fact
	var ents, docIRIs []string
	for _, id := range ids {
		p := nodes[id]
		if len(p) == 0 {
			continue
		}
		f := Fact{ID: id, SubjectID: p.str(rdf.PropSubject), Predicate: predicateName(p.str(rdf.PropPredicate)),
			ObjectID: p.str(rdf.PropObject), Value: p.str(rdf.PropValueText), Amount: num(p.one(rdf.PropAmount)),
			Currency: p.str(rdf.PropCurrency), Confidence: num(p.one(rdf.PropConfidence)), Evidence: p.str(rdf.PropEvidence),
			Start: int(num(p.one(rdf.PropStart))), End: int(num(p.one(rdf.PropEnd))), Rule: p.str(rdf.PropRule)}
		if qs := p[rdf.PropSubject]; len(qs) > 0 {
			f.DocIRI = label(qs[0])
		}
		ents = append(ents, f.SubjectID, f.ObjectID)
		docIRIs = append(docIRIs, f.DocIRI)
		out = append(out, f)
	}
	infos, docs, err := r.entitiesAndDocuments(ctx, ents, docIRIs)
	if err != nil {
		return nil, err
	}
	for i := range out {
		f := &out[i]
		if e := infos[f.SubjectID]; e != nil {
			f.Subject = e.Name
		}
		if e := infos[f.ObjectID]; e != nil {
			f.Object = e.Name
		}
		if d := docs[f.DocIRI]; d != nil {
			f.Doc, f.Published, f.DocTitle = d.ID, d.Published, d.Title
		}
	}
	slices.SortFunc(out, func(a, b Fact) int {
		return cmp.Or(strings.Compare(b.Published, a.Published), strings.Compare(a.Doc, b.Doc),
			cmp.Compare(a.Start, b.Start), strings.Compare(a.ID, b.ID))
	})
	return out, nil
}

// WriteFacts writes facts in format.
func WriteFacts(w io.Writer, format string, facts []Fact) error {
	return writeList(w, format, []string{"SUBJECT", "PREDICATE", "OBJECT", "CONFIDENCE", "DOCUMENT", "EVIDENCE"}, facts,
		func(f Fact) []string {
			return []string{f.Subject, f.Predicate, f.Target(), strconv.FormatFloat(f.Confidence, 'f', 2, 64), f.Doc, f.Evidence}
		}, "no facts matched")
}

func confidence(c float64) string { return fmt.Sprintf("%.2f", c) }
