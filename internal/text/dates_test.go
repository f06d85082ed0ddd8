package text

import (
	"strings"
	"testing"
)

func TestMonthNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"يناير", 1},
		{"فبراير", 2},
		{"أبريل", 4},
		{"ابريل", 4},
		{"إبريل", 4},
		{"يونيه", 6},
		{"آذار", 3},
		{"اذار", 3},
		{"أيلول", 9},
		{"جانفي", 1},
		{"ديسمبر", 12},
		{"ويناير", 1},  // conjunction
		{"بفبراير", 2}, // preposition
		{"ليناير", 1},
		{"وبديسمبر", 12},
		{"فِبْرايِر", 2}, // diacritics
		{"February", 2},
		{"february", 2},
		{"FEBRUARY", 2},
		{"Feb", 2},
		{"Feb.", 2},
		{"Sept.", 9},
		{"May", 5},
		{"مايو،", 5}, // trailing Arabic comma
		{"في", 0},
		{"وفي", 0},
		{"تشرين", 0}, // half of a two-word month
		{"Monday", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := MonthNumber(tt.in); got != tt.want {
			t.Errorf("MonthNumber(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestParseDateTokens(t *testing.T) {
	tests := []struct {
		in   string // tokens separated by spaces
		want DateParts
		n    int
		iso  string
	}{
		{"11 فبراير 2026", DateParts{2026, 2, 11}, 3, "2026-02-11"},
		{"١١ فبراير ٢٠٢٦", DateParts{2026, 2, 11}, 3, "2026-02-11"},
		{"February 11 , 2026", DateParts{2026, 2, 11}, 4, "2026-02-11"},
		{"February 11 2026", DateParts{2026, 2, 11}, 3, "2026-02-11"},
		{"Feb. 3", DateParts{0, 2, 3}, 2, ""},
		{"فبراير 2026", DateParts{2026, 2, 0}, 2, "2026-02"},
		{"ويناير 2025", DateParts{2025, 1, 0}, 2, "2025-01"},
		{"يناير", DateParts{0, 1, 0}, 1, ""},
		{"11 February", DateParts{0, 2, 11}, 2, ""},
		{"11 February said", DateParts{0, 2, 11}, 2, ""},
		{"May 2199", DateParts{0, 5, 0}, 1, ""},       // year out of range: not used
		{"May 1899", DateParts{0, 5, 0}, 1, ""},       // likewise
		{"11 فبراير عام", DateParts{0, 2, 11}, 2, ""}, // no year
		{"February 11 ,", DateParts{0, 2, 11}, 3, ""}, // the comma is taken with the day
		{"32 February 2026", DateParts{}, 0, ""},      // no day 32, and 32 is no month
		{"0 فبراير", DateParts{}, 0, ""},              // nor day 0
		{"في يناير", DateParts{}, 0, ""},              // no date starts at في
		{"2026 فبراير", DateParts{}, 0, ""},           // a year first is not read
		{"11", DateParts{}, 0, ""},                    // a lone number
		{"Monday", DateParts{}, 0, ""},                //
		{"11 11 2026", DateParts{}, 0, ""},            // numeric dates are not read
		{"2 يناير 1900", DateParts{1900, 1, 2}, 3, "1900-01-02"},
		{"كانون الثاني 2026", DateParts{}, 0, ""}, // two-word months are not read here
	}
	for _, tt := range tests {
		toks := strings.Fields(tt.in)
		p, n := ParseDateTokens(toks)
		if p != tt.want || n != tt.n || p.ISO() != tt.iso {
			t.Errorf("ParseDateTokens(%q) = %+v, %d (ISO %q); want %+v, %d (%q)", toks, p, n, p.ISO(), tt.want, tt.n, tt.iso)
		}
	}
	// "في يناير": the month is found at the next token.
	if p, n := ParseDateTokens([]string{"في", "يناير"}[1:]); p.Month != 1 || n != 1 {
		t.Errorf("ParseDateTokens(يناير after في) = %+v, %d", p, n)
	}
}

// No tokens: no date, and no panic.
func TestParseDateTokensEmpty(t *testing.T) {
	for _, toks := range [][]string{nil, {}} {
		if p, n := ParseDateTokens(toks); n != 0 || p != (DateParts{}) {
			t.Errorf("ParseDateTokens(%q) = %+v, %d", toks, p, n)
		}
	}
}

func TestDatePartsISO(t *testing.T) {
	tests := []struct {
		p    DateParts
		want string
	}{
		{DateParts{2026, 2, 11}, "2026-02-11"},
		{DateParts{2026, 2, 0}, "2026-02"},
		{DateParts{2026, 0, 0}, "2026"},
		{DateParts{2026, 0, 5}, "2026"},
		{DateParts{0, 2, 11}, ""},
		{DateParts{}, ""},
	}
	for _, tt := range tests {
		if got := tt.p.ISO(); got != tt.want {
			t.Errorf("%+v.ISO() = %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestFindISODate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"الرياض، 11 فبراير 2026", "2026-02-11"},
		{"الأربعاء، 11 فبراير 2026 الساعة 9:01 صباحًا", "2026-02-11"},
		{"Published February 11, 2026 at 9:01", "2026-02-11"},
		{"Updated 2026-02-11 08:00", "2026-02-11"},
		{"فبراير 2026", ""}, // no day
		{"11 February", ""}, // no year
		{"", ""},
	}
	for _, tt := range tests {
		if got := findISODate(tt.in); got != tt.want {
			t.Errorf("findISODate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParseDateTokens(f *testing.F) {
	for _, s := range []string{"11 فبراير 2026", "February 11 , 2026", "فبراير 2026", "في يناير", "11 February", "", "٣١ ديسمبر ٢١٠٠", "May"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := strings.Fields(s)
		p, n := ParseDateTokens(toks)
		if n < 0 || n > len(toks) {
			t.Fatalf("ParseDateTokens(%q) used %d of %d tokens", toks, n, len(toks))
		}
		if n == 0 && p != (DateParts{}) {
			t.Fatalf("ParseDateTokens(%q) = %+v with no tokens used", toks, p)
		}
		if n > 0 && (p.Month < 1 || p.Month > 12) {
			t.Fatalf("ParseDateTokens(%q) = %+v: month out of range", toks, p)
		}
		if p.Day < 0 || p.Day > 31 || (p.Year != 0 && (p.Year < 1900 || p.Year > 2100)) {
			t.Fatalf("ParseDateTokens(%q) = %+v: day or year out of range", toks, p)
		}
		if iso := p.ISO(); iso != "" && len(iso) != 4 && len(iso) != 7 && len(iso) != 10 {
			t.Fatalf("ISO of %+v = %q", p, iso)
		}
		_ = findISODate(s)
	})
}
