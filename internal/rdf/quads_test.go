package rdf_test

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store/storetest"
	"graphbuild/schema"
)

func TestQuadsRoundTrip(t *testing.T) {
	for _, g := range []*kg.Graph{storetest.Sample("ar-1"), storetest.Synthetic(3)} {
		qs, err := rdf.Quads(g)
		if err != nil {
			t.Fatal(err)
		}
		back, err := rdf.FromQuads(qs)
		if err != nil {
			t.Fatal(err)
		}
		if len(back) != 1 {
			t.Fatalf("got %d graphs, want 1", len(back))
		}
		if want := g.Canonical(); !reflect.DeepEqual(back[0], want) {
			t.Errorf("round trip differs:\n got %+v\nwant %+v", back[0], want)
		}
	}
}

// The same graph through N-Quads text: Arabic and typed numbers survive.
func TestQuadsNQuadsRoundTrip(t *testing.T) {
	g := storetest.Sample("ar-1")
	qs, err := rdf.Quads(g)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	if _, err := w.WriteQuads(rdf.StandardRDF(qs)); err != nil {
		t.Fatal(err)
	}
	w.Close()
	for _, want := range []string{`"جاستن لين"@ar`, `"560000000"^^<http://www.w3.org/2001/XMLSchema#double>`,
		`"true"^^<http://www.w3.org/2001/XMLSchema#boolean>`, `"150"^^<http://www.w3.org/2001/XMLSchema#integer>`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("no %s in the N-Quads", want)
		}
	}
	if !strings.Contains(buf.String(), `"جاستن لين"@ar`) {
		t.Errorf("no Arabic language-tagged alias in:\n%s", buf.String())
	}
	r := nquads.NewReader(&buf, false)
	var read []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		read = append(read, q)
	}
	back, err := rdf.FromQuads(read)
	if err != nil {
		t.Fatal(err)
	}
	if want := g.Canonical(); !reflect.DeepEqual(back[0], want) {
		t.Errorf("round trip through N-Quads differs:\n got %+v\nwant %+v", back[0], want)
	}
}

func TestQuadsShape(t *testing.T) {
	g := storetest.Sample("ar-1")
	qs, err := rdf.Quads(g)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := rdf.Quads(g)
	if !reflect.DeepEqual(qs, again) {
		t.Error("Quads is not deterministic")
	}
	doc := quad.IRI(g.Doc.IRI())
	subjects := map[quad.Value]bool{doc: true}
	for _, q := range qs {
		if q.Label != doc {
			t.Errorf("quad %v: label %v, want %v", q, q.Label, doc)
		}
		for _, v := range []quad.Value{q.Subject, q.Predicate} {
			if _, ok := v.(quad.IRI); !ok {
				t.Errorf("quad %v: %v is a %T, not an IRI", q, v, v)
			}
		}
		if q.Subject == doc && (q.Predicate == quad.IRI(rdf.PropMentions) || q.Predicate == quad.IRI(rdf.PropHasFact) || q.Predicate == quad.IRI(rdf.PropHasQuote)) {
			subjects[q.Object] = true
		}
	}
	// Every subject is the document or a node the document links to: the
	// store finds a document's quads from these links.
	for _, q := range qs {
		if !subjects[q.Subject] {
			t.Errorf("subject %v is not linked from the document", q.Subject)
		}
	}
	has := func(s, p string, o quad.Value) bool {
		for _, q := range qs {
			if q.Subject == quad.IRI(s) && q.Predicate == quad.IRI(p) && q.Object == o {
				return true
			}
		}
		return false
	}
	lin := kg.EntityIRI(schema.Person, "justin-lin")
	ali := kg.EntityIRI(schema.Organization, "alibaba")
	zhipu := kg.EntityIRI(schema.Organization, "zhipu")
	worksAt, _ := schema.LookupPredicate("worksAt")
	for _, c := range []struct {
		s, p string
		o    quad.Value
	}{
		{lin, schema.RDFType, quad.IRI("https://schema.org/Person")},
		{lin, rdf.PropName, quad.LangString{Value: "Justin Lin", Lang: "en"}},
		{lin, rdf.PropSurfaceForm, quad.LangString{Value: "جاستن لين", Lang: "ar"}},
		{ali, rdf.OWLSameAs, quad.IRI(schema.NSWikidata + "Q1359568")},
		{lin, worksAt.GraphIRI(), quad.IRI(ali)},
		{zhipu, schema.NSProp + "raised", quad.LangString{Value: "560 مليون دولار", Lang: "ar"}},
		{g.Doc.IRI(), schema.RDFType, quad.IRI(rdf.ClassDocument)},
		{g.Doc.IRI(), rdf.PropSHA256, quad.String("0f1e2d3c")},
	} {
		if !has(c.s, c.p, c.o) {
			t.Errorf("missing <%s> <%s> %v", c.s, c.p, c.o)
		}
	}
	var amount bool
	for _, q := range qs {
		if q.Predicate == quad.IRI(rdf.PropAmount) {
			amount = q.Object == quad.Float(560000000)
		}
	}
	if !amount {
		t.Error("money amount is not the typed number 560000000")
	}
}

func TestValidate(t *testing.T) {
	for name, mutate := range map[string]func(g *kg.Graph){
		"unknown predicate": func(g *kg.Graph) { g.Facts[0].Predicate = "employs" },
		"unknown type":      func(g *kg.Graph) { g.Entities[0].Type = "Robot" },
		"value type":        func(g *kg.Graph) { g.Entities[0].Type = schema.Money },
		"dangling subject":  func(g *kg.Graph) { g.Facts[0].Subject = kg.EntityIRI(schema.Person, "nobody") },
		"dangling object":   func(g *kg.Graph) { g.Facts[0].Object = kg.EntityIRI(schema.Organization, "nobody") },
		"wrong range":       func(g *kg.Graph) { g.Facts[2].Object = g.Facts[0].Object },
		"wrong domain":      func(g *kg.Graph) { g.Facts[2].Subject = g.Facts[0].Subject },
		"literal for entity": func(g *kg.Graph) {
			g.Facts[0].Object = ""
			g.Facts[0].Value = &kg.Value{Text: "x"}
		},
		"no object":        func(g *kg.Graph) { g.Facts[0].Object = "" },
		"relative IRI":     func(g *kg.Graph) { g.Entities[1].IRI = "li-wei" },
		"dangling speaker": func(g *kg.Graph) { g.Quotes[0].Speaker = "https://x/y" },
		"no doc id":        func(g *kg.Graph) { g.Doc.ID = "" },
	} {
		g := storetest.Sample("ar-1")
		mutate(g)
		if err := g.Validate(); err == nil {
			t.Errorf("%s: Validate accepted it", name)
		} else if _, qerr := rdf.Quads(g); qerr == nil {
			t.Errorf("%s: Quads accepted it", name)
		}
	}
	if err := storetest.Sample("ar-1").Validate(); err != nil {
		t.Error(err)
	}
}

func TestOwnPropertiesDoNotShadowPredicates(t *testing.T) {
	own := map[string]bool{}
	for _, p := range rdf.OwnProperties() {
		if own[p] {
			t.Errorf("%s listed twice", p)
		}
		own[p] = true
	}
	for _, p := range schema.Predicates() {
		if own[p.GraphIRI()] {
			t.Errorf("schema predicate %s has the IRI of a bookkeeping property", p.Name)
		}
	}
}

func TestCanonicalMergesDuplicates(t *testing.T) {
	g := storetest.Sample("ar-1")
	dup := g.Facts[0]
	dup.Confidence = 0.99
	dup.Rule = "second"
	g.Facts = append(g.Facts, dup)
	g.Entities = append(g.Entities, kg.Entity{IRI: g.Entities[0].IRI, Type: schema.Person, Name: "J. Lin"})
	c := g.Canonical()
	if len(c.Facts) != 4 {
		t.Fatalf("%d facts, want 4", len(c.Facts))
	}
	for _, f := range c.Facts {
		if f.Predicate == "worksAt" && f.Rule != "second" {
			t.Errorf("kept %s, want the more confident duplicate", f.Rule)
		}
	}
	if len(c.Entities) != 5 {
		t.Errorf("%d entities, want 5", len(c.Entities))
	}
}

func TestFromQuadsErrors(t *testing.T) {
	doc := quad.IRI(kg.DocIRI("x"))
	_, err := rdf.FromQuads([]quad.Quad{quad.MakeIRI("a", "b", "c", "")})
	if err == nil {
		t.Error("a quad without a label was accepted")
	}
	_, err = rdf.FromQuads([]quad.Quad{{Subject: quad.IRI("a"), Predicate: quad.IRI("b"), Object: quad.IRI("c"), Label: doc}})
	if err == nil {
		t.Error("a label without a document node was accepted")
	}
	g := storetest.Sample("ar-1")
	qs, _ := rdf.Quads(g)
	qs = append(qs, quad.Quad{Subject: quad.IRI("https://x/e"), Predicate: quad.IRI(schema.RDFType), Object: quad.IRI("https://schema.org/Robot"), Label: quad.IRI(g.Doc.IRI())})
	if _, err := rdf.FromQuads(qs); err == nil || !strings.Contains(err.Error(), "Robot") {
		t.Errorf("unknown type: err = %v", err)
	}
	var joined interface{ Unwrap() []error }
	_ = errors.As(err, &joined)
}

func TestScriptLang(t *testing.T) {
	for in, want := range map[string]string{"Alibaba": "en", "علي بابا": "ar", "نموذج Qwen الجديد": "ar", "GPT-4o": "en", "2026": "", "": ""} {
		if got := kg.ScriptLang(in); got != want {
			t.Errorf("ScriptLang(%q) = %q, want %q", in, got, want)
		}
	}
}
