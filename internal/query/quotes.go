package query

import (
	"cmp"
	"context"
	"io"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// WhoSaidOptions filter who-said. Every filter given must hold.
type WhoSaidOptions struct {
	Speaker string   // an entity name (Resolve)
	Org     string   // an entity name: quotes given as said for this organization
	About   string   // words the quote or its sentence holds (folded, clitics tolerated)
	Docs    []string // document IRIs (ResolveDocs)
	Direct  bool     // direct quotes only
	Limit   int      // at most this many, newest first (0: all)
}

// Quote is one row of who-said.
type Quote struct {
	ID        string `json:"id"`
	Speaker   string `json:"speaker"`
	SpeakerID string `json:"speaker_id"`
	Title     string `json:"title"`
	Org       string `json:"org"`
	OrgID     string `json:"org_id,omitempty"`
	Text      string `json:"text"`
	Direct    bool   `json:"direct"`
	Doc       string `json:"doc"`
	Published string `json:"published"`
	Evidence  string `json:"evidence"`
	start     int
}

// WhoSaid returns the quotes the options select, newest article first and
// in text order within an article. It reads only the quotes it shows (and
// the publication dates of their candidates' articles): the speaker's
// gb:said links, the organization's or document's links, or, with no such
// filter, the quotes of the newest articles until Limit is reached.
func WhoSaid(ctx context.Context, st *store.Store, opt WhoSaidOptions) ([]Quote, error) {
	r := newReader(st)
	if opt.Speaker == "" && opt.Org == "" && len(opt.Docs) == 0 && st.HasQueryIndex() {
		return r.newestQuotes(ctx, opt)
	}
	var cands []quad.Quad // quads whose subject or object is a quote and whose label is its document
	var quoteDir = quad.Subject
	switch {
	case opt.Speaker != "":
		e, err := r.resolve(ctx, opt.Speaker)
		if err != nil {
			return nil, err
		}
		if cands, err = st.ReadOne(ctx, store.Out(e.IRI, rdf.PropSaid)); err != nil {
			return nil, err
		}
		quoteDir = quad.Object
	case opt.Org != "":
		e, err := r.resolve(ctx, opt.Org)
		if err != nil {
			return nil, err
		}
		if cands, err = st.ReadOne(ctx, store.In(quad.IRI(e.IRI), rdf.PropOrg)); err != nil {
			return nil, err
		}
	case len(opt.Docs) > 0:
		for _, d := range opt.Docs {
			qs, err := st.ReadOne(ctx, store.Out(d, rdf.PropHasQuote))
			if err != nil {
				return nil, err
			}
			cands = append(cands, qs...)
		}
		quoteDir = quad.Object
	default:
		var err error
		if cands, err = st.ReadOne(ctx, store.In(quad.IRI(rdf.ClassQuote), schema.RDFType)); err != nil {
			return nil, err
		}
	}
	var orgIRI string
	if opt.Org != "" && opt.Speaker != "" {
		e, err := r.resolve(ctx, opt.Org)
		if err != nil {
			return nil, err
		}
		orgIRI = e.IRI
	}
	byDoc := map[string][]string{}
	for _, q := range cands {
		d := label(q)
		if len(opt.Docs) > 0 && !slices.Contains(opt.Docs, d) {
			continue
		}
		byDoc[d] = append(byDoc[d], rdf.Text(q.Get(quoteDir)))
	}
	docIRIs := make([]string, 0, len(byDoc))
	for d := range byDoc {
		docIRIs = append(docIRIs, d)
	}
	// Order the candidates' documents by date (one indexed read each), then
	// read the quotes of the newest until the limit is reached.
	pub, err := r.published(ctx, docIRIs)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(docIRIs, func(a, b string) int {
		return cmp.Or(strings.Compare(pub[b], pub[a]), strings.Compare(a, b))
	})
	about := aboutWords(opt.About)
	var out []Quote
	for _, d := range docIRIs {
		if opt.Limit > 0 && len(out) >= opt.Limit {
			break
		}
		rows, err := r.quoteRows(ctx, d, pub[d], uniq(byDoc[d]), opt, orgIRI, about)
		if err != nil {
			return nil, err
		}
		out = append(out, rows...)
	}
	return r.finishQuotes(ctx, out, opt)
}

// quoteRows reads the quotes ids of document d and returns those the
// options keep, in text order.
func (r *reader) quoteRows(ctx context.Context, d, published string, ids []string, opt WhoSaidOptions, orgIRI string, about []string) ([]Quote, error) {
	nodes, err := r.readNodes(ctx, ids)
	if err != nil {
		return nil, err
	}
	return quoteRowsOf(nodes, ids, d, published, opt, orgIRI, about), nil
}

// quoteRowsOf makes the rows of quotes ids of document d from their nodes.
func quoteRowsOf(nodes map[string]props, ids []string, d, published string, opt WhoSaidOptions, orgIRI string, about []string) []Quote {
	docID := kg.DocIDFromIRI(d)
	var rows []Quote
	for _, iri := range uniq(ids) {
		p := nodes[iri]
		q := Quote{ID: iri, SpeakerID: p.str(rdf.PropSpeaker), Title: p.str(rdf.PropSpeakerTitle), OrgID: p.str(rdf.PropOrg),
			Text: p.str(rdf.PropText), Direct: boolean(p.one(rdf.PropDirect)), Doc: docID, Published: published,
			Evidence: p.str(rdf.PropEvidence), start: int(num(p.one(rdf.PropStart)))}
		if q.SpeakerID == "" || (opt.Direct && !q.Direct) || (orgIRI != "" && q.OrgID != orgIRI) ||
			(len(about) > 0 && !mentionsAll(q.Text+" "+q.Evidence, about)) {
			continue
		}
		rows = append(rows, q)
	}
	slices.SortFunc(rows, func(a, b Quote) int { return cmp.Or(cmp.Compare(a.start, b.start), strings.Compare(a.ID, b.ID)) })
	return rows
}

// newestQuotes is who-said with no speaker, organization or document
// filter on a store with the query index: the documents newest first from
// the date index, reading the quotes of each until the limit is reached.
func (r *reader) newestQuotes(ctx context.Context, opt WhoSaidOptions) ([]Quote, error) {
	about := aboutWords(opt.About)
	var out []Quote
	for skip, n := 0, 64; opt.Limit == 0 || len(out) < opt.Limit; n *= 2 {
		page, more, err := r.st.DocsByDate(ctx, skip, n)
		if err != nil {
			return nil, err
		}
		skip += len(page)
		var withQuotes []store.DocDate
		for _, d := range page {
			if d.Quotes > 0 {
				withQuotes = append(withQuotes, d)
			}
		}
		for len(withQuotes) > 0 && (opt.Limit == 0 || len(out) < opt.Limit) {
			// The documents whose quotes fill the limit, read together: their
			// quote lists in one Read, then all those quotes in one (on
			// PostgreSQL a few queries instead of four a document).
			k, sum := 0, 0
			for k < len(withQuotes) && (opt.Limit == 0 || sum < opt.Limit-len(out)) {
				sum += withQuotes[k].Quotes
				k++
			}
			batch := withQuotes[:k]
			withQuotes = withQuotes[k:]
			lookups := make([]store.Lookup, len(batch))
			for i, d := range batch {
				lookups[i] = store.Out(d.IRI, rdf.PropHasQuote)
			}
			res, err := r.st.Read(ctx, lookups...)
			if err != nil {
				return nil, err
			}
			var ids []string
			for _, qs := range res {
				ids = append(ids, objects(qs)...)
			}
			nodes, err := r.readNodes(ctx, uniq(ids))
			if err != nil {
				return nil, err
			}
			for i, d := range batch {
				if opt.Limit > 0 && len(out) >= opt.Limit {
					break
				}
				out = append(out, quoteRowsOf(nodes, objects(res[i]), d.IRI, d.Published, opt, "", about)...)
			}
		}
		if !more {
			break
		}
	}
	return r.finishQuotes(ctx, out, opt)
}

// finishQuotes cuts the quotes to the limit and names their speakers and
// organizations.
func (r *reader) finishQuotes(ctx context.Context, out []Quote, opt WhoSaidOptions) ([]Quote, error) {
	if opt.Limit > 0 && len(out) > opt.Limit {
		out = out[:opt.Limit]
	}
	var ents []string
	for _, q := range out {
		ents = append(ents, q.SpeakerID, q.OrgID)
	}
	infos, err := r.entities(ctx, ents)
	if err != nil {
		return nil, err
	}
	for i := range out {
		if e := infos[out[i].SpeakerID]; e != nil {
			out[i].Speaker = e.Name
		}
		if e := infos[out[i].OrgID]; e != nil {
			out[i].Org = e.Name
		}
	}
	return out, nil
}

// WriteWhoSaid writes the quotes in format (OutputFormats). Direct quotes
// are shown in “” in the table.
func WriteWhoSaid(w io.Writer, format string, quotes []Quote) error {
	return writeList(w, format, []string{"PUBLISHED", "SPEAKER", "TITLE", "ORGANIZATION", "QUOTE", "DOCUMENT"}, quotes,
		func(q Quote) []string {
			t := q.Text
			if q.Direct {
				t = "“" + t + "”"
			}
			return []string{q.Published, q.Speaker, q.Title, q.Org, t, q.Doc}
		}, "no quotes matched")
}

// aboutWords folds the words of --about.
func aboutWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(text.FoldName(s)) {
		out = append(out, text.StripArticle(w))
	}
	return out
}

// mentionsAll reports whether every word occurs in s: as a word of it, a
// word with its proclitics or article taken off, or the start of one.
func mentionsAll(s string, words []string) bool {
	var forms []string
	for _, t := range strings.Fields(text.FoldName(s)) {
		for _, f := range text.StripProclitics(t) {
			forms = append(forms, f, text.StripArticle(f))
		}
	}
	for _, w := range words {
		found := false
		for _, f := range forms {
			if f == w || (len([]rune(w)) >= store.PrefixLen && strings.HasPrefix(f, w)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
