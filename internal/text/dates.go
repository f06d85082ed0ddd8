package text

import (
	"fmt"
	"regexp"
	"strconv"
	"sync"

	"graphbuild/schema"
)

// monthNames maps folded month names of every language to 1..12.
var monthNames = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for _, l := range []Lang{Arabic, English} {
		rows, err := schema.Table(string(l), "months")
		if err != nil {
			continue
		}
		for _, r := range rows {
			if len(r) < 2 {
				continue
			}
			if n, err := strconv.Atoi(r[1]); err == nil && n >= 1 && n <= 12 {
				m[FoldName(r[0])] = n
			}
		}
	}
	return m
})

// MonthNumber returns the month a (folded or unfolded) name denotes, or 0.
// Clitics are tried off: "وفي يناير" → يناير.
func MonthNumber(word string) int { return monthMemo.get(word) }

var monthMemo = newMemo(monthNumber)

// MonthNumberToken is MonthNumber(t.Text), read from the forms the token
// carries (Token.Forms is StripProclitics(t.Text)): no lookup of the word
// in the memo, no folding or stripping again.
func MonthNumberToken(t *Token) int {
	m := monthNames()
	forms := t.Forms()
	for _, f := range forms {
		if n, ok := m[FoldName(f)]; ok {
			return n
		}
	}
	// monthNumber ends with FoldName(word): the same key as FoldName of
	// forms[0] (Fold(word)) when folding that again changes nothing.
	if len(forms) > 0 && Fold(forms[0]) == forms[0] {
		return 0
	}
	return m[FoldName(t.Text)]
}

func monthNumber(word string) int {
	m := monthNames()
	for _, f := range StripProclitics(word) {
		if n, ok := m[FoldName(f)]; ok {
			return n
		}
	}
	return m[FoldName(word)]
}

var isoDate = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)

// DateParts are the pieces of a date as far as the text gives them.
type DateParts struct {
	Year, Month, Day int
}

// ISO renders the parts as YYYY, YYYY-MM or YYYY-MM-DD; "" when no year.
func (p DateParts) ISO() string {
	switch {
	case p.Year == 0:
		return ""
	case p.Month == 0:
		return fmt.Sprintf("%04d", p.Year)
	case p.Day == 0:
		return fmt.Sprintf("%04d-%02d", p.Year, p.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", p.Year, p.Month, p.Day)
}

// ParseDateTokens reads a date from the folded words starting at toks[0]:
// "11 فبراير 2026", "February 11, 2026", "فبراير 2026", "11 February". It
// returns the parts and how many tokens it used (0 when no date starts there).
func ParseDateTokens(toks []string) (DateParts, int) { return parseDate(dateWords(toks)) }

// ParseDateToks is ParseDateTokens of the tokens' words (their Text), with
// the month names read from the forms the tokens carry (MonthNumberToken)
// instead of a lookup of each word: the value recognizer tries it at every
// token.
func ParseDateToks(toks []Token) (DateParts, int) { return parseDate(dateToks(toks)) }

type dateWords []string

func (w dateWords) len() int          { return len(w) }
func (w dateWords) word(i int) string { return w[i] }
func (w dateWords) month(i int) int   { return MonthNumber(w[i]) }
func (w dateWords) fold(i int) string { return Fold(w[i]) }

type dateToks []Token

func (t dateToks) len() int          { return len(t) }
func (t dateToks) word(i int) string { return t[i].Text }
func (t dateToks) month(i int) int   { return MonthNumberToken(&t[i]) }

// fold is Fold of the word: the token's Fold, which Tokenize set to it
// (parseDate tries every token of every sentence as the start of a date).
func (t dateToks) fold(i int) string {
	if f := t[i].Fold; f != "" || t[i].Text == "" {
		return f
	}
	return Fold(t[i].Text)
}

func parseDate[W interface {
	len() int
	word(i int) string
	month(i int) int
	fold(i int) string // Fold(word(i))
}](toks W) (DateParts, int) {
	n := toks.len()
	if n == 0 {
		return DateParts{}, 0
	}
	num := func(i int, lo, hi int) int {
		if i >= n {
			return 0
		}
		v, ok := atoi(toks.fold(i))
		if !ok || v < lo || v > hi {
			return 0
		}
		return v
	}
	var p DateParts
	i := 0
	if d := num(0, 1, 31); d > 0 && n > 1 && toks.month(1) > 0 {
		p.Day, p.Month = d, toks.month(1)
		i = 2
	} else if m := toks.month(0); m > 0 {
		p.Month = m
		i = 1
		if d := num(1, 1, 31); d > 0 {
			p.Day = d
			i = 2
			if i < n && toks.word(i) == "," {
				i++
			}
		}
	} else {
		return DateParts{}, 0
	}
	if y := num(i, 1900, 2100); y > 0 {
		p.Year = y
		i++
	}
	return p, i
}

// findISODate returns the first full date in s as YYYY-MM-DD, "" if none.
func findISODate(s string) string {
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return m[0]
	}
	toks := Tokenize(s)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	for i := range words {
		if p, n := ParseDateTokens(words[i:]); n > 0 && p.Year > 0 && p.Day > 0 {
			return p.ISO()
		}
	}
	return ""
}

// atoi is strconv.Atoi for the range checks of ParseDateTokens, without
// the error value Atoi allocates for every word that is not a number: the
// same strings are numbers (an optional sign, then ASCII digits), and a
// number too large for Atoi comes out at least 1e12.
func atoi(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if n < 1e12 {
			n = n*10 + int(c-'0')
		}
	}
	if neg {
		n = -n
	}
	return n, true
}
