package text

import "strings"

// Arabic writes conjunctions, prepositions and the article as prefixes of the
// next word (وعلي بابا, لعلي بابا, بالصين, والمعروفة). Proclitic lists the
// folded forms of those prefixes, longest first so that "وال" is tried before
// "و".
var proclitics = []string{"وبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "فب", "فل", "ال", "و", "ف", "ب", "ل", "ك"}

// StripProclitics returns the folded word and every shorter form reached by
// removing one proclitic sequence from its front, keeping at least two
// letters: "وبالصين" gives ["وبالصين", "بالصين"?...]. The first element is
// always the folded word itself. Callers try the forms in order against a
// lexicon and keep the first hit, so a name that really starts with those
// letters (بكين) is still found whole.
func StripProclitics(word string) []string {
	w := Fold(word)
	out := []string{w}
	for _, p := range proclitics {
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

func runeCount(s string) int { return len([]rune(s)) }
