package kg

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// The IRIs graphbuild writes besides the schema's predicates. Classes and
// properties of its own live under schema.NSProp ("gb:" below). None of the
// property names may equal a schema predicate name (a test checks this), so
// that the direct triple of a fact never mixes with the bookkeeping.
const (
	ClassDocument = schema.NSProp + "Document"
	ClassFact     = schema.NSProp + "Fact"
	ClassQuote    = schema.NSProp + "Quote"

	OWLSameAs = "http://www.w3.org/2002/07/owl#sameAs"

	// Document node.
	PropDocID     = schema.NSProp + "docId"
	PropSource    = schema.NSProp + "source"
	PropLang      = schema.NSProp + "lang"
	PropTitle     = schema.NSProp + "title"
	PropPublished = schema.NSProp + "published"
	PropSHA256    = schema.NSProp + "sha256"
	PropMentions  = schema.NSProp + "mentions" // document → entity
	PropHasFact   = schema.NSProp + "hasFact"  // document → fact
	PropHasQuote  = schema.NSProp + "hasQuote" // document → quote

	// Entity.
	PropName        = schema.NSProp + "name"        // canonical display name
	PropSurfaceForm = schema.NSProp + "surfaceForm" // every other name, as written
	PropGender      = schema.NSProp + "gender"
	PropSaid        = schema.NSProp + "said" // speaker → quote

	// Fact (the provenance node) and quote nodes.
	PropSubject       = schema.NSProp + "subject"
	PropPredicate     = schema.NSProp + "predicate"
	PropObject        = schema.NSProp + "object"
	PropValueText     = schema.NSProp + "valueText"
	PropAmount        = schema.NSProp + "amount"
	PropCurrency      = schema.NSProp + "currency"
	PropValueKind     = schema.NSProp + "valueKind"
	PropValueISO      = schema.NSProp + "valueISO"
	PropEvidence      = schema.NSProp + "evidence"
	PropStart         = schema.NSProp + "start"
	PropEnd           = schema.NSProp + "end"
	PropConfidence    = schema.NSProp + "confidence"
	PropRule          = schema.NSProp + "rule"
	PropSpeaker       = schema.NSProp + "speaker"
	PropText          = schema.NSProp + "text"
	PropDirect        = schema.NSProp + "direct"
	PropEvidenceStart = schema.NSProp + "evidenceStart"
	PropEvidenceEnd   = schema.NSProp + "evidenceEnd"
	PropSpeakerTitle  = schema.NSProp + "speakerTitle"
	PropOrg           = schema.NSProp + "org"
)

// OwnProperties lists graphbuild's bookkeeping properties (for tests and
// documentation).
func OwnProperties() []string {
	return []string{PropDocID, PropSource, PropLang, PropTitle, PropPublished, PropSHA256,
		PropMentions, PropHasFact, PropHasQuote, PropName, PropSurfaceForm, PropGender, PropSaid,
		PropSubject, PropPredicate, PropObject, PropValueText, PropAmount, PropCurrency,
		PropValueKind, PropValueISO, PropEvidence, PropStart, PropEnd, PropConfidence, PropRule,
		PropSpeaker, PropText, PropDirect, PropEvidenceStart, PropEvidenceEnd, PropSpeakerTitle, PropOrg}
}

// Validate checks the graph against the schema: every entity type and
// predicate is declared, facts point at entities of the graph with types the
// predicate allows, and IRIs are absolute. The store and the exporters call
// it before they write anything; an error names the offending item.
func (g *Graph) Validate() error {
	if g.Doc.ID == "" {
		return errors.New("kg: document without an id")
	}
	var errs []error
	types := map[string]schema.Type{}
	for _, e := range g.Entities {
		ti, ok := e.Type.Info()
		switch {
		case !isAbsIRI(e.IRI):
			errs = append(errs, fmt.Errorf("entity %q: IRI %q is not absolute", e.Name, e.IRI))
		case !ok || !ti.IsEntity():
			errs = append(errs, fmt.Errorf("entity %s: %q is not an entity type of the schema", e.IRI, e.Type))
		case strings.TrimSpace(e.Name) == "":
			errs = append(errs, fmt.Errorf("entity %s: empty name", e.IRI))
		}
		if t, dup := types[e.IRI]; dup && t != e.Type {
			errs = append(errs, fmt.Errorf("entity %s: declared as %s and %s", e.IRI, t, e.Type))
		}
		types[e.IRI] = e.Type
		for _, s := range e.SameAs {
			if !isAbsIRI(s) {
				errs = append(errs, fmt.Errorf("entity %s: sameAs %q is not an absolute IRI", e.IRI, s))
			}
		}
	}
	for i, f := range g.Facts {
		p, ok := schema.LookupPredicate(f.Predicate)
		if !ok {
			errs = append(errs, fmt.Errorf("fact %d (%s): unknown predicate %q", i, f.Rule, f.Predicate))
			continue
		}
		st, ok := types[f.Subject]
		if !ok {
			errs = append(errs, fmt.Errorf("fact %d (%s %s): subject %q is not an entity of the graph", i, f.Predicate, f.Rule, f.Subject))
			continue
		}
		if !slices.Contains(p.Domain, st) {
			errs = append(errs, fmt.Errorf("fact %d (%s %s): subject type %s is not in the domain %v", i, f.Predicate, f.Rule, st, p.Domain))
		}
		switch {
		case f.Object != "" && f.Value != nil:
			errs = append(errs, fmt.Errorf("fact %d (%s %s): both an object and a value", i, f.Predicate, f.Rule))
		case f.Object == "" && f.Value == nil:
			errs = append(errs, fmt.Errorf("fact %d (%s %s): neither an object nor a value", i, f.Predicate, f.Rule))
		case f.Object != "":
			ot, ok := types[f.Object]
			if !ok {
				errs = append(errs, fmt.Errorf("fact %d (%s %s): object %q is not an entity of the graph", i, f.Predicate, f.Rule, f.Object))
			} else if !slices.Contains(p.Range, string(ot)) {
				errs = append(errs, fmt.Errorf("fact %d (%s %s): object type %s is not in the range %v", i, f.Predicate, f.Rule, ot, p.Range))
			}
		default:
			if !p.Literal() {
				errs = append(errs, fmt.Errorf("fact %d (%s %s): the predicate takes an entity, not a value", i, f.Predicate, f.Rule))
			}
		}
	}
	for i, q := range g.Quotes {
		if _, ok := types[q.Speaker]; !ok {
			errs = append(errs, fmt.Errorf("quote %d (%s): speaker %q is not an entity of the graph", i, q.Rule, q.Speaker))
		}
		if q.Org != "" {
			if _, ok := types[q.Org]; !ok {
				errs = append(errs, fmt.Errorf("quote %d (%s): org %q is not an entity of the graph", i, q.Rule, q.Org))
			}
		}
		if q.Text == "" {
			errs = append(errs, fmt.Errorf("quote %d (%s): empty text", i, q.Rule))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("kg: document %s: %w", g.Doc.ID, errors.Join(errs...))
	}
	return nil
}

func isAbsIRI(s string) bool {
	i := strings.Index(s, ":")
	return i > 0 && !strings.ContainsAny(s, " <>\"{}|\\^`\n\t")
}

// Canonical returns a copy of the graph in canonical form: entities sorted by
// IRI (the same IRI twice merged), aliases and sameAs sorted and unique,
// facts and quotes sorted by position, and facts (quotes) with the same IRI
// merged into the one with the highest confidence. Two graphs that say the
// same thing have equal canonical forms; FromQuads returns canonical graphs.
func (g *Graph) Canonical() *Graph {
	out := &Graph{Doc: g.Doc}
	byIRI := map[string]int{}
	for _, e := range g.Entities {
		if i, ok := byIRI[e.IRI]; ok {
			m := &out.Entities[i]
			if e.Name != m.Name {
				m.Aliases = append(m.Aliases, e.Name)
			}
			m.Aliases = append(m.Aliases, e.Aliases...)
			m.SameAs = append(m.SameAs, e.SameAs...)
			if m.Gender == "" {
				m.Gender = e.Gender
			}
			continue
		}
		byIRI[e.IRI] = len(out.Entities)
		e.Aliases = slices.Clone(e.Aliases)
		e.SameAs = slices.Clone(e.SameAs)
		out.Entities = append(out.Entities, e)
	}
	for i := range out.Entities {
		e := &out.Entities[i]
		e.Aliases = sortedUnique(slices.DeleteFunc(e.Aliases, func(a string) bool { return a == e.Name || a == "" }))
		e.SameAs = sortedUnique(e.SameAs)
	}
	slices.SortFunc(out.Entities, func(a, b Entity) int { return strings.Compare(a.IRI, b.IRI) })

	facts := map[string]Fact{}
	for _, f := range g.Facts {
		if f.Value != nil {
			v := *f.Value
			f.Value = &v
		}
		id := FactIRI(g.Doc.ID, f)
		if old, ok := facts[id]; !ok || better(f.Confidence, f.Rule, old.Confidence, old.Rule) {
			facts[id] = f
		}
	}
	for _, f := range facts {
		out.Facts = append(out.Facts, f)
	}
	slices.SortFunc(out.Facts, compareFacts)

	quotes := map[string]Quote{}
	for _, q := range g.Quotes {
		id := QuoteIRI(g.Doc.ID, q)
		if old, ok := quotes[id]; !ok || better(q.Confidence, q.Rule, old.Confidence, old.Rule) {
			quotes[id] = q
		}
	}
	for _, q := range quotes {
		out.Quotes = append(out.Quotes, q)
	}
	slices.SortFunc(out.Quotes, compareQuotes)
	return out
}

func better(c1 float64, r1 string, c2 float64, r2 string) bool {
	if c1 != c2 {
		return c1 > c2
	}
	return r1 < r2
}

func compareFacts(a, b Fact) int {
	return cmp.Or(
		cmp.Compare(a.Span.Start, b.Span.Start),
		cmp.Compare(a.Span.End, b.Span.End),
		strings.Compare(a.Subject, b.Subject),
		strings.Compare(a.Predicate, b.Predicate),
		strings.Compare(a.Object, b.Object),
		strings.Compare(valueKey(a.Value), valueKey(b.Value)),
	)
}

func valueKey(v *Value) string {
	if v == nil {
		return ""
	}
	return fmt.Sprintf("%s|%g|%s", v.Text, v.Amount, v.Currency)
}

func compareQuotes(a, b Quote) int {
	return cmp.Or(
		cmp.Compare(a.Span.Start, b.Span.Start),
		cmp.Compare(a.Span.End, b.Span.End),
		strings.Compare(a.Speaker, b.Speaker),
	)
}

func sortedUnique(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	slices.Sort(s)
	return slices.Compact(s)
}

// Quads maps the graph to RDF quads, all labelled with the document IRI and
// sorted, so the same graph always gives the same quads. It validates the
// graph first.
//
// The mapping ("gb:" is schema.NSProp):
//
//	<doc>    rdf:type gb:Document; gb:docId, gb:source, gb:lang, gb:title, gb:published, gb:sha256;
//	         gb:mentions <entity>; gb:hasFact <fact>; gb:hasQuote <quote>
//	<entity> rdf:type <schema.org type>; gb:name "canonical"@lang; gb:surfaceForm "alias"@lang;
//	         owl:sameAs <wikidata>; gb:gender
//	<fact>   rdf:type gb:Fact; gb:subject <s>; gb:predicate <gb:worksAt>; gb:object <o> |
//	         gb:valueText, gb:amount (xsd:double), gb:currency, gb:valueKind, gb:valueISO;
//	         gb:evidence; gb:start, gb:end (xsd:integer); gb:confidence; gb:rule
//	<s>      <gb:worksAt> <o> (or the value text): the direct triple, for traversals
//	<quote>  rdf:type gb:Quote; gb:speaker; gb:text; gb:direct; gb:start; gb:end; gb:evidence;
//	         gb:evidenceStart; gb:evidenceEnd; gb:speakerTitle; gb:org; gb:confidence; gb:rule
//	<speaker> gb:said <quote>
//
// Text literals carry a language tag for their script ("ar" for Arabic,
// "en" for Latin) and are plain strings when they have neither.
// Every subject of a quad is the document, or a node the document links to;
// the store relies on that to find a document's quads without a label scan.
func (g *Graph) Quads() ([]quad.Quad, error) {
	if err := g.Validate(); err != nil {
		return nil, err
	}
	c := g.Canonical()
	doc := quad.IRI(g.Doc.IRI())
	var qs []quad.Quad
	add := func(s quad.Value, p string, o quad.Value) {
		if o == nil {
			return
		}
		qs = append(qs, quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: doc})
	}
	str := func(s string) quad.Value {
		if s == "" {
			return nil
		}
		return quad.String(s)
	}
	iri := func(s string) quad.Value {
		if s == "" {
			return nil
		}
		return quad.IRI(s)
	}

	d := c.Doc
	add(doc, schema.RDFType, quad.IRI(ClassDocument))
	add(doc, PropDocID, str(d.ID))
	add(doc, PropSource, str(d.Source))
	add(doc, PropLang, str(d.Lang))
	add(doc, PropTitle, TextLiteral(d.Title))
	add(doc, PropPublished, str(d.Published))
	add(doc, PropSHA256, str(d.SHA256))

	for _, e := range c.Entities {
		ti, _ := e.Type.Info()
		s := quad.IRI(e.IRI)
		add(doc, PropMentions, s)
		add(s, schema.RDFType, quad.IRI(ti.IRI))
		add(s, PropName, TextLiteral(e.Name))
		for _, a := range e.Aliases {
			add(s, PropSurfaceForm, TextLiteral(a))
		}
		for _, x := range e.SameAs {
			add(s, OWLSameAs, quad.IRI(x))
		}
		add(s, PropGender, str(e.Gender))
	}
	for _, f := range c.Facts {
		p, _ := schema.LookupPredicate(f.Predicate)
		n := quad.IRI(FactIRI(d.ID, f))
		add(doc, PropHasFact, n)
		add(n, schema.RDFType, quad.IRI(ClassFact))
		add(n, PropSubject, quad.IRI(f.Subject))
		add(n, PropPredicate, quad.IRI(p.GraphIRI()))
		if f.Value == nil {
			add(n, PropObject, quad.IRI(f.Object))
			add(quad.IRI(f.Subject), p.GraphIRI(), quad.IRI(f.Object))
		} else {
			v := f.Value
			add(n, PropValueText, TextLiteral(v.Text))
			if v.Amount != 0 || v.Kind == string(schema.Money) || v.Kind == string(schema.Percent) {
				add(n, PropAmount, quad.Float(v.Amount))
			}
			add(n, PropCurrency, str(v.Currency))
			add(n, PropValueKind, str(v.Kind))
			add(n, PropValueISO, str(v.ISO))
			add(quad.IRI(f.Subject), p.GraphIRI(), TextLiteral(v.Text))
		}
		add(n, PropEvidence, TextLiteral(f.Evidence))
		add(n, PropStart, quad.Int(f.Span.Start))
		add(n, PropEnd, quad.Int(f.Span.End))
		add(n, PropConfidence, quad.Float(f.Confidence))
		add(n, PropRule, str(f.Rule))
	}
	for _, q := range c.Quotes {
		n := quad.IRI(QuoteIRI(d.ID, q))
		add(doc, PropHasQuote, n)
		add(n, schema.RDFType, quad.IRI(ClassQuote))
		add(n, PropSpeaker, quad.IRI(q.Speaker))
		add(quad.IRI(q.Speaker), PropSaid, n)
		add(n, PropText, TextLiteral(q.Text))
		add(n, PropDirect, quad.Bool(q.Direct))
		add(n, PropStart, quad.Int(q.Span.Start))
		add(n, PropEnd, quad.Int(q.Span.End))
		add(n, PropEvidence, TextLiteral(q.Evidence))
		add(n, PropEvidenceStart, quad.Int(q.EvidenceSpan.Start))
		add(n, PropEvidenceEnd, quad.Int(q.EvidenceSpan.End))
		add(n, PropSpeakerTitle, TextLiteral(q.Title))
		add(n, PropOrg, iri(q.Org))
		add(n, PropConfidence, quad.Float(q.Confidence))
		add(n, PropRule, str(q.Rule))
	}
	keys := sortQuads(qs)
	out := qs[:0]
	for i, q := range qs {
		if i == 0 || keys[i] != keys[i-1] {
			out = append(out, q)
		}
	}
	return out, nil
}

// SortQuads sorts quads by label, subject, predicate, object (their N-Quads
// forms), the order every writer of graphbuild uses.
func SortQuads(qs []quad.Quad) { sortQuads(qs) }

// sortQuads sorts the quads and returns their keys, in the new order. Each
// quad's key is built once, not twice per comparison: on a 1,000-article
// export the comparator's N-Quads strings were most of the sort's time.
func sortQuads(qs []quad.Quad) []string {
	type keyed struct {
		key string
		q   quad.Quad
	}
	ks := make([]keyed, len(qs))
	for i, q := range qs {
		ks[i] = keyed{quadKey(q), q}
	}
	slices.SortFunc(ks, func(a, b keyed) int { return strings.Compare(a.key, b.key) })
	keys := make([]string, len(qs))
	for i, k := range ks {
		qs[i], keys[i] = k.q, k.key
	}
	return keys
}

func quadKey(q quad.Quad) string {
	return quad.ToString(q.Label) + "\x00" + quad.ToString(q.Subject) + "\x00" +
		quad.ToString(q.Predicate) + "\x00" + quad.ToString(q.Object)
}

// TextLiteral returns s as a literal tagged with the language of its script:
// "ar" when it has at least as many Arabic letters as Latin ones, "en" when
// it has Latin letters, and a plain string when it has neither. It returns
// nil for the empty string.
func TextLiteral(s string) quad.Value {
	if s == "" {
		return nil
	}
	if l := ScriptLang(s); l != "" {
		return quad.LangString{Value: quad.String(s), Lang: l}
	}
	return quad.String(s)
}

// ScriptLang returns "ar" or "en" for the dominant script of s, or "".
func ScriptLang(s string) string {
	ar, la := 0, 0
	for _, r := range s {
		switch {
		case text.IsArabicLetter(r):
			ar++
		case unicode.Is(unicode.Latin, r) && unicode.IsLetter(r):
			la++
		}
	}
	switch {
	case ar > 0 && ar >= la:
		return "ar"
	case la > 0:
		return "en"
	}
	return ""
}

// FromQuads rebuilds the graphs of the documents the quads describe, one
// per label, sorted by document IRI. It is the inverse of Quads: for a valid
// graph g, FromQuads(g.Quads()) returns g.Canonical(). Quads it does not know
// (the direct fact triples, the document's links) are skipped; quads without
// a label, a node of an unknown class or a malformed value are errors.
func FromQuads(qs []quad.Quad) ([]*Graph, error) {
	byLabel := map[string][]quad.Quad{}
	for _, q := range qs {
		l, ok := q.Label.(quad.IRI)
		if !ok {
			return nil, fmt.Errorf("kg: quad %s has no IRI label (document)", q.NQuad())
		}
		byLabel[string(l)] = append(byLabel[string(l)], q)
	}
	labels := make([]string, 0, len(byLabel))
	for l := range byLabel {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	out := make([]*Graph, 0, len(labels))
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

func graphFromQuads(label string, qs []quad.Quad) (*Graph, error) {
	nodes := map[string]*node{}
	for _, q := range qs {
		s, ok := q.Subject.(quad.IRI)
		if !ok {
			return nil, fmt.Errorf("kg: document %s: subject %v is not an IRI", label, q.Subject)
		}
		p, ok := q.Predicate.(quad.IRI)
		if !ok {
			return nil, fmt.Errorf("kg: document %s: predicate %v is not an IRI", label, q.Predicate)
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
		return nil, fmt.Errorf("kg: document %s: no document node in its quads", label)
	}
	var errs []error
	r := reader{errs: &errs, where: label}
	g := &Graph{Doc: Document{
		ID:        r.str(dn, PropDocID),
		Source:    r.str(dn, PropSource),
		Lang:      r.str(dn, PropLang),
		Title:     r.str(dn, PropTitle),
		Published: r.str(dn, PropPublished),
		SHA256:    r.str(dn, PropSHA256),
	}}
	if g.Doc.ID == "" {
		errs = append(errs, fmt.Errorf("document %s: no %s", label, PropDocID))
	} else if g.Doc.IRI() != label && legacyDocIRI(g.Doc.ID) != label {
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
				f := Fact{
					Subject:    r.iri(n, PropSubject),
					Object:     r.iri(n, PropObject),
					Evidence:   r.str(n, PropEvidence),
					Span:       text.Span{Start: r.int(n, PropStart), End: r.int(n, PropEnd)},
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
					f.Value = &Value{
						Text:     r.str(n, PropValueText),
						Amount:   r.float(n, PropAmount),
						Currency: r.str(n, PropCurrency),
						Kind:     r.str(n, PropValueKind),
						ISO:      r.str(n, PropValueISO),
					}
				}
				g.Facts = append(g.Facts, f)
			case ClassQuote:
				g.Quotes = append(g.Quotes, Quote{
					Speaker:      r.iri(n, PropSpeaker),
					Text:         r.str(n, PropText),
					Direct:       r.bool(n, PropDirect),
					Span:         text.Span{Start: r.int(n, PropStart), End: r.int(n, PropEnd)},
					Evidence:     r.str(n, PropEvidence),
					EvidenceSpan: text.Span{Start: r.int(n, PropEvidenceStart), End: r.int(n, PropEvidenceEnd)},
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
				e := Entity{IRI: id, Type: et, Name: r.str(n, PropName), Gender: r.str(n, PropGender)}
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
		return nil, fmt.Errorf("kg: reading document %s: %w", label, errors.Join(errs...))
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
func native(v quad.Value) any {
	if ts, ok := v.(quad.TypedString); ok {
		if pv, err := ts.ParseValue(); err == nil {
			v = pv
		}
	}
	return v.Native()
}

func (r reader) int(n *node, p string) int {
	v := n.one(p)
	if v == nil {
		return 0
	}
	switch x := native(v).(type) {
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
	switch x := native(v).(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	case int:
		return float64(x)
	}
	r.fail(p, v, "a number")
	return 0
}

func (r reader) bool(n *node, p string) bool {
	v := n.one(p)
	if v == nil {
		return false
	}
	if b, ok := native(v).(bool); ok {
		return b
	}
	r.fail(p, v, "a boolean")
	return false
}

// XSD is the namespace of the XML Schema datatypes.
const XSD = "http://www.w3.org/2001/XMLSchema#"

// StandardRDF returns the quads with their numbers and booleans as typed
// literals in standard form (full XSD datatype IRIs, "true", "560000000"):
// quad writes its native values as "5.6E+08"^^<xsd:double> and
// "True"^^<xsd:boolean>, which other RDF tools reject. Exports use it; the
// store keeps native values. FromQuads reads both.
func StandardRDF(qs []quad.Quad) []quad.Quad {
	out := make([]quad.Quad, len(qs))
	for i, q := range qs {
		q.Object = standardValue(q.Object)
		out[i] = q
	}
	return out
}

func standardValue(v quad.Value) quad.Value {
	switch x := v.(type) {
	case quad.Int:
		return quad.TypedString{Value: quad.String(strconv.FormatInt(int64(x), 10)), Type: XSD + "integer"}
	case quad.Float:
		f := float64(x)
		s := strconv.FormatFloat(f, 'g', -1, 64)
		if math.Abs(f) < 1e15 {
			s = strconv.FormatFloat(f, 'f', -1, 64)
		}
		return quad.TypedString{Value: quad.String(s), Type: XSD + "double"}
	case quad.Bool:
		return quad.TypedString{Value: quad.String(strconv.FormatBool(bool(x))), Type: XSD + "boolean"}
	}
	return v
}
