// Package pipeline wires the extraction stages for one document: text →
// entities → relations → kg. It holds no knowledge of its own; it only
// converts each stage's output into the next one's input.
package pipeline

import (
	"graphbuild/internal/entities"
	"graphbuild/internal/kg"
	"graphbuild/internal/relations"
	"graphbuild/internal/text"
)

// Extract returns the graph of one segmented document. A document with
// paragraphs in both languages is read once per language, each pass on its
// own paragraphs (text.SplitByLang), and the graphs joined.
func Extract(d *text.Document) *kg.Graph {
	if parts := text.SplitByLang(d); parts != nil {
		g := &kg.Graph{}
		for _, p := range parts {
			pg := extractOne(p)
			g.Entities = append(g.Entities, pg.Entities...)
			g.Facts = append(g.Facts, pg.Facts...)
			g.Quotes = append(g.Quotes, pg.Quotes...)
			if g.Doc.ID == "" {
				g.Doc = pg.Doc // the first pass is in the document's language
			}
		}
		return g.Canonical()
	}
	return extractOne(d)
}

func extractOne(d *text.Document) *kg.Graph {
	ents := entities.Default(d.Lang).Extract(d)
	out := relations.Default().Extract(ents)
	return ToGraph(ents, out)
}

// ToGraph converts the entities and relations of a document into its graph:
// entity indexes become IRIs and spans become offsets into the original
// input.
func ToGraph(r *entities.Result, out relations.Output) *kg.Graph {
	d := r.Doc
	g := &kg.Graph{Doc: kg.Document{
		ID: d.ID, Source: d.Source, Lang: string(d.Lang), Title: d.Title, Published: d.Published, SHA256: d.SHA256,
	}}
	for i, e := range r.Entities {
		if e.Gender == "" {
			e.Gender = out.Genders[i] // marked by speech ("قالت X")
		}
		g.Entities = append(g.Entities, e.Entity)
	}
	iri := func(i int) string { return r.Entities[i].IRI }
	title := map[int]string{}
	org := map[int]string{}
	for _, f := range out.Facts {
		kf := kg.Fact{
			Subject: iri(f.Subject), Predicate: f.Predicate, Evidence: d.Slice(f.Evidence),
			Span: d.Orig(f.Evidence), Confidence: f.Confidence, Rule: f.Rule,
		}
		if f.Value != nil {
			v := *f.Value
			kf.Value = &v
		} else {
			kf.Object = iri(f.Object)
		}
		g.Facts = append(g.Facts, kf)
		// The first title and employer the article states, for who-said.
		switch f.Predicate {
		case "jobTitle":
			if _, ok := title[f.Subject]; !ok {
				title[f.Subject] = f.Value.Text
			}
		case "worksAt", "founded", "leads":
			if _, ok := org[f.Subject]; !ok && r.Entities[f.Object].Type == "Organization" {
				org[f.Subject] = iri(f.Object)
			}
		}
	}
	for _, q := range out.Quotes {
		g.Quotes = append(g.Quotes, kg.Quote{
			Speaker: iri(q.Speaker), Text: d.Slice(q.Span), Direct: q.Direct, Span: d.Orig(q.Span),
			Evidence: d.Slice(q.Evidence), EvidenceSpan: d.Orig(q.Evidence),
			Title: title[q.Speaker], Org: org[q.Speaker], Confidence: q.Confidence, Rule: q.Rule,
		})
	}
	return g
}
