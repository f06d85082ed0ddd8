package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"graphbuild/internal/kg"
)

// Stream writes the JSON export of documents given one at a time, in any
// order, with the bytes WriteJSON(Merge(graphs)) writes, holding in memory
// only what the export merges across documents (the entities) and each
// document's row. A document's facts and quotes are sorted and encoded as
// it is added, into two temporary files (Spool), and copied out in the
// order of the documents' IRIs when the export is written (issue 14: an
// export of a store of 10,000 articles held every graph and the whole
// export at once). Close removes the files.
type Stream struct {
	m      merger
	docs   []streamDoc
	facts  *Spool
	quotes *Spool
	enc    elemEncoder
}

type streamDoc struct {
	row           ExportDocument
	facts, quotes Range
}

// NewStream starts a stream; its temporary files go to os.TempDir().
func NewStream() (*Stream, error) {
	facts, err := NewSpool()
	if err != nil {
		return nil, err
	}
	quotes, err := NewSpool()
	if err != nil {
		facts.Close()
		return nil, err
	}
	return &Stream{facts: facts, quotes: quotes}, nil
}

// Close removes the stream's temporary files.
func (s *Stream) Close() error {
	return cmpErr(s.facts.Close(), s.quotes.Close())
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// Len is the number of documents added.
func (s *Stream) Len() int { return len(s.docs) }

// Add adds a document's graph. Each document is added once.
func (s *Stream) Add(g *kg.Graph) error {
	g = g.Canonical()
	docIRI := g.Doc.IRI()
	d := streamDoc{row: s.m.add(docIRI, g)}
	facts := factsOf(docIRI, g)
	slices.SortFunc(facts, compareFacts)
	var err error
	if d.facts, err = spoolAll(s.facts, &s.enc, facts); err != nil {
		return err
	}
	quotes := quotesOf(docIRI, g)
	slices.SortFunc(quotes, compareQuotes)
	if d.quotes, err = spoolAll(s.quotes, &s.enc, quotes); err != nil {
		return err
	}
	s.docs = append(s.docs, d)
	return nil
}

// spoolAll writes each item as an array element (elemEncoder) and returns
// the range they take.
func spoolAll[T any](sp *Spool, enc *elemEncoder, items []T) (Range, error) {
	r := Range{Start: sp.Size(), End: sp.Size()}
	for i := range items {
		b, err := enc.encode(&items[i])
		if err != nil {
			return r, err
		}
		if r.End, err = sp.Write(b); err != nil {
			return r, err
		}
	}
	return r, nil
}

// sorted returns the documents in the order of their IRIs.
func (s *Stream) sorted() []streamDoc {
	docs := slices.Clone(s.docs)
	slices.SortFunc(docs, func(a, b streamDoc) int { return strings.Compare(a.row.ID, b.row.ID) })
	return docs
}

// WriteJSON writes the export of the documents added, as WriteJSON writes
// Merge's.
func (s *Stream) WriteJSON(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	docs := s.sorted()
	ents, display := s.m.entities()
	aw := arrayWriter{w: bw}
	bw.WriteString("{\n  \"documents\": ")
	for _, d := range docs {
		if err := aw.encode(&s.enc, &d.row); err != nil {
			return err
		}
	}
	aw.end()
	bw.WriteString(",\n  \"entities\": ")
	for i := range ents {
		if err := aw.encode(&s.enc, &ents[i]); err != nil {
			return err
		}
	}
	aw.end()
	bw.WriteString(",\n  \"facts\": ")
	// An alias fact echoing its subject's display name is left out
	// (echoesName); the display name is known only now, so each document's
	// facts are read back when one of them is an alias.
	for _, d := range docs {
		err := s.facts.Each(d.facts, func(f *ExportFact, raw []byte) error {
			if f != nil && echoesName(*f, display) {
				return nil
			}
			return aw.element(raw)
		})
		if err != nil {
			return err
		}
	}
	aw.end()
	bw.WriteString(",\n  \"quotes\": ")
	for _, d := range docs {
		if err := aw.copyRange(s.quotes, d.quotes); err != nil {
			return err
		}
	}
	aw.end()
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// Entities returns the merged entities, sorted by IRI.
func (s *Stream) Entities() []ExportEntity {
	ents, _ := s.m.entities()
	return ents
}

// EachFact calls fn with each fact of the export, in the export's order,
// without those the export leaves out.
func (s *Stream) EachFact(fn func(ExportFact) error) error {
	_, display := s.m.entities()
	for _, d := range s.sorted() {
		err := s.facts.decodeEach(d.facts, func(f ExportFact) error {
			if echoesName(f, display) {
				return nil
			}
			return fn(f)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// elemEncoder encodes an array element of the export as WriteJSON's
// encoder does (indented at the array's depth, HTML not escaped), with the
// separator before it: ",\n    {…}".
type elemEncoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

func (e *elemEncoder) encode(v any) ([]byte, error) {
	if e.enc == nil {
		e.enc = json.NewEncoder(&e.buf)
		e.enc.SetEscapeHTML(false)
		e.enc.SetIndent("    ", "  ")
	}
	e.buf.Reset()
	e.buf.WriteString(",\n    ")
	if err := e.enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")), nil
}

// arrayWriter writes the elements of one array after another, each given
// with its separator (elemEncoder): "[" replaces the first one's comma,
// and end closes the array ("[]" when it had none).
type arrayWriter struct {
	w *bufio.Writer
	n int
}

func (a *arrayWriter) element(b []byte) error {
	if a.n == 0 {
		a.w.WriteByte('[')
		b = b[1:]
	}
	a.n++
	_, err := a.w.Write(b)
	return err
}

func (a *arrayWriter) encode(enc *elemEncoder, v any) error {
	b, err := enc.encode(v)
	if err != nil {
		return err
	}
	return a.element(b)
}

// copyRange copies elements written to sp as one block.
func (a *arrayWriter) copyRange(sp *Spool, r Range) error {
	if r.Start == r.End {
		return nil
	}
	if a.n == 0 {
		a.w.WriteByte('[')
		r.Start++
	}
	a.n++
	return sp.CopyTo(a.w, r)
}

func (a *arrayWriter) end() {
	if a.n == 0 {
		a.w.WriteString("[]")
	} else {
		a.w.WriteString("\n  ]")
	}
	a.n = 0
}

// Each calls fn with each fact element in r (its bytes as spooled, the
// separator first), decoded when it may be left out (an alias with a
// value, echoesName), nil otherwise.
func (sp *Spool) Each(r Range, fn func(f *ExportFact, raw []byte) error) error {
	if r.Start == r.End {
		return nil
	}
	b, err := sp.Read(r)
	if err != nil {
		return err
	}
	if !bytes.Contains(b, []byte(`"predicate": "alias"`)) {
		return fn(nil, b)
	}
	dec := json.NewDecoder(io.MultiReader(strings.NewReader("["), bytes.NewReader(b[1:]), strings.NewReader("]")))
	if _, err := dec.Token(); err != nil {
		return err
	}
	start := 0
	for dec.More() {
		var f ExportFact
		if err := dec.Decode(&f); err != nil {
			return err
		}
		// The decoder read "[" for b's first byte, a comma: its offsets
		// are b's.
		end := int(dec.InputOffset())
		var fp *ExportFact
		if f.Predicate == "alias" && f.Value != nil {
			fp = &f
		}
		if err := fn(fp, b[start:end]); err != nil {
			return err
		}
		start = end
	}
	if start != len(b) {
		return fmt.Errorf("export: spooled facts %d..%d read to %d", r.Start, r.End, r.Start+int64(start))
	}
	return nil
}

// decodeEach calls fn with each fact in r, decoded.
func (sp *Spool) decodeEach(r Range, fn func(ExportFact) error) error {
	if r.Start == r.End {
		return nil
	}
	b, err := sp.Read(r)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(io.MultiReader(strings.NewReader("["), bytes.NewReader(b[1:]), strings.NewReader("]")))
	if _, err := dec.Token(); err != nil {
		return err
	}
	for dec.More() {
		var f ExportFact
		if err := dec.Decode(&f); err != nil {
			return err
		}
		if err := fn(f); err != nil {
			return err
		}
	}
	return nil
}

// Range is a range of bytes of a Spool, [Start, End).
type Range struct{ Start, End int64 }

// Spool is a temporary file written once, then read in ranges: an export
// keeps there what it writes later in another order.
type Spool struct {
	f       *os.File
	w       *bufio.Writer
	n       int64
	err     error
	removed bool
}

// NewSpool creates a spool in os.TempDir(). Where the system allows it
// (not Windows), the file is removed at once and lives while it is open,
// so an export killed midway leaves nothing behind.
func NewSpool() (*Spool, error) {
	f, err := os.CreateTemp("", "graphbuild-export-*")
	if err != nil {
		return nil, err
	}
	sp := &Spool{f: f, w: bufio.NewWriterSize(f, 1<<16)}
	sp.removed = os.Remove(f.Name()) == nil
	return sp, nil
}

// Size is the number of bytes written.
func (sp *Spool) Size() int64 { return sp.n }

// Write appends b and returns the size after it.
func (sp *Spool) Write(b []byte) (int64, error) {
	if sp.err != nil {
		return sp.n, sp.err
	}
	n, err := sp.w.Write(b)
	sp.n += int64(n)
	sp.err = err
	return sp.n, err
}

func (sp *Spool) flush() error {
	if sp.err == nil && sp.w.Buffered() > 0 {
		sp.err = sp.w.Flush()
	}
	return sp.err
}

// Read returns the bytes of r.
func (sp *Spool) Read(r Range) ([]byte, error) {
	if err := sp.flush(); err != nil {
		return nil, err
	}
	b := make([]byte, r.End-r.Start)
	_, err := sp.f.ReadAt(b, r.Start)
	return b, err
}

// CopyTo copies the bytes of r to w.
func (sp *Spool) CopyTo(w io.Writer, r Range) error {
	if err := sp.flush(); err != nil {
		return err
	}
	_, err := io.Copy(w, io.NewSectionReader(sp.f, r.Start, r.End-r.Start))
	return err
}

// Close closes and removes the file.
func (sp *Spool) Close() error {
	err := sp.f.Close()
	if !sp.removed {
		if rerr := os.Remove(sp.f.Name()); err == nil {
			err = rerr
		}
	}
	return err
}
