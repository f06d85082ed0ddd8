package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// andNameStart is the rule "and-org-name": an organisation name found
// from its suffix backwards, starting at token k, takes in one capitalised
// word joined by org_name_joiners ("Oil and Natural Gas Corporation",
// "Fact and Opinion Economics"). It returns the new start, or k. The word
// must stand alone (no capitalised word before it, so "Ras Kwame and Rob
// Da Bank" is two names), be no suffix itself ("Citizens Bank and Canal
// Bank" is a list), no honorific and no name the lexicon knows ("Africa
// and Standard Trust Bank").
func andNameStart(d *text.Document, L *lang.Profile, k, first int) int {
	w, j := k-2, k-1
	if w < first || !lang.Has(L.OrgNameJoiners, d.Tokens[j].Fold) {
		return k
	}
	t := d.Tokens[w]
	if t.Class != text.Word || !startsUpper(t.Text) || isOrgSuffix(d.Lang, t) {
		return k
	}
	if _, h := L.Honorifics.Has(t.Text); h {
		return k
	}
	if w == first && isCommonWord(d.Lang, t.Text) {
		return k // "Shares and …" opening a sentence
	}
	if w > first {
		p := d.Tokens[w-1]
		if p.Class == text.Word && startsUpper(p.Text) && !lang.Has(L.DefiniteArticles, p.Fold) {
			return k
		}
	}
	if c, _, _ := defaultGazetteer().lookup(d.Tokens, w, k); c != nil {
		return k
	}
	return w
}
