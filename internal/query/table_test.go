package query

import (
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
)

func TestRenderTableDropsEmptyColumns(t *testing.T) {
	rows := [][]string{{"A", "EMPTY", "B"}, {"x", "", "y"}}
	if got := renderTable(rows, 80); got != "A  B\nx  y\n" {
		t.Errorf("fitted: %q", got)
	}
	rows = [][]string{{"A", "EMPTY", "B"}, {"x", "", "y"}}
	if got := renderTable(rows, 0); got != "A  EMPTY  B\nx         y\n" {
		t.Errorf("unlimited: %q", got)
	}
}

func TestRenderTableFits(t *testing.T) {
	quote := "the models we train need people who know how to fix them when they go wrong, and those are rare"
	rows := func() [][]string {
		return [][]string{
			{"SPEAKER", "ORGANIZATION", "QUOTE", "DOCUMENT"},
			{"Rahul Mehta", "Marsa Cloud Infrastructure", quote, "en-chips-quotes"},
			{"ليلى المنصوري", "Medra", "نموذجاً قصير", "ar-quotes-people"},
		}
	}
	tests := []struct {
		width   int
		want    []string // substrings of the output
		notWant []string
	}{
		{0, []string{"Marsa Cloud Infrastructure  " + quote + "  en-chips-quotes\n"}, []string{"…"}},
		{200, []string{quote}, []string{"…"}},
		// the quote wraps, the rest stays whole
		{100, []string{"Marsa Cloud Infrastructure", "en-chips-quotes\n", "\n" + strings.Repeat(" ", 41)}, []string{"…"}},
		// the organization is cut, the document kept
		{70, []string{"Marsa Cl", "…", "en-chips-quotes"}, nil},
		// too narrow for a table: records
		{40, []string{"SPEAKER       Rahul Mehta\n", "DOCUMENT      en-chips-quotes\n\nSPEAKER"}, nil},
	}
	for _, tt := range tests {
		got := renderTable(rows(), tt.width)
		for _, line := range strings.Split(got, "\n") {
			if tt.width > 0 && runewidth.StringWidth(line) > tt.width {
				t.Errorf("width %d: line %q is %d columns wide", tt.width, line, runewidth.StringWidth(line))
			}
			if strings.HasSuffix(line, " ") {
				t.Errorf("width %d: trailing space in %q", tt.width, line)
			}
		}
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("width %d: no %q in\n%s", tt.width, w, got)
			}
		}
		for _, w := range tt.notWant {
			if strings.Contains(got, w) {
				t.Errorf("width %d: %q in\n%s", tt.width, w, got)
			}
		}
	}
}
