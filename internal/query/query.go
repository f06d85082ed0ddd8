// Package query is what cmd/graphquery does, without the flags: it reads a
// store and writes exports and tables to the writers it is given. It never
// prints to the terminal or exits; errors a user can cause are one line.
package query

import (
	"bufio"
	"bytes"
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

	"graphbuild/internal/export"
	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
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
var Formats = []string{"json", "nquads", "jsonld", "graphml", "dot", "csv"}

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
// (the stored quads through quad's encoders), "graphml" or "dot" (the
// drawable graph, exportgraph.go); "csv" writes two files, see ExportCSV.
// It returns ErrNoMatch, after writing an empty export, when the store
// holds no document.
func Export(ctx context.Context, s *store.Store, w io.Writer, format string, docIRIs ...string) error {
	if !slices.Contains(Formats, format) {
		return errorf(ErrUsage, "unknown format %q; choose one of %s", format, strings.Join(Formats, ", "))
	}
	switch format {
	case "csv":
		return errorf(ErrUsage, "csv writes two files; pass -o NAME to write NAME.nodes.csv and NAME.edges.csv")
	case "graphml", "dot":
		g, err := graphOf(ctx, s, docIRIs)
		if err != nil {
			return err
		}
		write := WriteGraphML
		if format == "dot" {
			write = WriteDOT
		}
		if err := write(w, g); err != nil {
			return err
		}
		if g.empty() {
			return errorf(ErrNoMatch, "the store holds no entities")
		}
		return nil
	case "json":
		st, err := streamOf(ctx, s, docIRIs)
		if err != nil {
			return err
		}
		defer st.Close()
		if err := st.WriteJSON(w); err != nil {
			return err
		}
		if st.Len() == 0 {
			return errorf(ErrNoMatch, "the store holds no documents")
		}
		return nil
	case "jsonld":
		n, err := writeJSONLD(ctx, s, w, docIRIs)
		if err != nil {
			return err
		}
		if n == 0 {
			return errorf(ErrNoMatch, "the store holds no documents")
		}
		return nil
	}
	// One document at a time (store.EachDocument), in the store's sorted
	// order: the N-Quads writer keeps nothing, so the export holds one
	// document's quads, not the store's (issue 14).
	qw := nquads.NewWriter(w)
	n := 0
	err := s.EachDocument(ctx, docIRIs, func(_ string, qs []quad.Quad) error {
		n += len(qs)
		_, err := qw.WriteQuads(rdf.StandardRDF(qs))
		return err
	})
	if err != nil {
		return err
	}
	if err := qw.Close(); err != nil {
		return err
	}
	if n == 0 {
		return errorf(ErrNoMatch, "the store holds no documents")
	}
	return nil
}

// streamOf reads the documents (all when docIRIs is empty) one at a time
// into a JSON export stream; the caller closes it.
func streamOf(ctx context.Context, s *store.Store, docIRIs []string) (*export.Stream, error) {
	st, err := export.NewStream()
	if err != nil {
		return nil, err
	}
	err = s.EachDocument(ctx, docIRIs, func(_ string, qs []quad.Quad) error {
		gs, err := rdf.FromQuads(qs)
		if err != nil {
			return err
		}
		for _, g := range gs {
			if err := st.Add(g); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

// writeJSONLD writes the documents as JSON-LD, as quad's JSON-LD writer
// does given all their quads: one array of the documents' named graphs,
// {"@id": document, "@graph": [its nodes]}, ordered by IRI. That writer
// holds every quad until it is closed, then the whole expanded document;
// here each document is expanded alone (a named graph's nodes depend only
// on its own quads) and its bytes spooled, then copied out in the order of
// the IRIs, which is not the order the store's walk gives ("…x-10" before
// "…x-1"). It returns the number of quads.
func writeJSONLD(ctx context.Context, s *store.Store, w io.Writer, docIRIs []string) (int, error) {
	sp, err := export.NewSpool()
	if err != nil {
		return 0, err
	}
	defer sp.Close()
	type part struct {
		iri string
		r   export.Range
	}
	var parts []part
	var buf bytes.Buffer
	n := 0
	err = s.EachDocument(ctx, docIRIs, func(doc string, qs []quad.Quad) error {
		n += len(qs)
		buf.Reset()
		jw := jsonld.NewWriter(&buf)
		if _, err := jw.WriteQuads(rdf.StandardRDF(qs)); err != nil {
			return err
		}
		if err := jw.Close(); err != nil {
			return err
		}
		// "[{…}]\n": one graph; spool ",{…}".
		b := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
		if len(b) < 2 || b[0] != '[' || b[len(b)-1] != ']' {
			return fmt.Errorf("json-ld of %s: not an array", doc)
		}
		b[0] = ','
		p := part{iri: doc}
		p.r.Start = sp.Size()
		var err error
		p.r.End, err = sp.Write(b[:len(b)-1])
		parts = append(parts, p)
		return err
	})
	if err != nil {
		return 0, err
	}
	slices.SortFunc(parts, func(a, b part) int { return strings.Compare(a.iri, b.iri) })
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteByte('[')
	first := true
	for _, p := range parts {
		if p.r.End-p.r.Start <= 1 { // an empty array: no graph
			continue
		}
		if first {
			p.r.Start++
			first = false
		}
		if err := sp.CopyTo(bw, p.r); err != nil {
			return 0, err
		}
	}
	bw.WriteString("]\n")
	return n, bw.Flush()
}

// ExportCSV writes the drawable graph of the documents as two CSV files.
func ExportCSV(ctx context.Context, s *store.Store, nodes, edges io.Writer, docIRIs ...string) error {
	g, err := graphOf(ctx, s, docIRIs)
	if err != nil {
		return err
	}
	if err := WriteCSV(nodes, edges, g); err != nil {
		return err
	}
	if g.empty() {
		return errorf(ErrNoMatch, "the store holds no entities")
	}
	return nil
}

// Docs writes the stored documents in format (OutputFormats), newest
// first, at most limit of them (0: all), and returns how many the store
// holds.
func Docs(ctx context.Context, s *store.Store, w io.Writer, format string, limit int) (int, error) {
	if err := CheckOutputFormat(format); err != nil {
		return 0, err
	}
	docs, err := s.Documents(ctx)
	if err != nil {
		return 0, err
	}
	type row struct {
		ID        string `json:"id"`
		IRI       string `json:"iri"`
		Lang      string `json:"lang"`
		Published string `json:"published"`
		Title     string `json:"title"`
		Source    string `json:"source"`
		SHA256    string `json:"sha256"`
	}
	rows := make([]row, len(docs))
	for i, d := range docs {
		rows[i] = row{d.ID, d.IRI(), d.Lang, d.Published, d.Title, d.Source, d.SHA256}
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		return newestFirst(&DocInfo{ID: a.ID, Published: a.Published}, &DocInfo{ID: b.ID, Published: b.Published})
	})
	if limit > 0 && len(rows) > limit {
		rows = rows[:limit]
	}
	return len(docs), writeList(w, format, []string{"ID", "LANG", "PUBLISHED", "TITLE", "SOURCE"}, rows,
		func(d row) []string { return []string{d.ID, d.Lang, d.Published, d.Title, d.Source} }, "the store holds no documents")
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
