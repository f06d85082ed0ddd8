package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Norm folds a name, a literal or a quote for matching, as kgscore.py's
// norm does: NFKC; Arabic diacritics and tatweel dropped; hamza-carrying
// alifs, alif maqsura, ta marbuta, waw and ya with hamza folded; lower case
// (Python's full mapping); every run of white space, zero-width marks and
// the punctuation " “ ” « » ' ‘ ’ ، , . : ; ! ? ؟ ( ) [ ] { } - – — _ /
// becomes one space; leading and trailing spaces are trimmed.
func Norm(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	rs := []rune(s)
	space := false
	for i, r := range rs {
		if isDiacritic(r) {
			continue
		}
		if f, ok := letterFold[r]; ok {
			r = f
		}
		if isSeparator(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		switch r {
		case 'İ': // Python lowers U+0130 to i + combining dot above
			b.WriteString("i\u0307")
		case 'Σ':
			b.WriteRune(lowerSigma(rs, i))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

var letterFold = map[rune]rune{'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي'}

// isDiacritic is kgscore's [\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640].
func isDiacritic(r rune) bool {
	return r >= 0x610 && r <= 0x61a || r >= 0x64b && r <= 0x65f || r == 0x670 || r >= 0x6d6 && r <= 0x6ed || r == 0x640
}

// isSeparator is kgscore's PUNCT class: Python's \s plus zero-width marks
// and the listed punctuation.
func isSeparator(r rune) bool {
	return pySpace(r) || strings.ContainsRune("\u200c\u200d\u200e\u200f\"“”«»'‘’،,.:;!?؟()[]{}-–—_/", r)
}

// pySpace reports whether Python's str.isspace holds for r (the characters
// \s matches in a str pattern).
func pySpace(r rune) bool {
	switch {
	case r >= '\t' && r <= '\r', r >= 0x1c && r <= 0x20, r == 0x85, r == 0xa0, r == 0x1680,
		r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// lowerSigma applies Python's Final_Sigma rule to the capital sigma at i:
// ς after a letter and not before one, σ otherwise.
func lowerSigma(rs []rune, i int) rune {
	before := false
	for j := i - 1; j >= 0; j-- {
		if unicode.Is(unicode.Mn, rs[j]) {
			continue
		}
		before = unicode.IsLetter(rs[j])
		break
	}
	after := false
	for j := i + 1; j < len(rs); j++ {
		if unicode.Is(unicode.Mn, rs[j]) {
			continue
		}
		after = unicode.IsLetter(rs[j])
		break
	}
	if before && !after {
		return 'ς'
	}
	return 'σ'
}
