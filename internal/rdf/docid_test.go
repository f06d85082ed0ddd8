package rdf_test

import (
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/text"
)

// TestReliabilityDocIRIRoundTrip: a document whose id needs escaping comes
// back from its quads with the same id.
func TestReliabilityDocIRIRoundTrip(t *testing.T) {
	g := &kg.Graph{Doc: kg.Document{ID: "DOC/1 ?", Source: "x.jsonl", Lang: string(text.English), SHA256: "00"}}
	qs, err := rdf.Quads(g)
	if err != nil {
		t.Fatal(err)
	}
	back, err := rdf.FromQuads(qs)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != 1 || back[0].Doc.ID != g.Doc.ID {
		t.Fatalf("round trip: %+v", back)
	}
}
