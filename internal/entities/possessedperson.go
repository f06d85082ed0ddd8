package entities

import (
	"unicode"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// possessedPerson is the check "possessed-person" on the typing rule
// org-possessive-product: a name after an organisation's possessive that
// its recognizer read as a person and that is shaped like one — two or
// three plain capitalised words, no title word, trigger noun, common word
// or organisation suffix —
// is the organisation's person, not its product ("the BBC's Louisa Lim",
// "Labour's Yvette Cooper", "Empire's Angie Errigo"). A product name keeps
// a number, a capital inside a word or a short capital word ("Nintendo's
// Game Cube" is read so only when no recognizer called it a person).
func possessedPerson(d *text.Document, L *lang.Profile, m Mention) bool {
	if m.Type != schema.Person || !L.CasedNames {
		return false
	}
	n := m.Tok[1] - m.Tok[0]
	if n < 2 || n > 3 || isOrgSuffix(d.Lang, d.Tokens[m.Tok[1]-1]) {
		return false
	}
	for j := m.Tok[0]; j < m.Tok[1]; j++ {
		t := d.Tokens[j]
		if t.Class != text.Word || !plainCapitalised(t.Text) {
			return false
		}
		if _, ok := L.Titles.Has(t.Text); ok {
			return false
		}
		if _, ok := L.Triggers.Has(t.Text); ok || L.IsCommon(t.Fold) {
			return false // "Lyric Theatre", "Spirited Away", "Barker Review"
		}
	}
	return true
}

// plainCapitalised reports a word of one capital and then lower-case
// letters only ("Louisa"; not "DS", "iCan", "PlayStation", "64").
func plainCapitalised(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return len(w) > 2
}

// pronounContraction is the check "pronoun-contraction": a possessive
// marker right after a subject pronoun is "is" ("Do They Know It's
// Christmas", "It's Only Rock"), so the words before it own nothing and
// the name after it is owned by nobody.
func pronounContraction(L *lang.Profile, toks []text.Token, k int) bool {
	if k < 1 || L.SubjectPronouns == nil {
		return false
	}
	_, ok := L.SubjectPronouns.Has(toks[k-1].Text)
	return ok
}
