package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// lexiconPersonWhole is the rule "lexicon-person-whole": in a language
// without capitals, a listed person's name of several words is read whole
// where the tagger saw only its tail or head ("الزعيم الصيني شي جين بينغ":
// the tagger's "جين بينغ"), so that the relations find the title before the
// whole name. A listed name that holds a title or an honorific, of one
// word or several ("ولي العهد الأمير محمد بن سلمان" over "محمد بن سلمان"),
// keeps the tagger's edges: the relations read the title as a title
// (titles.txt, honorifics.txt).
func lexiconPersonWhole(d *text.Document, m, t Mention) bool {
	L := lang.Of(d.Lang)
	if L.CasedNames || m.Type != schema.Person || t.Type != schema.Person || m.Tok[1]-m.Tok[0] < 2 {
		return false
	}
	if m.Tok[0] > t.Tok[0] || t.Tok[1] > m.Tok[1] || m.Tok[1]-m.Tok[0] <= t.Tok[1]-t.Tok[0] {
		return false
	}
	for k := m.Tok[0]; k < m.Tok[1]; k++ {
		if _, ok := L.Titles.At(d.Tokens, k, m.Tok[1], false); ok {
			return false
		}
		if _, ok := L.Honorifics.At(d.Tokens, k, m.Tok[1], false); ok {
			return false
		}
	}
	return true
}
