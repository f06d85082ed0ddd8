package query

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/schema"
)

// Card is everything the graph knows of one entity.
type Card struct {
	EntityInfo
	Names    []NameForm `json:"names"`
	SameAs   []string   `json:"sameAs"`
	FactsOut []Fact     `json:"facts_out"` // facts whose subject it is
	FactsIn  []Fact     `json:"facts_in"`  // facts whose object it is
	Quotes   []Quote    `json:"quotes"`    // quotes by it, or given as said for it (organizations)
	Docs     []DocInfo  `json:"documents"` // the articles that mention it, newest first
}

// NameForm is one name of an entity, with the language of its script.
type NameForm struct {
	Text string `json:"text"`
	Lang string `json:"lang,omitempty"`
}

// EntityCard resolves name and reads its card: about a dozen indexed
// lookups, then the fact and quote nodes it links to.
func EntityCard(ctx context.Context, st *store.Store, name string) (*Card, error) {
	r := newReader(st)
	e, err := r.resolve(ctx, name)
	if err != nil {
		return nil, err
	}
	// With the query index, the names and the articles come from it (a
	// few keys, and one a document); else from the quads.
	indexed := st.HasQueryIndex()
	outPreds := []string{rdf.PropSaid}
	if !indexed {
		outPreds = append(outPreds, rdf.PropName, rdf.PropSurfaceForm)
	}
	lookups := []store.Lookup{
		store.Out(e.IRI, outPreds...),
		store.In(quad.IRI(e.IRI), rdf.PropSubject),
		store.In(quad.IRI(e.IRI), rdf.PropObject),
		store.In(quad.IRI(e.IRI), rdf.PropOrg),
	}
	if !indexed {
		lookups = append(lookups, store.In(quad.IRI(e.IRI), rdf.PropMentions)) // res[4]
	}
	// Each document that names an entity repeats its sameAs links; the
	// card wants each link once: from the entity entries, a key a link;
	// else each distinct quad (Riyadh on the 30k store: 3,227 quads).
	var sameAs []string
	if st.HasEntityIndex() {
		if sameAs, err = st.SameAs(ctx, e.IRI); err != nil {
			return nil, err
		}
	} else {
		l := store.Out(e.IRI, rdf.OWLSameAs)
		l.Distinct = true
		lookups = append(lookups, l)
	}
	res, err := st.Read(ctx, lookups...)
	if err != nil {
		return nil, err
	}
	if !st.HasEntityIndex() {
		sameAs = groupProps(res[len(res)-1]).uniqueObjects(rdf.OWLSameAs)
	}
	c := &Card{EntityInfo: *e, Names: []NameForm{}, SameAs: []string{}}
	p := groupProps(res[0])
	seen := map[string]bool{}
	addName := func(t string, v quad.Value) {
		if seen[t] {
			return
		}
		seen[t] = true
		nf := NameForm{Text: t}
		if ls, ok := v.(quad.LangString); ok {
			nf.Lang = ls.Lang
		}
		c.Names = append(c.Names, nf)
	}
	var sum *store.EntitySummary
	if indexed {
		sums, err := st.EntitySummaries(ctx, []string{e.IRI}, true)
		if err != nil {
			return nil, err
		}
		sum = sums[e.IRI]
		for _, m := range []map[string]int{sum.Names, sum.Forms} {
			for t := range m {
				addName(t, rdf.TextLiteral(t)) // as the store writes names
			}
		}
	}
	for _, pred := range []string{rdf.PropName, rdf.PropSurfaceForm} {
		for _, q := range p[pred] {
			addName(rdf.Text(q.Object), q.Object)
		}
	}
	slices.SortStableFunc(c.Names, func(a, b NameForm) int {
		if a.Text == c.Name || b.Text == c.Name {
			return boolCmp(b.Text == c.Name, a.Text == c.Name)
		}
		return strings.Compare(a.Lang+a.Text, b.Lang+b.Text)
	})
	c.SameAs = append(c.SameAs, sameAs...)
	if c.FactsOut, err = r.facts(ctx, subjects(res[1])); err != nil {
		return nil, err
	}
	if c.FactsIn, err = r.facts(ctx, subjects(res[2])); err != nil {
		return nil, err
	}
	quoteIDs := append(objects(p[rdf.PropSaid]), subjects(res[3])...)
	if c.Quotes, err = r.quotes(ctx, uniq(quoteIDs)); err != nil {
		return nil, err
	}
	if indexed {
		for _, d := range sum.Docs {
			info := DocInfo{IRI: d.IRI, ID: d.ID, Lang: d.Lang, Title: d.Title, Published: d.Published}
			if info.ID == "" {
				info.ID = kg.DocIDFromIRI(d.IRI)
			}
			c.Docs = append(c.Docs, info)
		}
	} else {
		docs, err := r.documents(ctx, subjects(res[4]))
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			c.Docs = append(c.Docs, *d)
		}
	}
	slices.SortFunc(c.Docs, func(a, b DocInfo) int { return newestFirst(&a, &b) })
	return c, nil
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// quotes reads quote nodes with their speakers' and organizations' names,
// newest first.
func (r *reader) quotes(ctx context.Context, ids []string) ([]Quote, error) {
	nodes, err := r.readNodes(ctx, ids)
	if err != nil {
		return nil, err
	}
	var out []Quote
	var ents, docIRIs []string
	docOf := map[string]string{}
	for _, id := range ids {
		p := nodes[id]
		if len(p) == 0 {
			continue
		}
		q := Quote{ID: id, SpeakerID: p.str(rdf.PropSpeaker), Title: p.str(rdf.PropSpeakerTitle), OrgID: p.str(rdf.PropOrg),
			Text: p.str(rdf.PropText), Direct: boolean(p.one(rdf.PropDirect)), Evidence: p.str(rdf.PropEvidence),
			start: int(num(p.one(rdf.PropStart)))}
		if qs := p[rdf.PropSpeaker]; len(qs) > 0 {
			docOf[id] = label(qs[0])
		}
		ents = append(ents, q.SpeakerID, q.OrgID)
		docIRIs = append(docIRIs, docOf[id])
		out = append(out, q)
	}
	infos, docs, err := r.entitiesAndDocuments(ctx, ents, docIRIs)
	if err != nil {
		return nil, err
	}
	for i := range out {
		q := &out[i]
		if e := infos[q.SpeakerID]; e != nil {
			q.Speaker = e.Name
		}
		if e := infos[q.OrgID]; e != nil {
			q.Org = e.Name
		}
		if d := docs[docOf[q.ID]]; d != nil {
			q.Doc, q.Published = d.ID, d.Published
		}
	}
	slices.SortFunc(out, func(a, b Quote) int {
		if c := strings.Compare(b.Published, a.Published); c != 0 {
			return c
		}
		if c := strings.Compare(a.Doc, b.Doc); c != 0 {
			return c
		}
		return a.start - b.start
	})
	return out, nil
}

// WriteCard writes the card: as sections of aligned tables, or as one JSON
// object (json, ndjson); tsv writes the facts, one a line.
func WriteCard(w io.Writer, format string, c *Card) error {
	if err := CheckOutputFormat(format); err != nil {
		return err
	}
	switch format {
	case "json", "ndjson":
		return writeJSON(w, c, format == "ndjson")
	case "tsv":
		return WriteFacts(w, "tsv", append(slices.Clone(c.FactsOut), c.FactsIn...))
	}
	var b strings.Builder
	width := widthOf(w)
	fmt.Fprintf(&b, "%s  (%s)  %s\n", c.Name, c.Type, ShortID(c.IRI))
	var names []string
	for _, n := range c.Names {
		if n.Lang != "" {
			names = append(names, n.Text+" ["+n.Lang+"]")
		} else {
			names = append(names, n.Text)
		}
	}
	fmt.Fprintf(&b, "names:   %s\n", strings.Join(names, " · "))
	if len(c.SameAs) > 0 {
		fmt.Fprintf(&b, "sameAs:  %s\n", strings.Join(c.SameAs, " "))
	}
	if len(c.FactsOut)+len(c.FactsIn) > 0 {
		fmt.Fprintf(&b, "\nfacts (%d):\n", len(c.FactsOut)+len(c.FactsIn))
		rows := [][]string{{"", "PREDICATE", "WITH", "CONFIDENCE", "DOCUMENT", "EVIDENCE"}}
		for _, f := range c.FactsOut {
			rows = append(rows, []string{"→", f.Predicate, f.Target(), confidence(f.Confidence), f.Doc, f.Evidence})
		}
		for _, f := range c.FactsIn {
			rows = append(rows, []string{"←", f.Predicate, f.Subject, confidence(f.Confidence), f.Doc, f.Evidence})
		}
		indent(&b, rows, width)
	}
	if len(c.Quotes) > 0 {
		fmt.Fprintf(&b, "\nquotes (%d):\n", len(c.Quotes))
		rows := [][]string{{"PUBLISHED", "SPEAKER", "QUOTE", "DOCUMENT"}}
		for _, q := range c.Quotes {
			t := q.Text
			if q.Direct {
				t = "“" + t + "”"
			}
			rows = append(rows, []string{q.Published, q.Speaker, t, q.Doc})
		}
		indent(&b, rows, width)
	}
	fmt.Fprintf(&b, "\narticles (%d):\n", len(c.Docs))
	rows := [][]string{{"ID", "LANG", "PUBLISHED", "TITLE"}}
	for _, d := range c.Docs {
		rows = append(rows, []string{d.ID, d.Lang, d.Published, d.Title})
	}
	indent(&b, rows, width)
	_, err := io.WriteString(w, b.String())
	return err
}

// indent writes a table indented by two spaces, fitted to width (0: no
// limit).
func indent(b *strings.Builder, rows [][]string, width int) {
	if width > 0 {
		width = max(width-2, 1)
	}
	for _, line := range strings.SplitAfter(renderTable(rows, width), "\n") {
		if line != "" {
			b.WriteString("  " + line)
		}
	}
}

var _ = schema.RDFType
