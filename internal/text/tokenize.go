package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits s into words, numbers and punctuation with byte spans into
// s. Arabic and Latin letters joined without a space ("وMiniMax") are split at
// the change of script, so the Latin name stands as its own token; an inner
// '.', '-' or '&' between letters or digits stays inside the token (Z.ai,
// GPT-4o, 1.5, AT&T); a possessive ('s, ’s) is its own token.
func Tokenize(s string) []Token { return appendTokens(nil, s) }

// appendTokens appends the tokens of s (Tokenize) to dst.
func appendTokens(dst []Token, s string) []Token {
	base := len(dst)
	out := dst
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpace(r):
			i += n
		case isWordStart(r):
			end, class := scanWord(s, i)
			out = append(out, Token{Span: Span{i, end}, Text: s[i:end], Fold: Fold(s[i:end]), Class: class})
			i = end
		default:
			out = append(out, Token{Span: Span{i, i + n}, Text: s[i : i+n], Fold: Fold(s[i : i+n]), Class: Punct})
			i += n
		}
	}
	// Possessive: "Meta’s" was scanned as "Meta", "’", "s": the last two
	// become one punctuation token "’s", so the name stands alone.
	j := base
	for k := base; k < len(out); k++ {
		t := out[k]
		if k+1 < len(out) && (t.Text == "’" || t.Text == "'") && (out[k+1].Text == "s" || out[k+1].Text == "S") &&
			out[k+1].Start == t.End && j > base && out[j-1].End == t.Start && out[j-1].Class == Word &&
			(out[k+1].End == len(s) || !isWordStart(firstRuneAt(s, out[k+1].End))) {
			t = Token{Span: Span{t.Start, out[k+1].End}, Text: s[t.Start:out[k+1].End], Class: Punct}
			t.Fold = Fold(t.Text)
			k++
		}
		out[j] = t
		j++
	}
	out = out[:j]
	setForms(out[base:])
	return out
}

// setForms fills the tokens' forms (Token.Forms) from one backing array.
func setForms(toks []Token) {
	all := make([]string, 0, len(toks)+len(toks)/4)
	for i := range toks {
		start := len(all)
		all = AppendStripFolded(all, toks[i].Fold)
		toks[i].forms = all[start:len(all):len(all)]
	}
}

func isWordStart(r rune) bool {
	return isLetter(r) || isDigit(r)
}

func script(r rune) int {
	switch {
	case IsArabicLetter(r):
		return 1
	case isLetter(r):
		return 2
	}
	return 0
}

// scanWord returns the end of the word starting at i and its class.
func scanWord(s string, i int) (int, TokenClass) {
	first, _ := utf8.DecodeRuneInString(s[i:])
	digits := isDigit(first)
	letters := !digits
	sc := script(first)
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.Is(unicode.Mn, r) || r == 0x0640 || r == 0x200C || r == 0x200D:
			j += n // diacritics, tatweel and joiners belong to the word
		case isLetter(r):
			if rs := script(r); sc != 0 && rs != sc && j > i && !digits {
				return j, Word // change of script ends the word
			} else if sc == 0 {
				sc = rs
			}
			letters = true
			j += n
		case isDigit(r):
			if sc == 1 && !digits {
				return j, Word // "و620": a proclitic before a number
			}
			j += n
		case unicode.Is(unicode.Mn, r) || r == 0x0640 || r == 0x200C || r == 0x200D:
			j += n // diacritics, tatweel and joiners belong to the word
		case (r == '\'' || r == '’') && apostropheName(s, i, j, n):
			j += n // "O'Leary", "D’Arcy": one name
		case r == '.' || r == '-' || r == '&' || r == ',' || r == '٫' || r == '٬' || r == '_':
			// Inner punctuation stays when a letter or digit follows it.
			if j+n >= len(s) {
				return j, classOf(letters, digits)
			}
			next, _ := utf8.DecodeRuneInString(s[j+n:])
			if r == ',' || r == '٫' || r == '٬' {
				// Only as a digit group or decimal separator: 1,000  1٫5.
				prev, _ := utf8.DecodeLastRuneInString(s[:j])
				if !(isDigit(prev) && isDigit(next)) {
					return j, classOf(letters, digits)
				}
			} else if !(isLetter(next) || isDigit(next)) {
				return j, classOf(letters, digits)
			} else if r == '-' && splitsCompound(s[j+n:]) {
				return j, classOf(letters, digits) // "Riyadh-based": the place stands alone
			} else if r == '.' && IsArabicLetter(next) {
				return j, classOf(letters, digits)
			}
			j += n
		default:
			return j, classOf(letters, digits)
		}
	}
	return j, classOf(letters, digits)
}

// apostropheName is rule apostrophe-name: an apostrophe at byte j after a
// word that is one capital Latin letter, followed by a capital, joins a
// name ("O'Leary", "D’Arcy", "N'Dour"); "I'm", "Meta's" and a closing
// quote after a letter are left alone. FoldName drops such an apostrophe,
// so "O'Connor" alone is the surname of "Johnny O'Connor".
func apostropheName(s string, i, j, n int) bool {
	if j-i != 1 || s[i] < 'A' || s[i] > 'Z' || j+n >= len(s) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[j+n:])
	return next < utf8.RuneSelf && unicode.IsUpper(next)
}

func classOf(letters, startsWithDigit bool) TokenClass {
	if startsWithDigit && !letters {
		return Number
	}
	if startsWithDigit {
		// "4o", "560m": a number with a unit suffix still reads as a word.
		return Word
	}
	return Word
}

func firstRuneAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// compoundHeads are the words that make "X-based", "X-backed", "X-owned"
// compounds: the X is a name of its own (a place, a company), so it is
// split off.
var compoundHeads = []string{"based", "backed", "owned", "led", "born", "listed", "headquartered", "funded", "controlled", "made", "run"}

func splitsCompound(rest string) bool {
	for _, h := range compoundHeads {
		if len(rest) >= len(h) && strings.EqualFold(rest[:len(h)], h) {
			if len(rest) == len(h) {
				return true
			}
			r, _ := utf8.DecodeRuneInString(rest[len(h):])
			if !isLetter(r) && !isDigit(r) {
				return true
			}
		}
	}
	return false
}
