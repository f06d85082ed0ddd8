package query

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	"github.com/piprate/json-gold/ld"

	"graphbuild/internal/export"
	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/internal/store/storetest"
)

// oldExport is the export before it streamed: every document's quads in
// one slice, sorted together (rdf.SortQuads), then written at once; for
// json and graphml, every graph merged at once (export.Merge).
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
	switch format {
	case "json", "graphml":
		gs, err := rdf.FromQuads(all)
		if err != nil {
			t.Fatal(err)
		}
		if format == "json" {
			err = export.WriteJSON(&b, export.Merge(gs))
		} else {
			err = WriteGraphML(&b, BuildExportGraph(export.Merge(gs)))
		}
		if err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
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
		{"named jsonld", "jsonld", []string{"x-1", "x-10", "x-09"}, ""},
		{"all json", "json", nil, ""},
		{"named json", "json", []string{"x-1-b", "x-10", "x-1"}, ""},
		{"all graphml", "graphml", nil, ""},
		{"missing json", "json", []string{"x-1", "nope"}, "document " + kg.DocIRI("nope") + " is not in"},
		{"missing jsonld", "jsonld", []string{"nope"}, "document " + kg.DocIRI("nope") + " is not in"},
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

// The JSON-LD export is JSON-LD: json-gold (the processor quad's writer
// uses) reads it back into the quads of the N-Quads export, on a store
// whose documents the walk gives in another order than their IRIs.
func TestJSONLDParsesBackToTheQuads(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, store.Options{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.WriteGraphs(ctx, []*kg.Graph{storetest.Sample("x-1"), storetest.SampleEN("x-10"), storetest.Sample("x-2")}); err != nil {
		t.Fatal(err)
	}
	var js, nq bytes.Buffer
	if err := Export(ctx, s, &js, "jsonld"); err != nil {
		t.Fatal(err)
	}
	if err := Export(ctx, s, &nq, "nquads"); err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	opts := ld.NewJsonLdOptions("")
	opts.Format = "application/n-quads"
	back, err := ld.NewJsonLdProcessor().ToRDF(doc, opts)
	if err != nil {
		t.Fatal(err)
	}
	lines := func(s string) []string {
		var out []string
		for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
			// Both are N-Quads; json-gold writes the literals' datatypes
			// as rdf:langString and xsd:string where the export leaves
			// plain strings plain.
			l = strings.ReplaceAll(l, "^^<http://www.w3.org/2001/XMLSchema#string>", "")
			out = append(out, l)
		}
		slices.Sort(out)
		return out
	}
	got, want := lines(back.(string)), lines(nq.String())
	if len(want) < 50 || !slices.Equal(got, want) {
		t.Errorf("JSON-LD read back gives %d quads, the N-Quads export %d", len(got), len(want))
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Errorf("first difference:\n%s\n%s", got[i], want[i])
				break
			}
		}
	}
}
