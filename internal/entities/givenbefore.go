package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// extendGivenNameBefore is the rule "given-name-before": a person's name
// that a recognizer started one word late takes in the listed given name
// right before it ("روبرت داوني جونيور" was read as "داوني جونيور", "وقال
// بدر محمد باسلمه" as "محمد باسلمه"), word by word while the word before
// is a given name. The word must be the given name as written — no glued
// conjunction or preposition ("وسعد", "لجيروم" are not taken) — in the same
// sentence, no stopword, title or honorific, and no other mention may hold
// it (a list "أحمد كريم، محمد علي" keeps its two names). Lexicon names are
// not touched. A name whose first word carries a glued و or preposition
// ("وفؤاد شكر", "لجيروم") is the next of a list or governed by the
// preposition, and takes in nothing.
func extendGivenNameBefore(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if L.FirstNames == nil || L.FirstNames.Len() == 0 {
		return ms
	}
	held := heldTokens(ms)
	for i := range ms {
		m := &ms[i]
		if !spanRuleTarget(*m) || m.clitic || andGlued(d, L, m.Tok[0]) {
			continue // "لجيروم روبنز", "عقيل وفؤاد شكر": a clitic joins it to what is before
		}
		a := m.Tok[0]
		for a > 0 && writtenGivenName(d, L, a-1) && !held[a-1] && d.Tokens[a-1].Sent == d.Tokens[a].Sent {
			a--
			held[a] = true
		}
		if a == m.Tok[0] {
			continue
		}
		m.Tok[0] = a
		m.Span.Start, m.clitic = d.Tokens[a].Start, false
		m.Text = d.Slice(m.Span)
	}
	return ms
}

// writtenGivenName reports a token that is a listed given name as written,
// with no clitic, no stopword, title or honorific (isNameWord), and no word
// of the corpus vocabulary or common words, with or without a clitic: باسم
// ("in the name of"), حياة ("life"), عمر ("age"), تركي ("Turkish") open no
// name.
func writtenGivenName(d *text.Document, L *lang.Profile, k int) bool {
	t := d.Tokens[k]
	if !isNameWord(L, t) || L.VocabularyKind(t.Text) != "" || L.IsCommon(t.Text) {
		return false
	}
	e, ok := L.FirstNames.Has(t.Text)
	return ok && len(e.Toks) == 1 && e.Toks[0] == t.Fold
}

// andGlued reports a word that starts with the conjunction و and is not
// itself a listed given name as written ("وفؤاد", not "وليد"): the name
// joined by it is the next of a list.
func andGlued(d *text.Document, L *lang.Profile, k int) bool {
	t := d.Tokens[k]
	if _, ok := L.CutAnd(t.Fold); !ok {
		return false
	}
	e, ok := L.FirstNames.Has(t.Text)
	return !ok || len(e.Toks) != 1 || e.Toks[0] != t.Fold
}

// heldTokens is the set of the tokens the mentions ms cover.
func heldTokens(ms []Mention) map[int]bool {
	held := map[int]bool{}
	for _, m := range ms {
		for k := m.Tok[0]; k < m.Tok[1]; k++ {
			held[k] = true
		}
	}
	return held
}
