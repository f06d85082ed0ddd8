// This file holds the reads of whole documents: their quads (by label or
// by nodes), the list of documents, Quads, Graphs, Documents, QuadCount
// and WriteQuads.

package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/schema"
)

// docQuads returns the quads labelled doc, through the label index
// (docindex.go) when the store has one. The caller holds the lock.
func (s *Store) docQuads(ctx context.Context, doc string) ([]quad.Quad, error) {
	if !s.labelIndex {
		return s.docQuadsByNodes(ctx, doc)
	}
	label := quad.IRI(doc)
	ref, err := s.qs.ValueOf(label)
	if err != nil || ref == nil {
		return nil, err
	}
	var out []quad.Quad
	err = s.eachQuad(ctx, s.qs.QuadIterator(quad.Label, ref), func(q quad.Quad) error {
		if q.Label == label {
			out = append(out, q)
		}
		return nil
	})
	return out, err
}

// docQuadsByNodes finds the quads labelled doc in a store without the
// label index, without scanning the store: every subject of a document's
// quads is the document node or a node it links to (rdf.Quads guarantees
// it), so it reads the document node's quads, then the quads of each
// linked node, keeping those with the document's label. It reads every
// quad of every entity the document mentions, from all documents.
func (s *Store) docQuadsByNodes(ctx context.Context, doc string) ([]quad.Quad, error) {
	label := quad.IRI(doc)
	ref, err := s.qs.ValueOf(label)
	if err != nil || ref == nil {
		return nil, err
	}
	var out []quad.Quad
	linked := map[quad.Value]bool{}
	err = s.eachQuad(ctx, s.qs.QuadIterator(quad.Subject, ref), func(q quad.Quad) error {
		if q.Label != label {
			return nil
		}
		out = append(out, q)
		switch q.Predicate {
		case quad.IRI(rdf.PropMentions), quad.IRI(rdf.PropHasFact), quad.IRI(rdf.PropHasQuote):
			linked[q.Object] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	nodes := make([]quad.Value, 0, len(linked))
	for n := range linked {
		nodes = append(nodes, n)
	}
	slices.SortFunc(nodes, func(a, b quad.Value) int { return strings.Compare(quad.ToString(a), quad.ToString(b)) })
	for _, n := range nodes {
		r, err := s.qs.ValueOf(n)
		if err != nil {
			return nil, err
		} else if r == nil {
			continue
		}
		err = s.eachQuad(ctx, s.qs.QuadIterator(quad.Subject, r), func(q quad.Quad) error {
			if q.Label == label {
				out = append(out, q)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// docIRIs lists the IRIs of the stored documents, sorted. The caller holds the lock.
func (s *Store) docIRIs(ctx context.Context) ([]string, error) {
	ref, err := s.qs.ValueOf(quad.IRI(rdf.ClassDocument))
	if err != nil || ref == nil {
		return nil, err
	}
	set := map[string]bool{}
	err = s.eachQuad(ctx, s.qs.QuadIterator(quad.Object, ref), func(q quad.Quad) error {
		if q.Predicate == quad.IRI(schema.RDFType) && q.Label == q.Subject {
			if iri, ok := q.Subject.(quad.IRI); ok {
				set[string(iri)] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(set))
	for d := range set {
		out = append(out, d)
	}
	slices.Sort(out)
	return out, nil
}

// Quads returns the stored quads of the documents with the given IRIs, or
// of every document when none is given, sorted (rdf.SortQuads), without the
// name index (index.go). A document that is not in the store is an error
// naming it. It holds every quad at once; EachDocument streams them.
func (s *Store) Quads(ctx context.Context, docIRIs ...string) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.EachDocument(ctx, docIRIs, func(_ string, qs []quad.Quad) error {
		out = append(out, qs...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// EachDocument calls fn with the stored quads of each document with the
// given IRIs (every document when none is given; a repeated IRI counts
// once), one document at a time, each document's quads sorted
// (rdf.SortQuads) and without the name index. The documents come in the
// order of their labels as N-Quads terms (quad.ToString: "<…x-10>" before
// "<…x-1>", unlike the plain IRIs), which is the order rdf.SortQuads
// gives, so the quads of all the calls, in turn, equal Quads' one sorted
// slice. Only one document's quads are held at a time: an export of the
// whole store needs the memory of its largest document, not of the store
// (issue 14). A named document that is not in the store is an error naming
// it, returned before fn is first called. An error from fn stops the walk
// and is returned. fn runs under the store's read lock and must not call
// the store.
func (s *Store) EachDocument(ctx context.Context, docIRIs []string, fn func(doc string, qs []quad.Quad) error) error {
	defer s.rlock()()
	if s.qs == nil {
		return errClosed
	}
	if len(docIRIs) == 0 {
		var err error
		if docIRIs, err = s.docIRIs(ctx); err != nil {
			return err
		}
	} else {
		for _, d := range docIRIs {
			ok, err := s.hasDoc(ctx, d)
			if err != nil {
				return err
			} else if !ok {
				return s.notStored(d)
			}
		}
	}
	type term struct{ key, iri string }
	docs := make([]term, len(docIRIs))
	for i, d := range docIRIs {
		docs[i] = term{quad.ToString(quad.IRI(d)), d}
	}
	slices.SortFunc(docs, func(a, b term) int { return strings.Compare(a.key, b.key) })
	docs = slices.CompactFunc(docs, func(a, b term) bool { return a.key == b.key })
	for _, d := range docs {
		qs, err := s.docQuads(ctx, d.iri)
		if err != nil {
			return err
		}
		if len(qs) == 0 {
			return s.notStored(d.iri)
		}
		qs = slices.DeleteFunc(qs, isIndexQuad)
		rdf.SortQuads(qs)
		if err := fn(d.iri, qs); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) notStored(doc string) error {
	return fmt.Errorf("document %s is not in %s", doc, s.name())
}

// hasDoc reports whether the store holds a quad labelled doc. Every stored
// document has quads about its own node (rdf.Quads), so it reads only the
// document node's quads, as docQuadsByNodes starts: docQuads gives no quad
// exactly when hasDoc is false. The caller holds the lock.
func (s *Store) hasDoc(ctx context.Context, doc string) (bool, error) {
	label := quad.IRI(doc)
	ref, err := s.qs.ValueOf(label)
	if err != nil || ref == nil {
		return false, err
	}
	found := false
	err = s.eachQuad(ctx, s.qs.QuadIterator(quad.Subject, ref), func(q quad.Quad) error {
		found = found || q.Label == label
		return nil
	})
	return found, err
}

// Graphs returns the graphs of the documents with the given IRIs (all when
// none is given), sorted by document IRI.
func (s *Store) Graphs(ctx context.Context, docIRIs ...string) ([]*kg.Graph, error) {
	qs, err := s.Quads(ctx, docIRIs...)
	if err != nil {
		return nil, err
	}
	return rdf.FromQuads(qs)
}

// Documents lists the stored documents' metadata, sorted by IRI.
func (s *Store) Documents(ctx context.Context) ([]kg.Document, error) {
	defer s.rlock()()
	if s.qs == nil {
		return nil, errClosed
	}
	iris, err := s.docIRIs(ctx)
	if err != nil {
		return nil, err
	}
	var qs []quad.Quad
	for _, d := range iris {
		label := quad.IRI(d)
		ref, err := s.qs.ValueOf(label)
		if err != nil {
			return nil, err
		}
		err = s.eachQuad(ctx, s.qs.QuadIterator(quad.Subject, ref), func(q quad.Quad) error {
			if q.Label == label {
				qs = append(qs, q)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	gs, err := rdf.FromQuads(qs)
	if err != nil {
		return nil, err
	}
	out := make([]kg.Document, len(gs))
	for i, g := range gs {
		out[i] = g.Doc
	}
	return out, nil
}

// QuadCount returns the exact number of quads in the store.
func (s *Store) QuadCount(ctx context.Context) (int64, error) {
	defer s.rlock()()
	if s.qs == nil {
		return 0, errClosed
	}
	if s.countFn != nil {
		return s.countFn(ctx)
	}
	st, err := s.qs.Stats(ctx, true)
	if err != nil {
		return 0, err
	}
	if !st.Quads.Exact {
		return 0, fmt.Errorf("backend %s gave an estimated quad count", s.be.name)
	}
	return st.Quads.Value, nil
}

// WriteQuads writes the quads of the given documents (all when none is
// given) to w, sorted, one document at a time (EachDocument), and returns
// how many it wrote. w is one of quad's
// writers (nquads, jsonld, ...); the caller closes it.
func (s *Store) WriteQuads(ctx context.Context, w quad.Writer, docIRIs ...string) (int, error) {
	total := 0
	err := s.EachDocument(ctx, docIRIs, func(_ string, qs []quad.Quad) error {
		n, err := w.WriteQuads(qs)
		total += n
		return err
	})
	return total, err
}
