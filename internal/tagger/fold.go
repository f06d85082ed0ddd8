package tagger

import (
	"strings"

	"graphbuild/internal/text"
)

// foldWord is text.Fold with a fast path for the common case: words made
// only of ASCII, base Arabic letters and Arabic-Indic digits, for which
// NFKC changes nothing and folding is a letter mapping. Anything else goes
// through text.Fold. A test checks that both agree.
func foldWord(s string) string {
	simple, changed := true, false
	for _, r := range s {
		switch {
		case r < 0x80:
			if r >= 'A' && r <= 'Z' {
				changed = true
			}
		case r >= 0x0621 && r <= 0x064A && r != 0x0640:
			switch r {
			case 'أ', 'إ', 'آ', 'ى', 'ئ', 'ة', 'ؤ':
				changed = true
			}
		case r >= '٠' && r <= '٩':
			changed = true
		default:
			simple = false
		}
		if !simple {
			break
		}
	}
	if !simple {
		return text.Fold(s)
	}
	if !changed {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r == 'أ' || r == 'إ' || r == 'آ':
			r = 'ا'
		case r == 'ى' || r == 'ئ':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ؤ':
			r = 'و'
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// stripForms is text.StripProclitics of a word already folded: the one
// proclitic list, schema/lang/ar/proclitics.txt.
func stripForms(w string) []string { return text.StripFolded(w) }

// appendStripForms appends stripForms(w) to out.
func appendStripForms(out []string, w string) []string { return text.AppendStripFolded(out, w) }
