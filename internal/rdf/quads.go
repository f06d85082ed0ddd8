package rdf

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/schema"
)

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
func Quads(g *kg.Graph) ([]quad.Quad, error) {
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
		n := quad.IRI(kg.FactIRI(d.ID, f))
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
		n := quad.IRI(kg.QuoteIRI(d.ID, q))
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
	if l := kg.ScriptLang(s); l != "" {
		return quad.LangString{Value: quad.String(s), Lang: l}
	}
	return quad.String(s)
}

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
