package entities

import (
	"unicode"
	"unicode/utf8"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// OwnedProduct is the rule "owned-product": mention mi is a product its
// owner names with a product noun from the profile's triggers (Product):
// "ORG's new handheld console, the NAME", "its first console, the NAME",
// "ORG's launch game NAME", "its new NAME technology", "its X and NAME
// models". It returns the owner: the organisation mention before "'s"
// (owner >= 0), or the token of "its"/"their" (pronoun >= 0). A title in the
// modifiers ("Brivex's chief executive NAME") or no product noun at all
// ("the BBC's World Service") reads nothing.
func OwnedProduct(d *text.Document, L *lang.Profile, ms []Mention, mi int) (owner, pronoun int, ok bool) {
	if L.HeadFirst {
		return -1, -1, false
	}
	toks := d.Tokens
	m := ms[mi]
	s := d.Sentences[toks[m.Tok[0]].Sent]
	first, end := s.FirstToken, s.EndToken
	j := m.Tok[0] - 1
	appos := false
	if j-1 >= first && lang.Has(L.DefiniteArticles, toks[j].Fold) && toks[j-1].Text == "," {
		appos, j = true, j-2 // "… console, the NAME"
	}
	after := false
	if !appos {
		if t, ok := L.Triggers.At(toks, m.Tok[1], end, false); ok && t.Value.Type == schema.Product && lowerWord(toks[m.Tok[1]]) {
			after = true // "its new NAME technology"
		}
		// "its Opel and NAME models": the coordinated name before.
		if after && j-1 >= first && (lang.Has(L.Conjunctions, toks[j].Fold) || toks[j].Text == ",") {
			if o := mentionEndingAt(ms, j); o >= 0 && ms[o].Tok[0]-1 >= first {
				j = ms[o].Tok[0] - 1
			}
		}
	}
	runEnd := j + 1
	for j >= first && runEnd-j <= 4 && lowerWord(toks[j]) && !lang.Has(L.OwnerPronouns, toks[j].Fold) {
		j--
	}
	runStart := j + 1
	if j < first {
		return -1, -1, false
	}
	head := false
	for h := runStart; h < runEnd; h++ {
		if _, ok := L.Titles.At(toks, h, runEnd, false); ok {
			return -1, -1, false // "Brivex's chief executive …"
		}
		if t, ok := L.Triggers.At(toks, h, runEnd, false); ok && t.End == runEnd && t.Value.Type == schema.Product {
			head = true
		}
	}
	if appos && !head || !head && !after {
		return -1, -1, false
	}
	if lang.Has(L.OwnerPronouns, toks[j].Fold) {
		return -1, j, true
	}
	if L.Possessive(toks[j]) && j-1 >= first {
		if o := mentionEndingAt(ms, j); o >= 0 && o != mi && ms[o].Type == schema.Organization {
			return o, -1, true
		}
	}
	return -1, -1, false
}

func lowerWord(t text.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return t.Class == text.Word && unicode.IsLower(r)
}
