package text

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"graphbuild/schema"
)

// proclitics are the folded prefixes Arabic writes on the next word
// (وعلي بابا, لعلي بابا, بالصين, والمعروفة), longest first so that "وال" is
// tried before "و": schema/lang/ar/proclitics.txt, the one list every
// stripper reads (internal/lang's profile, the phrase matcher, the tagger).
var proclitics = sync.OnceValue(func() []string {
	w := schema.MustWords(string(Arabic), "proclitics")
	for i := range w {
		w[i] = Fold(w[i])
	}
	return w
})

// procliticStarts are the first letters of the proclitics: a word starting
// with none of them has no form to strip.
var procliticStarts = sync.OnceValue(func() []rune {
	var rs []rune
	for _, p := range proclitics() {
		r, _ := utf8.DecodeRuneInString(p)
		if !slices.Contains(rs, r) {
			rs = append(rs, r)
		}
	}
	return rs
})

// StripProclitics returns the folded word and every shorter form reached by
// removing one proclitic sequence from its front, keeping at least two
// letters: "وبالصين" gives ["وبالصين", "بالصين"?...]. The first element is
// always the folded word itself. Callers try the forms in order against a
// lexicon and keep the first hit, so a name that really starts with those
// letters (بكين) is still found whole.
func StripProclitics(word string) []string { return StripFolded(Fold(word)) }

// StripFolded is StripProclitics of a word already folded.
func StripFolded(w string) []string { return AppendStripFolded(nil, w) }

// AppendStripFolded appends StripFolded(w) to dst (no allocation when dst
// has room).
func AppendStripFolded(dst []string, w string) []string {
	out := append(dst, w)
	if r, _ := utf8.DecodeRuneInString(w); !slices.Contains(procliticStarts(), r) {
		return out
	}
	for _, p := range proclitics() {
		if strings.HasPrefix(w, p) {
			rest := w[len(p):]
			if runeCount(rest) >= 2 {
				out = append(out, rest)
				if strings.HasSuffix(p, "لل") { // لل is ل + ال with the alef elided
					out = append(out, "ال"+rest)
				}
			}
		}
	}
	return out
}

// StripArticle removes a leading ال from a folded word with at least two
// letters left.
func StripArticle(w string) string {
	if strings.HasPrefix(w, "ال") && runeCount(w[len("ال"):]) >= 2 {
		return w[len("ال"):]
	}
	return w
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }
