package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// arabicMarks are the combining marks Arabic writes optionally: harakat,
// shadda, sukun, Quranic annotation marks, superscript alef, and tatweel
// (kashida), which is only a stretch of the baseline.
var arabicMarks = runes.Predicate(func(r rune) bool {
	return (r >= 0x0610 && r <= 0x061A) || (r >= 0x064B && r <= 0x065F) || r == 0x0670 ||
		(r >= 0x06D6 && r <= 0x06ED) || r == 0x0640
})

// invisible are format characters that carry no letters: bidi marks, zero
// width joiners, the byte order mark.
var invisible = runes.Predicate(func(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF:
		return true
	}
	return false
})

// foldLetter maps the spelling variants Arabic news writes interchangeably to
// one letter: hamza-carrying alefs to bare alef, alef maqsura to ya, ta
// marbuta to ha, hamza on waw/ya to the bare letter, Persian kaf/ya to Arabic,
// Arabic-Indic digits to ASCII, and Latin to lower case.
func foldLetter(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ئ', 'ی':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ؤ':
		return 'و'
	case 'ک':
		return 'ك'
	}
	if r >= '٠' && r <= '٩' {
		return '0' + (r - '٠')
	}
	if r >= '۰' && r <= '۹' {
		return '0' + (r - '۰')
	}
	if r >= 0x0600 && r <= 0x06FF {
		return r // the Arabic block has no case: ToLower's table search finds nothing
	}
	return unicode.ToLower(r)
}

// Fold returns the matching form of s: NFKC, without Arabic diacritics,
// tatweel or invisible format characters, with letter variants unified and
// Latin lower-cased. Two spellings of one name fold to the same string; the
// folded form is for comparison and lookup only, never for display.
func Fold(s string) string {
	if folded(s) {
		return s // most words: nothing to change, nothing to allocate
	}
	if !utf8.ValidString(s) {
		// Invalid bytes become U+FFFD first, so that folding a folded
		// string changes nothing (the transformers treat a raw invalid
		// byte and U+FFFD differently).
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if f, ok := foldFast(s); ok {
		return f
	}
	return transformFold(s)
}

// foldChains are transformer chains for transformFold, kept for reuse: a
// chain holds buffers, so building one per call cost more than the fold.
var foldChains = sync.Pool{New: func() any {
	return transform.Chain(norm.NFKC, runes.Remove(arabicMarks), runes.Remove(invisible), runes.Map(foldLetter))
}}

// transformFold is Fold through golang.org/x/text's transformers: NFKC,
// then mark and invisible removal, then letter folding.
func transformFold(s string) string {
	t := foldChains.Get().(transform.Transformer)
	defer foldChains.Put(t)
	out, _, err := transform.String(t, s)
	if err != nil {
		// The transformers above cannot fail on valid or invalid UTF-8
		// (invalid bytes pass through as U+FFFD); keep the input rather than
		// lose it if that ever changes.
		return strings.ToLower(s)
	}
	return out
}

// FoldName folds s and collapses punctuation and spaces to single spaces, so
// "Z.ai" and "Z ai", "MiniMax" and "Minimax" compare equal.
func FoldName(s string) string {
	f := Fold(s)
	if nameFolded(f) {
		return f // one word, or words and single spaces: nothing to collapse
	}
	return collapseName(f)
}

// collapseName keeps the letters and digits of f, one space between runs.
func collapseName(f string) string {
	var b strings.Builder
	space := false
	prev := rune(0)
	for i, r := range f {
		if (r == '\'' || r == '’') && isLetter(prev) && i+utf8.RuneLen(r) < len(f) {
			// "o'connor": an apostrophe inside a name joins it (rule
			// apostrophe-name), so the lone surname folds the same.
			if next, _ := utf8.DecodeRuneInString(f[i+utf8.RuneLen(r):]); isLetter(next) && !space {
				prev = r
				continue
			}
		}
		prev = r
		if isLetter(r) || isDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}

// nameFolded reports whether FoldName would return the folded f as it is:
// runs of letters and digits joined by single spaces.
func nameFolded(f string) bool {
	prevSpace := true // no leading space
	for i := 0; i < len(f); {
		c := f[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z':
				prevSpace = false
			default:
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(f[i:])
		if !isLetter(r) && !isDigit(r) {
			return false
		}
		prevSpace = false
		i += n
	}
	return !prevSpace || f == ""
}

// IsLatinLetter reports whether r is a letter of the Latin script.
func IsLatinLetter(r rune) bool {
	return unicode.Is(unicode.Latin, r) && isLetter(r)
}

// inert reports whether r is one of the punctuation marks and symbols
// news writes often (quotation marks, dashes, currency signs) that NFKC
// leaves unchanged, that combine with nothing and that Fold keeps.
func inert(r rune) bool {
	switch r {
	case '«', '»', '–', '—', '‘', '’', '“', '”', '£', '€', '•', '·', '°', '§', '©', '®':
		return true
	}
	return false
}

// folded reports whether Fold(s) is s: ASCII without capitals, and Arabic
// letters, punctuation and marks that fold to themselves.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0x0621 && r <= 0x064A:
			switch r {
			case 'أ', 'إ', 'آ', 'ى', 'ئ', 'ة', 'ؤ', 0x0640:
				return false
			}
		case r == '،' || r == '؛' || r == '؟' || inert(r):
		default:
			return false
		}
		i += n - 1
	}
	return true
}

// foldFast folds text made only of ASCII and the basic Arabic block (and
// invisible marks), which NFKC leaves unchanged, in one pass without the
// transformer chain's allocations: nearly every token of a news article.
// It reports false for anything else, which takes the full path.
func foldFast(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r >= 0x0600 && r <= 0x06FF:
			if arabicMarks.Contains(r) {
				continue
			}
			// Everything in the Arabic block is NFKC-stable except these.
			if r == 0x0675 || r == 0x0676 || r == 0x0677 || r == 0x0678 {
				return "", false
			}
			b.WriteRune(foldLetter(r))
		case invisible.Contains(r):
			continue
		case inert(r):
			b.WriteRune(r)
		default:
			return "", false
		}
	}
	return b.String(), true
}
