package entities

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// extendTitledGivenName is the rule "titled-given-name": a person's name
// read without its first word, when that word stands right after a job
// title or a nationality adjective, takes the word in:
// "وزير الدفاع الأميركي آشتون كارتر" was read as "كارتر", "رجل الأعمال
// أجوستي بينيديتو" as "بينيديتو", "الممثلة الأردنية صبا مبارك" as "مبارك". Between
// a title and a name the news writes nothing but the name, so the word is
// its given name even when no list knows it (a foreign name). The word must
// be a plain name word of the same sentence that no mention holds: no
// stopword, title or honorific, no definite word or nationality ("الأرمني",
// "العقاري"), no word of the vocabulary or the common words (also once a
// glued clitic is off: "بالمستشفى", "برئاسة"), no noun with a pronoun
// ("خارجيته"), no indefinite mark ("قديماً"). A title that takes a place
// next ("محافظ بقيق فلان") is no title here: it must end in a definite word. Lexicon names and names whose first word
// carries a clitic are not touched.
func extendTitledGivenName(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if L.Titles == nil || L.Titles.Len() == 0 {
		return ms
	}
	held := heldTokens(ms)
	for i := range ms {
		m := &ms[i]
		if !spanRuleTarget(*m) || m.clitic {
			continue
		}
		k := m.Tok[0] - 1
		if k < 1 || held[k] || d.Tokens[k].Sent != d.Tokens[m.Tok[0]].Sent || d.Tokens[k-1].Sent != d.Tokens[k].Sent {
			continue
		}
		if !unlistedNameWord(L, d.Tokens[k]) || !titleEndsAt(d, L, k) {
			continue
		}
		held[k] = true
		m.Tok[0] = k
		m.Span.Start = d.Tokens[k].Start
		m.Text = d.Slice(m.Span)
	}
	return ms
}

// unlistedNameWord reports a word that can be a given name no list knows:
// a name word (isNameWord) of Arabic letters, with no indefinite mark, and
// no form of it, with or without its glued clitics, a word of the
// vocabulary, the common words or the nationality adjectives.
func unlistedNameWord(L *lang.Profile, t text.Token) bool {
	if !isNameWord(L, t) || !text.IsArabicLetter([]rune(t.Text)[0]) {
		return false
	}
	for _, mark := range L.IndefiniteMarks {
		if strings.Contains(t.Text, mark) {
			return false
		}
	}
	if _, nat := L.Nationalities.Has(t.Text); nat || L.Definite(t.Fold) {
		return false // "السلوفاكي", "العقاري": an adjective, not a given name
	}
	for _, suf := range L.PossessiveSuffixes {
		// "وزير خارجيته": a noun in ة with a pronoun (possessedNoun
		// leaves the one-letter ending to the feminine ة it folds to).
		if stem, ok := strings.CutSuffix(t.Fold, suf); ok {
			if n, ok := strings.CutSuffix(stem, "ت"); ok && L.Vocabulary[n+"ه"] != "" {
				return false
			}
		}
	}
	for i, f := range L.Forms(t.Text) {
		if i > 0 && L.Definite(f) {
			return false // "لليونيسكو": a preposition and the article
		}
		if L.VocabularyKind(f) != "" || L.IsCommon(f) || L.Vocabulary[text.StripArticle(f)] != "" || L.Common[text.StripArticle(f)] {
			return false
		}
	}
	return !notNameWord(L, t) && !pastVerbEdge(L, t)
}

// titleEndsAt reports whether the token before k ends a job title with a
// definite word or is a nationality adjective with the article. Not an
// honorific: a rank's qualifier follows it ("العقيد مظلي فلان", "اللواء
// دكتور فلان").
func titleEndsAt(d *text.Document, L *lang.Profile, k int) bool {
	p := d.Tokens[k-1]
	if p.Class != text.Word {
		return false
	}
	if _, ok := L.Honorifics.HasToken(&p); ok {
		return false // also the ranks titles.txt lists
	}
	if _, nat := L.Nationalities.Has(p.Text); nat && L.Definite(p.Fold) {
		return true
	}
	first := k - 6
	for first < 0 || d.Tokens[first].Sent != p.Sent {
		first++
	}
	// A title closed by a definite word ("وزير الخارجية", "رجل الأعمال"),
	// not one that takes a place next ("محافظ بقيق فلان").
	m, ok := L.Titles.EndingAt(d.Tokens, first, k, true)
	return ok && m.End == k && L.Definite(p.Fold)
}
