// Package query is what cmd/graphquery does, without the flags: it reads a
// store and writes exports and tables to the writers it is given. It never
// prints to the terminal or exits; errors a user can cause are one line.
package query

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	"golang.org/x/text/width"

	"graphbuild/internal/kg"
	"graphbuild/internal/store"
	"graphbuild/schema"
)

// ErrNoMatch is returned (wrapped) when a command found nothing to show.
var ErrNoMatch = errors.New("nothing matched")

// ErrUsage is returned (wrapped) for a bad argument: an unknown format,
// type or document id.
var ErrUsage = errors.New("usage")

type kindErr struct {
	msg  string
	kind error
}

func (e *kindErr) Error() string { return e.msg }
func (e *kindErr) Unwrap() error { return e.kind }

func errorf(kind error, format string, args ...any) error {
	return &kindErr{msg: fmt.Sprintf(format, args...), kind: kind}
}

// Formats are the export formats, in the order --help lists them.
var Formats = []string{"json", "nquads", "jsonld"}

// ResolveDocs turns document ids, each a short id ("000_f916") or a full
// document IRI, into the IRIs of stored documents. An id the store does not
// hold is a usage error naming it.
func ResolveDocs(ctx context.Context, s *store.Store, ids []string) ([]string, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	docs, err := s.Documents(ctx)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, id := range ids {
		found := ""
		for _, d := range docs {
			if id == d.IRI() || id == d.ID || kg.DocIRI(id) == d.IRI() {
				found = d.IRI()
				break
			}
		}
		if found == "" {
			return nil, errorf(ErrUsage, "no document %q in the store; list them with graphquery docs", id)
		}
		if !slices.Contains(out, found) {
			out = append(out, found)
		}
	}
	return out, nil
}

// Export writes the documents (all when docIRIs is empty) in format: "json"
// (export-json.md, entities merged across documents), "nquads" or "jsonld"
// (the stored quads through quad's encoders). It returns ErrNoMatch, after
// writing an empty export, when the store holds no document.
func Export(ctx context.Context, s *store.Store, w io.Writer, format string, docIRIs ...string) error {
	if !slices.Contains(Formats, format) {
		return errorf(ErrUsage, "unknown format %q; choose one of %s", format, strings.Join(Formats, ", "))
	}
	switch format {
	case "json":
		graphs, err := s.Graphs(ctx, docIRIs...)
		if err != nil {
			return err
		}
		if err := kg.WriteJSON(w, kg.Merge(graphs)); err != nil {
			return err
		}
		if len(graphs) == 0 {
			return errorf(ErrNoMatch, "the store holds no documents")
		}
		return nil
	}
	qs, err := s.Quads(ctx, docIRIs...)
	if err != nil {
		return err
	}
	var qw quad.WriteCloser
	if format == "nquads" {
		qw = nquads.NewWriter(w)
	} else {
		qw = jsonld.NewWriter(w)
	}
	if _, err := qw.WriteQuads(kg.StandardRDF(qs)); err != nil {
		return err
	}
	if err := qw.Close(); err != nil {
		return err
	}
	if len(qs) == 0 {
		return errorf(ErrNoMatch, "the store holds no documents")
	}
	return nil
}

// Docs writes a table of the stored documents.
func Docs(ctx context.Context, s *store.Store, w io.Writer) error {
	docs, err := s.Documents(ctx)
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return errorf(ErrNoMatch, "the store holds no documents")
	}
	rows := [][]string{{"ID", "LANG", "PUBLISHED", "TITLE", "SOURCE"}}
	for _, d := range docs {
		rows = append(rows, []string{d.ID, d.Lang, d.Published, d.Title, d.Source})
	}
	return WriteTable(w, rows)
}

// EntityType checks a --type argument (any case) against the schema's
// entity types and returns its canonical name.
func EntityType(name string) (schema.Type, error) {
	var names []string
	for _, t := range schema.Types() {
		if !t.IsEntity() {
			continue
		}
		if strings.EqualFold(string(t.Name), name) {
			return t.Name, nil
		}
		names = append(names, string(t.Name))
	}
	return "", errorf(ErrUsage, "unknown entity type %q; choose one of %s", name, strings.Join(names, ", "))
}

// Entities writes a table of the entities, merged across documents, of
// type typ ("" for all).
func Entities(ctx context.Context, s *store.Store, w io.Writer, typ string, docIRIs ...string) error {
	var want schema.Type
	if typ != "" {
		var err error
		if want, err = EntityType(typ); err != nil {
			return err
		}
	}
	graphs, err := s.Graphs(ctx, docIRIs...)
	if err != nil {
		return err
	}
	rows := [][]string{{"TYPE", "NAME", "ALIASES", "DOCS", "ID"}}
	for _, e := range kg.Merge(graphs).Entities {
		if want != "" && e.Type != string(want) {
			continue
		}
		rows = append(rows, []string{e.Type, e.Name, strings.Join(e.Aliases, ", "), fmt.Sprint(len(e.Documents)), e.ID})
	}
	if len(rows) == 1 {
		if want != "" {
			return errorf(ErrNoMatch, "no entity of type %s", want)
		}
		return errorf(ErrNoMatch, "no entities")
	}
	slices.SortStableFunc(rows[1:], func(a, b []string) int {
		if c := strings.Compare(a[0], b[0]); c != 0 {
			return c
		}
		return strings.Compare(a[1], b[1])
	})
	return WriteTable(w, rows)
}

// Quote is one row of who-said.
type Quote struct {
	Speaker, Title, Org, Text, Doc string
	Direct                         bool
}

// WhoSaid returns the quotes of the documents (all when none is given):
// speaker and organization by their display names, the title as the
// article gave it, in document and text order.
func WhoSaid(ctx context.Context, s *store.Store, docIRIs ...string) ([]Quote, error) {
	graphs, err := s.Graphs(ctx, docIRIs...)
	if err != nil {
		return nil, err
	}
	names := map[string]string{}
	for _, e := range kg.Merge(graphs).Entities {
		names[e.ID] = e.Name
	}
	var out []Quote
	for _, g := range graphs { // sorted by document, quotes by position
		for _, q := range g.Quotes {
			out = append(out, Quote{Speaker: names[q.Speaker], Title: q.Title, Org: names[q.Org], Text: q.Text, Doc: g.Doc.ID, Direct: q.Direct})
		}
	}
	return out, nil
}

// WriteWhoSaid writes the quotes as a table.
func WriteWhoSaid(w io.Writer, quotes []Quote) error {
	if len(quotes) == 0 {
		return errorf(ErrNoMatch, "no quotes")
	}
	rows := [][]string{{"SPEAKER", "TITLE", "ORGANIZATION", "QUOTE", "DOCUMENT"}}
	for _, q := range quotes {
		text := q.Text
		if q.Direct {
			text = "“" + text + "”"
		}
		rows = append(rows, []string{q.Speaker, q.Title, q.Org, text, q.Doc})
	}
	return WriteTable(w, rows)
}

// WriteTable writes rows as columns separated by two spaces and padded to
// the widest cell as a terminal shows it: combining marks (Arabic
// diacritics) take no room, wide East Asian letters two. Newlines and tabs
// in a cell become spaces; the last column is not padded.
func WriteTable(w io.Writer, rows [][]string) error {
	var widths []int
	for _, r := range rows {
		for i, c := range r {
			r[i] = strings.Join(strings.Fields(c), " ")
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], DisplayWidth(r[i]))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		b.Reset()
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-DisplayWidth(c)+2))
			}
		}
		b.WriteByte('\n')
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

// DisplayWidth is the number of terminal columns s takes.
func DisplayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		case width.LookupRune(r).Kind() == width.EastAsianWide || width.LookupRune(r).Kind() == width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
