package kg_test

import (
	"testing"

	"graphbuild/internal/kg"
)

// TestReliabilityDocIRIKeepsIDs: ids that differ by case or punctuation are
// different documents (issue 15, finding 1: they used to fold to one IRI and
// overwrite each other).
func TestReliabilityDocIRIKeepsIDs(t *testing.T) {
	ids := []string{"Doc-1", "doc 1", "DOC/1", "doc-1", "!!!", "???", "Report", "report", "a%20b", "a b", ".", "..", "مقال ١", "مقال-١", "x\xffy"}
	seen := map[string]string{}
	for _, id := range ids {
		iri := kg.DocIRI(id)
		if prev, ok := seen[iri]; ok {
			t.Errorf("ids %q and %q share the IRI %s", prev, id, iri)
		}
		seen[iri] = id
		if got := kg.DocIDFromIRI(iri); got != id {
			t.Errorf("DocIDFromIRI(DocIRI(%q)) = %q", id, got)
		}
	}
	for id, want := range map[string]string{"ar-funding-acquisition": "ar-funding-acquisition", "000_f916ffd0b0f07bb2": "000_f916ffd0b0f07bb2", "Doc 1": "Doc%201"} {
		if got := kg.DocIRI(id); got != "https://graphbuild.dev/doc/"+want {
			t.Errorf("DocIRI(%q) = %s, want …/doc/%s", id, got, want)
		}
	}
}
