// Package export writes the JSON export of merged document graphs: one
// entity per IRI across documents, its facts and quotes, in a stable order.
package export

import (
	"cmp"
	"encoding/json"
	"io"
	"slices"
	"strings"

	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Export is the JSON export of ../shared/design/export-json.md: documents,
// entities merged across documents, facts and quotes, each list sorted so
// the same graphs always give the same bytes. Field order is key order.
type Export struct {
	Documents []ExportDocument `json:"documents"`
	Entities  []ExportEntity   `json:"entities"`
	Facts     []ExportFact     `json:"facts"`
	Quotes    []ExportQuote    `json:"quotes"`
}

// ExportDocument is one document; ID is its IRI.
type ExportDocument struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Lang      string `json:"lang"`
	Title     string `json:"title"`
	Published string `json:"published"`
	SHA256    string `json:"sha256"`
}

// ExportEntity is one entity, merged over every document that mentions it.
type ExportEntity struct {
	ID        string   `json:"id"`
	Type      string   `json:"type"`
	Name      string   `json:"name"`
	Aliases   []string `json:"aliases"`
	SameAs    []string `json:"sameAs"`
	Documents []string `json:"documents"`
}

// ExportValue is a literal object: text, and for money an amount in units
// and an ISO 4217 currency.
type ExportValue struct {
	Amount   *float64 `json:"amount,omitempty"`
	Currency string   `json:"currency,omitempty"`
	Text     string   `json:"text"`
}

// ExportFact is one fact of one document: Object or Value is set.
type ExportFact struct {
	Subject    string         `json:"subject"`
	Predicate  string         `json:"predicate"`
	Object     string         `json:"object,omitempty"`
	Value      *ExportValue   `json:"value,omitempty"`
	Doc        string         `json:"doc"`
	Evidence   string         `json:"evidence"`
	Span       text.InputSpan `json:"span"`
	Confidence float64        `json:"confidence"`
	Rule       string         `json:"rule,omitempty"` // the relation rule that made it
}

// ExportQuote is one quote of one document.
type ExportQuote struct {
	ID       string         `json:"id"`
	Speaker  string         `json:"speaker"`
	Text     string         `json:"text"`
	Direct   bool           `json:"direct"`
	Doc      string         `json:"doc"`
	Span     text.InputSpan `json:"span"`
	Evidence string         `json:"evidence"`
	Rule     string         `json:"rule,omitempty"` // the quote pattern that found it
}

// Merge builds the export of several documents' graphs. Entities with the
// same IRI become one: their names and aliases are unioned, the display name
// is chosen deterministically (Latin script first, then the name most
// documents use as canonical, then the smallest), every other form is an
// alias. A document given twice (same IRI) counts once: the later one wins.
// It holds the whole export; Stream writes the same bytes holding only the
// entities.
func Merge(graphs []*kg.Graph) Export {
	ex := Export{
		Documents: []ExportDocument{},
		Entities:  []ExportEntity{},
		Facts:     []ExportFact{},
		Quotes:    []ExportQuote{},
	}
	byDoc := map[string]*kg.Graph{}
	for _, g := range graphs {
		byDoc[g.Doc.IRI()] = g.Canonical()
	}
	var m merger
	for docIRI, g := range byDoc {
		ex.Documents = append(ex.Documents, m.add(docIRI, g))
		ex.Facts = append(ex.Facts, factsOf(docIRI, g)...)
		ex.Quotes = append(ex.Quotes, quotesOf(docIRI, g)...)
	}
	var display map[string]string
	ex.Entities, display = m.entities()
	ex.Facts = slices.DeleteFunc(ex.Facts, func(f ExportFact) bool { return echoesName(f, display) })
	slices.SortFunc(ex.Documents, func(a, b ExportDocument) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(ex.Facts, compareFacts)
	slices.SortFunc(ex.Quotes, compareQuotes)
	return ex
}

// merger merges the entities of documents given one at a time.
type merger struct {
	ents map[string]*acc
}

// acc is what the documents say of one entity, in slices rather than maps:
// an export of a 30k store holds 50,000 of them, most named by one or two
// documents.
type acc struct {
	types  []count[schema.Type] // type → number of documents giving it
	names  []count[string]      // canonical name → number of documents
	forms  []string             // every name and alias, once
	sameAs []string             // once each
	docs   []string             // each document once: a canonical graph has each IRI once
}

type count[T comparable] struct {
	v T
	n int
}

func inc[T comparable](cs []count[T], v T) []count[T] {
	for i := range cs {
		if cs[i].v == v {
			cs[i].n++
			return cs
		}
	}
	return append(cs, count[T]{v, 1})
}

func toMap[T comparable](cs []count[T]) map[T]int {
	m := make(map[T]int, len(cs))
	for _, c := range cs {
		m[c.v] = c.n
	}
	return m
}

func addOnce(s []string, v string) []string {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// add merges the entities of g, the canonical graph of document docIRI,
// and returns the document's row.
func (m *merger) add(docIRI string, g *kg.Graph) ExportDocument {
	if m.ents == nil {
		m.ents = map[string]*acc{}
	}
	for _, e := range g.Entities {
		a := m.ents[e.IRI]
		if a == nil {
			a = &acc{}
			m.ents[e.IRI] = a
		}
		a.names = inc(a.names, e.Name)
		a.types = inc(a.types, e.Type)
		a.forms = addOnce(a.forms, e.Name)
		for _, x := range e.Aliases {
			a.forms = addOnce(a.forms, x)
		}
		for _, x := range e.SameAs {
			a.sameAs = addOnce(a.sameAs, x)
		}
		if len(a.docs) == 0 || a.docs[len(a.docs)-1] != docIRI {
			a.docs = append(a.docs, docIRI)
		}
	}
	d := g.Doc
	return ExportDocument{ID: docIRI, Source: d.Source, Lang: d.Lang, Title: d.Title, Published: d.Published, SHA256: d.SHA256}
}

// entities returns the merged entities sorted by IRI, and each one's
// display name by IRI.
func (m *merger) entities() ([]ExportEntity, map[string]string) {
	out := make([]ExportEntity, 0, len(m.ents))
	display := make(map[string]string, len(m.ents))
	for id, a := range m.ents {
		name := ChooseName(toMap(a.names))
		display[id] = name
		docs := append([]string{}, a.docs...)
		slices.Sort(docs)
		sameAs := append([]string{}, a.sameAs...) // [] in the JSON when none
		slices.Sort(sameAs)
		e := ExportEntity{ID: id, Type: string(chooseType(id, toMap(a.types))), Name: name, Aliases: []string{}, SameAs: sameAs, Documents: slices.Compact(docs)}
		for _, f := range a.forms {
			if f != name {
				e.Aliases = append(e.Aliases, f)
			}
		}
		slices.Sort(e.Aliases)
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b ExportEntity) int { return strings.Compare(a.ID, b.ID) })
	return out, display
}

// factsOf returns the facts of g, the canonical graph of document docIRI,
// unsorted.
func factsOf(docIRI string, g *kg.Graph) []ExportFact {
	out := make([]ExportFact, 0, len(g.Facts))
	for _, f := range g.Facts {
		ef := ExportFact{
			Subject: f.Subject, Predicate: f.Predicate, Object: f.Object, Doc: docIRI,
			Evidence: f.Evidence, Span: f.Span, Confidence: f.Confidence, Rule: f.Rule,
		}
		if f.Value != nil {
			v := &ExportValue{Text: f.Value.Text, Currency: f.Value.Currency}
			if f.Value.Amount != 0 || f.Value.Kind == string(schema.Money) || f.Value.Kind == string(schema.Percent) {
				amt := f.Value.Amount
				v.Amount = &amt
			}
			ef.Value = v
		}
		out = append(out, ef)
	}
	return out
}

// quotesOf returns the quotes of g, the canonical graph of document
// docIRI, unsorted.
func quotesOf(docIRI string, g *kg.Graph) []ExportQuote {
	out := make([]ExportQuote, 0, len(g.Quotes))
	for _, q := range g.Quotes {
		out = append(out, ExportQuote{
			ID: kg.QuoteIRI(g.Doc.ID, q), Speaker: q.Speaker, Text: q.Text, Direct: q.Direct,
			Doc: docIRI, Span: q.Span, Evidence: q.Evidence, Rule: q.Rule,
		})
	}
	return out
}

// compareFacts is the order of the export's facts: by document, span,
// subject, predicate, object, value.
func compareFacts(a, b ExportFact) int {
	return cmp.Or(strings.Compare(a.Doc, b.Doc), cmp.Compare(a.Span.Start, b.Span.Start), cmp.Compare(a.Span.End, b.Span.End),
		strings.Compare(a.Subject, b.Subject), strings.Compare(a.Predicate, b.Predicate), strings.Compare(a.Object, b.Object),
		strings.Compare(exportValueKey(a.Value), exportValueKey(b.Value)))
}

// compareQuotes is the order of the export's quotes: by document, span, IRI.
func compareQuotes(a, b ExportQuote) int {
	return cmp.Or(strings.Compare(a.Doc, b.Doc), cmp.Compare(a.Span.Start, b.Span.Start), cmp.Compare(a.Span.End, b.Span.End), strings.Compare(a.ID, b.ID))
}

// echoesName reports an alias fact whose alias is, once names are folded, the
// display name the export gives its subject ("Clinton alias Clinton": the
// surname joined the full name in another article, and "Clinton" is what
// most documents call him): it tells a reader nothing. The store keeps it,
// as the evidence graphquery entity --why shows.
func echoesName(f ExportFact, display map[string]string) bool {
	if f.Predicate != "alias" || f.Value == nil {
		return false
	}
	name, ok := display[f.Subject]
	return ok && identity.Fold(f.Value.Text) == identity.Fold(name)
}

func exportValueKey(v *ExportValue) string {
	if v == nil {
		return ""
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// chooseType settles the type of an entity whose documents disagree (a name
// joined across articles that one article typed otherwise): the type most
// documents give, then the one its IRI names, then the smallest — never the
// type of whichever document happened to be read first.
func chooseType(iri string, types map[schema.Type]int) schema.Type {
	var best schema.Type
	bestN, bestIRI := 0, false
	for t, n := range types {
		inIRI := strings.HasPrefix(iri, schema.NSEntity+strings.ToLower(string(t))+"/")
		switch {
		case bestN == 0:
		case n != bestN:
			if n < bestN {
				continue
			}
		case inIRI != bestIRI:
			if !inIRI {
				continue
			}
		case t > best:
			continue
		}
		best, bestN, bestIRI = t, n, inIRI
	}
	return best
}

// ChooseName picks the display name among the canonical names documents
// gave: a Latin-script one first, then the most frequent, then the smallest.
// graphquery uses it too, so a card and an export name an entity alike.
func ChooseName(names map[string]int) string {
	best, bestN, bestLatin := "", 0, false
	for n, c := range names {
		latin := kg.ScriptLang(n) == "en"
		switch {
		case best == "":
		case latin != bestLatin:
			if !latin {
				continue
			}
		case c != bestN:
			if c < bestN {
				continue
			}
		case n > best:
			continue
		}
		best, bestN, bestLatin = n, c, latin
	}
	return best
}

// WriteJSON writes the export as one indented JSON object, UTF-8 as is
// (no \u escapes for Arabic or for <, > and &), ending with a newline.
func WriteJSON(w io.Writer, ex Export) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(ex)
}
