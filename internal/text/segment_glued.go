package text

import (
	"unicode"
	"unicode/utf8"
)

// gluedStop reports whether the full stop at dot, followed directly (no
// space) by the text at next, ends a sentence in a script without capitals:
// "…في الفترة الماضية.وأكد رئيس …". Such scripts give no capital to tell a
// new sentence, so the stop is read from the words around it: a caseless word
// of three letters or more before it (no dot inside, not a listed
// abbreviation), and after it a caseless word of two letters or more that is
// not part of a dotted chain, or an opening guillemet. Initials and agency
// abbreviations (one- or two-letter pieces joined by dots), decimals and
// Latin domains are never split.
func gluedStop(s string, from, dot, next, end int, rules pageRules) bool {
	// The word before.
	n := 0
	j := dot
	for j > from {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if !caseless(r) {
			if r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' {
				return false
			}
			break
		}
		n++
		j -= w
	}
	if n < 3 || rules.abbrev[s[j:dot]] {
		return false
	}
	// The word after.
	r, w := utf8.DecodeRuneInString(s[next:])
	if r == '«' {
		return true
	}
	n = 0
	k := next
	for k < end {
		r, w = utf8.DecodeRuneInString(s[k:])
		if !caseless(r) {
			if r == '.' && k+w < end && !nextIsSpace(s, k+w) || unicode.IsLetter(r) || unicode.IsDigit(r) {
				return false
			}
			break
		}
		n++
		k += w
	}
	return n >= 2
}

// caseless is a letter of a script that has no capitals, or a mark or
// elongation joined to one.
func caseless(r rune) bool {
	return unicode.Is(unicode.Lo, r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Lm, r)
}
