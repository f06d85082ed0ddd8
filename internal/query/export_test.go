package query

import (
	"bytes"
	"context"
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/internal/store/storetest"
)

// oldExport is the export before it streamed: every document's quads in
// one slice, sorted together (rdf.SortQuads), then written at once.
func oldExport(t *testing.T, s *store.Store, format string, docIRIs []string) string {
	t.Helper()
	var all []quad.Quad
	for _, d := range docIRIs {
		qs, err := s.Quads(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, qs...)
	}
	rdf.SortQuads(all)
	var b bytes.Buffer
	var qw quad.WriteCloser = nquads.NewWriter(&b)
	if format == "jsonld" {
		qw = jsonld.NewWriter(&b)
	}
	if _, err := qw.WriteQuads(rdf.StandardRDF(all)); err != nil {
		t.Fatal(err)
	}
	if err := qw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// The streamed export (one document at a time) writes the same bytes as
// the old one, which sorted every quad of the store together. The ids are
// chosen so that the IRIs sort differently as strings ("x-1" < "x-10") and
// as N-Quads terms ("<…x-10>" < "<…x-1>"), so a walk in the wrong order fails.
func TestExportStreamsInSortedOrder(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, store.Options{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var b bytes.Buffer
	if err := Export(ctx, s, &b, "nquads"); !errors.Is(err, ErrNoMatch) || b.Len() != 0 {
		t.Errorf("empty store: %v, %q", err, b.String())
	}
	ids := []string{"x-2", "x-10", "x-1", "x-1-b", "x-09"}
	var gs []*kg.Graph
	iri := map[string]string{}
	for i, id := range ids {
		g := storetest.Sample(id)
		if i%2 == 1 {
			g = storetest.SampleEN(id)
		}
		gs = append(gs, g)
		iri[id] = kg.DocIRI(id)
	}
	if _, err := s.WriteGraphs(ctx, gs); err != nil {
		t.Fatal(err)
	}
	byString, byTerm := slices.Sorted(maps.Values(iri)), slices.Sorted(maps.Values(iri))
	slices.SortFunc(byTerm, func(a, b string) int { return strings.Compare(quad.ToString(quad.IRI(a)), quad.ToString(quad.IRI(b))) })
	if slices.Equal(byString, byTerm) {
		t.Fatalf("the ids sort the same as strings and as terms: %v", byString)
	}
	for _, c := range []struct {
		name, format string
		docs         []string // ids; nil: all
		err          string
	}{
		{"all", "nquads", nil, ""},
		{"all jsonld", "jsonld", nil, ""},
		{"named", "nquads", []string{"x-2", "x-10", "x-1"}, ""},
		{"named reversed", "nquads", []string{"x-1", "x-10", "x-1-b"}, ""},
		{"one", "nquads", []string{"x-09"}, ""},
		{"missing", "nquads", []string{"x-1", "nope"}, "document " + kg.DocIRI("nope") + " is not in"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var named []string
			for _, id := range c.docs {
				named = append(named, kg.DocIRI(id))
			}
			var got bytes.Buffer
			err := Export(ctx, s, &got, c.format, named...)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) || got.Len() != 0 {
					t.Errorf("err = %v, wrote %d bytes; want %q and nothing written", err, got.Len(), c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			docs := named
			if docs == nil {
				docs = byString
			}
			if want := oldExport(t, s, c.format, docs); got.String() != want {
				t.Errorf("streamed export differs from the sorted one:\ngot  %.300s\nwant %.300s", got.String(), want)
			}
		})
	}
}
