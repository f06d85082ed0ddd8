package rdf

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// FromQuads rebuilds the graphs of the documents the quads describe, one
// per label, sorted by document IRI. It is the inverse of Quads: for a valid
// graph g, FromQuads(Quads(g)) returns g.Canonical(). Quads it does not know
// (the direct fact triples, the document's links) are skipped; quads without
// a label, a node of an unknown class or a malformed value are errors.
func FromQuads(qs []quad.Quad) ([]*kg.Graph, error) {
	byLabel := map[string][]quad.Quad{}
	for _, q := range qs {
		l, ok := q.Label.(quad.IRI)
		if !ok {
			return nil, fmt.Errorf("rdf: quad %s has no IRI label (document)", q.NQuad())
		}
		byLabel[string(l)] = append(byLabel[string(l)], q)
	}
	labels := make([]string, 0, len(byLabel))
	for l := range byLabel {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	out := make([]*kg.Graph, 0, len(labels))
	for _, l := range labels {
		g, err := graphFromQuads(l, byLabel[l])
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}

// entityTypeByIRI maps schema.org type IRIs back to entity types.
func entityTypeByIRI(iri string) (schema.Type, bool) {
	for _, t := range schema.Types() {
		if t.IsEntity() && t.IRI == iri {
			return t.Name, true
		}
	}
	return "", false
}

func predicateByGraphIRI(iri string) (string, bool) {
	name, ok := strings.CutPrefix(iri, schema.NSProp)
	if !ok {
		return "", false
	}
	if _, ok := schema.LookupPredicate(name); !ok {
		return "", false
	}
	return name, true
}

type node struct {
	props map[string][]quad.Value
}

func (n *node) one(p string) quad.Value {
	if v := n.props[p]; len(v) > 0 {
		return v[0]
	}
	return nil
}

func graphFromQuads(label string, qs []quad.Quad) (*kg.Graph, error) {
	nodes := map[string]*node{}
	for _, q := range qs {
		s, ok := q.Subject.(quad.IRI)
		if !ok {
			return nil, fmt.Errorf("rdf: document %s: subject %v is not an IRI", label, q.Subject)
		}
		p, ok := q.Predicate.(quad.IRI)
		if !ok {
			return nil, fmt.Errorf("rdf: document %s: predicate %v is not an IRI", label, q.Predicate)
		}
		n := nodes[string(s)]
		if n == nil {
			n = &node{props: map[string][]quad.Value{}}
			nodes[string(s)] = n
		}
		n.props[string(p)] = append(n.props[string(p)], q.Object)
	}
	dn := nodes[label]
	if dn == nil || !hasType(dn, ClassDocument) {
		return nil, fmt.Errorf("rdf: document %s: no document node in its quads", label)
	}
	var errs []error
	r := reader{errs: &errs, where: label}
	g := &kg.Graph{Doc: kg.Document{
		ID:        r.str(dn, PropDocID),
		Source:    r.str(dn, PropSource),
		Lang:      r.str(dn, PropLang),
		Title:     r.str(dn, PropTitle),
		Published: r.str(dn, PropPublished),
		SHA256:    r.str(dn, PropSHA256),
	}}
	if g.Doc.ID == "" {
		errs = append(errs, fmt.Errorf("document %s: no %s", label, PropDocID))
	} else if !g.Doc.HasIRI(label) {
		errs = append(errs, fmt.Errorf("document %s: id %q gives the IRI %s", label, g.Doc.ID, g.Doc.IRI()))
	}
	ids := make([]string, 0, len(nodes))
	for id := range nodes {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		n := nodes[id]
		r.where = id
		for _, tv := range n.props[schema.RDFType] {
			t, ok := tv.(quad.IRI)
			if !ok {
				errs = append(errs, fmt.Errorf("%s: rdf:type %v is not an IRI", id, tv))
				continue
			}
			switch string(t) {
			case ClassDocument:
			case ClassFact:
				f := kg.Fact{
					Subject:    r.iri(n, PropSubject),
					Object:     r.iri(n, PropObject),
					Evidence:   r.str(n, PropEvidence),
					Span:       text.InputSpan{Start: r.int(n, PropStart), End: r.int(n, PropEnd)},
					Confidence: r.float(n, PropConfidence),
					Rule:       r.str(n, PropRule),
				}
				pi := r.iri(n, PropPredicate)
				if name, ok := predicateByGraphIRI(pi); ok {
					f.Predicate = name
				} else {
					errs = append(errs, fmt.Errorf("%s: unknown predicate %q", id, pi))
				}
				if f.Object == "" {
					f.Value = &kg.Value{
						Text:     r.str(n, PropValueText),
						Amount:   r.float(n, PropAmount),
						Currency: r.str(n, PropCurrency),
						Kind:     r.str(n, PropValueKind),
						ISO:      r.str(n, PropValueISO),
					}
				}
				g.Facts = append(g.Facts, f)
			case ClassQuote:
				g.Quotes = append(g.Quotes, kg.Quote{
					Speaker:      r.iri(n, PropSpeaker),
					Text:         r.str(n, PropText),
					Direct:       r.bool(n, PropDirect),
					Span:         text.InputSpan{Start: r.int(n, PropStart), End: r.int(n, PropEnd)},
					Evidence:     r.str(n, PropEvidence),
					EvidenceSpan: text.InputSpan{Start: r.int(n, PropEvidenceStart), End: r.int(n, PropEvidenceEnd)},
					Title:        r.str(n, PropSpeakerTitle),
					Org:          r.iri(n, PropOrg),
					Confidence:   r.float(n, PropConfidence),
					Rule:         r.str(n, PropRule),
				})
			default:
				et, ok := entityTypeByIRI(string(t))
				if !ok {
					errs = append(errs, fmt.Errorf("%s: rdf:type %s is not a type of the schema", id, t))
					continue
				}
				e := kg.Entity{IRI: id, Type: et, Name: r.str(n, PropName), Gender: r.str(n, PropGender)}
				for _, v := range n.props[PropSurfaceForm] {
					e.Aliases = append(e.Aliases, r.text(v, PropSurfaceForm))
				}
				for _, v := range n.props[OWLSameAs] {
					e.SameAs = append(e.SameAs, r.iriValue(v, OWLSameAs))
				}
				g.Entities = append(g.Entities, e)
			}
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("rdf: reading document %s: %w", label, errors.Join(errs...))
	}
	return g.Canonical(), nil
}

func hasType(n *node, class string) bool {
	return slices.Contains(n.props[schema.RDFType], quad.Value(quad.IRI(class)))
}

// reader converts property values, collecting errors instead of stopping at
// the first.
type reader struct {
	errs  *[]error
	where string
}

func (r reader) fail(p string, v quad.Value, want string) {
	*r.errs = append(*r.errs, fmt.Errorf("%s: %s: %v is not %s", r.where, p, v, want))
}

func (r reader) text(v quad.Value, p string) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	}
	r.fail(p, v, "text")
	return ""
}

func (r reader) str(n *node, p string) string {
	v := n.one(p)
	if v == nil {
		return ""
	}
	return r.text(v, p)
}

func (r reader) iriValue(v quad.Value, p string) string {
	if i, ok := v.(quad.IRI); ok {
		return string(i)
	}
	r.fail(p, v, "an IRI")
	return ""
}

func (r reader) iri(n *node, p string) string {
	v := n.one(p)
	if v == nil {
		return ""
	}
	return r.iriValue(v, p)
}

// native returns the Go value of v, parsing typed strings (as N-Quads and
// some stores give them back).
// Native is a quad value as a Go value, typed literals parsed ("3"^^xsd:int
// is 3); nil for nil.
func Native(v quad.Value) any {
	if ts, ok := v.(quad.TypedString); ok {
		if pv, err := ts.ParseValue(); err == nil {
			v = pv
		}
	}
	if v == nil {
		return nil
	}
	return v.Native()
}

// Text is the text of a quad value: an IRI without brackets, a literal
// without its language or datatype; "" for nil.
func Text(v quad.Value) string {
	switch x := v.(type) {
	case nil:
		return ""
	case quad.IRI:
		return string(x)
	case quad.String:
		return string(x)
	case quad.LangString:
		return string(x.Value)
	case quad.TypedString:
		return string(x.Value)
	}
	return quad.StringOf(v)
}

// Number is a numeric quad value as a float64, and whether it was one.
func Number(v quad.Value) (float64, bool) {
	switch x := Native(v).(type) {
	case float64:
		return x, true
	case int64:
		return float64(x), true
	case int:
		return float64(x), true
	}
	return 0, false
}

func (r reader) int(n *node, p string) int {
	v := n.one(p)
	if v == nil {
		return 0
	}
	switch x := Native(v).(type) {
	case int64:
		return int(x)
	case int:
		return x
	case float64:
		if x == float64(int(x)) {
			return int(x)
		}
	}
	r.fail(p, v, "an integer")
	return 0
}

func (r reader) float(n *node, p string) float64 {
	v := n.one(p)
	if v == nil {
		return 0
	}
	if x, ok := Number(v); ok {
		return x
	}
	r.fail(p, v, "a number")
	return 0
}

func (r reader) bool(n *node, p string) bool {
	v := n.one(p)
	if v == nil {
		return false
	}
	if b, ok := Native(v).(bool); ok {
		return b
	}
	r.fail(p, v, "a boolean")
	return false
}
