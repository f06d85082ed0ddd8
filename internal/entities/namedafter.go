package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// dropNamedAfterPersons is the rule "named-after-person": a person read
// right after a noun of places and institutions named after someone
// (named_after.txt: مطار، مسجد، جامعة، ملعب، جائزة …, also with a glued
// و or preposition, never with the article) and one or more titles of
// named_after_titles.txt (الملك، الأمير، الإمام، خادم الحرمين الشريفين …)
// is part of the place's name, not a mention of the person: "مطار الملك
// خالد الدولي", "بمسجد الإمام علي بن أبي طالب", "ملعب الأمير فيصل بن
// فهد". Such a mention gets no entity, fact or quote, and joins no person
// of the document ("خالد" of "مطار الملك خالد" is not "خالد الفيصل").
// A name read with its title ("الملك سلمان") is matched the same way.
//
// Rule "named-after-untitled": a person read right after a noun of
// named_after_untitled.txt with no title between ("شارع محمد محمود",
// "بمسجد الحسين بن علي", "ملعب لوفتس رود") is dropped too. That list
// holds only nouns whose name right after them names a place in the
// corpus; nouns that can be verbs (وقف) or that the person owns (برنامج,
// مشروع) are not in it, and the noun with the article is not matched.
func dropNamedAfterPersons(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if L.NamedAfter == nil || L.NamedAfter.Len() == 0 || L.NamedAfterTitles.Len() == 0 && L.NamedAfterUntitled.Len() == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Type == schema.Person && m.Value == nil && (namedAfterTitled(d, L, m.Tok[0], m.Tok[1]) || namedAfterUntitled(d, L, m.Tok[0])) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// namedAfterTitled reports whether the name at tokens [a, b) follows a
// named_after noun and at least one named_after title, the title also as
// the name's own first words.
func namedAfterTitled(d *text.Document, L *lang.Profile, a, b int) bool {
	sent := d.Tokens[a].Sent
	k, titled := a, false
	if t, ok := L.NamedAfterTitles.At(d.Tokens, a, b, false); ok && t.End < b {
		k, titled = a, true // "الملك سلمان" read whole: the noun is before a
	}
	for k > 0 && d.Tokens[k-1].Sent == sent {
		t, ok := L.NamedAfterTitles.EndingAt(d.Tokens, max(0, k-4), k, false)
		if !ok {
			break
		}
		k, titled = t.Start, true
	}
	if !titled || k == 0 || d.Tokens[k-1].Sent != sent {
		return false
	}
	n, ok := L.NamedAfter.At(d.Tokens, k-1, k, true)
	return ok && n.End == k && !L.CliticEndsInArticle(n.Clitic)
}

// namedAfterUntitled reports whether the name starting at token a stands
// right after a noun of named_after_untitled.txt in the same sentence,
// bare or with a glued و or preposition, never with the article.
func namedAfterUntitled(d *text.Document, L *lang.Profile, a int) bool {
	if L.NamedAfterUntitled.Len() == 0 || a == 0 || d.Tokens[a-1].Sent != d.Tokens[a].Sent {
		return false
	}
	n, ok := L.NamedAfterUntitled.At(d.Tokens, a-1, a, true)
	return ok && n.End == a && !L.CliticEndsInArticle(n.Clitic)
}
