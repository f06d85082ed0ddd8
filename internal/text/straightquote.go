package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MarkRole is what a straight quotation mark's neighbours make it.
type MarkRole int

// The roles of a straight quotation mark.
const (
	MarkEither MarkRole = iota // nothing tells: it opens or closes in turn
	MarkOpens                  // a space (or the paragraph start) before it, a word after it
	MarkCloses                 // a word before it, a space or punctuation after it
)

// StraightMarkRole returns the role of the straight quotation mark at byte
// i of paragraph p (rule "reopened-quote"). News reopens a quotation at
// each of its paragraphs without closing the one before ("… democracy.
// "The mock elections …"), so a mark cannot be told by counting; its
// neighbours tell it.
func StraightMarkRole(s string, i int, p Span) MarkRole {
	before, after := ' ', ' '
	if i > p.Start {
		before, _ = utf8.DecodeLastRuneInString(s[p.Start:i])
	}
	if i+1 < p.End {
		after, _ = utf8.DecodeRuneInString(s[i+1:])
	}
	spaceBefore := unicode.IsSpace(before) || strings.ContainsRune("([-–—", before)
	spaceAfter := unicode.IsSpace(after) || strings.ContainsRune(".,;:!?)]", after)
	switch {
	case spaceBefore && !spaceAfter:
		return MarkOpens
	case !spaceBefore && spaceAfter:
		return MarkCloses
	}
	return MarkEither
}

// reopensAfter reports whether the text after byte i, past spaces, is a
// straight mark that opens a quotation: a terminator before it ends the
// quotation and the sentence even inside quotation marks.
func reopensAfter(s string, i int, p Span) bool {
	j := i
	for j < p.End && isSpace(rune(s[j])) {
		j++
	}
	return j > i && j < p.End && s[j] == '"' && StraightMarkRole(s, j, p) == MarkOpens
}

// closesSentence reports whether byte i follows a full stop with a closing
// straight mark, a space and a capital letter: "… tax less." However, …"
// ends the sentence inside quotation marks.
func closesSentence(s string, i int, p Span) bool {
	if i >= p.End || s[i] != '"' || StraightMarkRole(s, i, p) != MarkCloses {
		return false
	}
	j := i + 1
	for j < p.End && isSpace(rune(s[j])) {
		j++
	}
	if j == i+1 || j >= p.End {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return unicode.IsUpper(r)
}
