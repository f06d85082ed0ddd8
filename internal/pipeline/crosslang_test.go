package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"graphbuild/internal/export"
	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
	"graphbuild/internal/pipeline"
	"graphbuild/internal/text"
)

// TestCrossLanguageIdentity builds an Arabic and an English article about
// the same companies and people, links them as a build does
// (identity.Link: short names are joined by a transliteration
// checked both ways, not by their key) and checks that each is one node
// with both names, while people who only share a surname stay apart.
func TestCrossLanguageIdentity(t *testing.T) {
	var gs []*kg.Graph
	for _, f := range []string{"ar-funding-acquisition.txt", "en-ai-industry.txt", "ar-products-places.txt", "en-chips-quotes.txt"} {
		b, err := os.ReadFile(filepath.Join("../../fixtures", f))
		if err != nil {
			t.Fatal(err)
		}
		docs, err := text.Parse(f, b, text.ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		gs = append(gs, pipeline.Extract(docs[0]))
	}
	if _, err := identity.Link(context.Background(), gs, nil); err != nil {
		t.Fatal(err)
	}
	ex := export.Merge(gs)
	byName := map[string]export.ExportEntity{}
	for _, e := range ex.Entities {
		byName[e.Name] = e
		for _, a := range e.Aliases {
			byName[a] = e
		}
	}
	tests := []struct{ ar, en string }{
		{"رقيم", "Raqeem AI"},
		{"سديم", "Sadeem Group"},
		{"مرسى كلاود", "Marsa Cloud"},
		{"عمر الشمري", "Omar al-Shammari"},
		{"إيلين مورو", "Hélène Moreau"},
		{"أبوظبي", "Abu Dhabi"}, // through the lexicon
	}
	for _, tc := range tests {
		a, ok1 := byName[tc.ar]
		e, ok2 := byName[tc.en]
		switch {
		case !ok1 || !ok2:
			t.Errorf("%s / %s: not both found (%v, %v)", tc.ar, tc.en, ok1, ok2)
		case a.ID != e.ID:
			t.Errorf("%s is %s but %s is %s; want one node", tc.ar, a.ID, tc.en, e.ID)
		case len(a.Documents) < 2:
			t.Errorf("%s: in %d documents, want at least 2", tc.ar, len(a.Documents))
		}
	}
	if l, d := byName["Linda Chen"], byName["David Chen"]; l.ID == "" || l.ID == d.ID {
		t.Errorf("Linda Chen and David Chen must be two people: %q, %q", l.ID, d.ID)
	}
	if ids := []string{byName["Linda Chen"].ID, byName["David Chen"].ID}; slices.Contains(ids, "") {
		t.Errorf("Chens not found: %v", ids)
	}
}
