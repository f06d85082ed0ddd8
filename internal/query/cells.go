package query

import (
	"strconv"
	"strings"
)

// SafeCell neutralises a CSV or TSV cell a spreadsheet would run as a
// formula (the OWASP CSV-injection rule): a cell starting with = + - @, a
// tab or a carriage return gets a leading apostrophe, which spreadsheets
// show as text and never evaluate. Numbers ("-0.5") and a lone "-" stay as
// they are: no spreadsheet reads them as formulas.
func SafeCell(s string) string {
	if s == "" || s == "-" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if _, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil && s[0] != '\t' && s[0] != '\r' && s[0] != '=' && s[0] != '@' {
			return s
		}
		return "'" + s
	}
	// Full-width forms some spreadsheets also accept as formula signs.
	for _, p := range []string{"＝", "＋", "－", "＠"} {
		if strings.HasPrefix(s, p) {
			return "'" + s
		}
	}
	return s
}

func safeCells(cells []string) []string {
	for i, c := range cells {
		cells[i] = SafeCell(c)
	}
	return cells
}
