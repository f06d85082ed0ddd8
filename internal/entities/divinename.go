package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// dropDivineNames is the rule "divine-name": the name of God
// (divine_names.txt: الله) names no person. A person read as that word
// alone ("بالله") or as it after one word that is no listed given name, or
// is ordinary vocabulary ("رحمه الله", "بحمد الله", "نحمد الله", "بعد
// توفيق الله", "آية الله"), is dropped. A person whose first word it is was
// cut after the first half of a compound name: it takes in the word before
// ("يد الله جواني", "وصل الله الحربي") when that is a plain word of the
// same sentence that no other mention holds and no stopword; otherwise the
// word is taken off ("إلا الله محمد" -> "محمد"). Compounds with a given name
// ("نصر الله", "حسن نصر الله") and lexicon names are not touched.
func dropDivineNames(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if L.DivineNames == nil || L.DivineNames.Len() == 0 {
		return ms
	}
	held := heldTokens(ms)
	out := ms[:0]
	for _, m := range ms {
		if !spanRuleTarget(m) {
			out = append(out, m)
			continue
		}
		a, b := m.Tok[0], m.Tok[1]
		if divine(L, d.Tokens[b-1]) && (b-a == 1 || b-a == 2 && !compoundFirst(L, d.Tokens[a])) {
			continue // "بالله", "رحمه الله", "آية الله": no person
		}
		if b-a >= 2 && bareDivine(L, d.Tokens[a]) {
			start := 0
			if k := a - 1; k >= 0 && !held[k] && d.Tokens[k].Sent == d.Tokens[a].Sent && plainWord(L, d.Tokens[k]) {
				a = k // "يد الله جواني"
				held[k] = true
				if rest, ok := L.CutAnd(d.Tokens[k].Text); ok && andGlued(d, L, k) {
					start = len(d.Tokens[k].Text) - len(rest) // "وسيف الله بن حسين": not the و
				}
			} else {
				a++ // "إلا الله محمد", "رحم الله سعود الفيصل"
			}
			m.Tok[0] = a
			m.Span.Start, m.clitic = d.Tokens[a].Start+start, start > 0
			m.Text = d.Slice(m.Span)
		}
		out = append(out, m)
	}
	return out
}

// divine reports the name of God, also behind a preposition ("بالله",
// "الله").
func divine(L *lang.Profile, t text.Token) bool {
	_, ok := L.DivineNames.Has(t.Text)
	return ok && t.Class == text.Word
}

// bareDivine reports the name of God as written, with no clitic.
func bareDivine(L *lang.Profile, t text.Token) bool {
	e, ok := L.DivineNames.Has(t.Text)
	return ok && t.Class == text.Word && e.Toks[0] == t.Fold
}

// compoundFirst reports a word that can make a compound name with the name
// of God, also behind a glued conjunction: a name particle (عبد,
// "وعبد"), a listed given name that is no vocabulary word (نصر، فتح), or
// a definite word, the family names' shape (العبد الله، الجار الله).
func compoundFirst(L *lang.Profile, t text.Token) bool {
	for _, f := range text.StripProclitics(t.Text) {
		if lang.HasWritten(L.NameParticles, f) || L.Definite(f) {
			return true
		}
		if e, ok := L.FirstNames.Has(f); ok && e.Toks[0] == f && len(e.Toks) == 1 && L.Vocabulary[f] == "" && !L.Common[f] {
			return true
		}
	}
	return false
}

// plainWord reports a word that can be the first half of a compound name:
// no stopword, function word (name_end_words: إلا، سوى), punctuation or
// verb (رحم: يرحم).
func plainWord(L *lang.Profile, t text.Token) bool {
	if t.Class != text.Word || lang.Has(L.NameEndWords, t.Fold) || perfectVerb(L, t) || pastVerbEdge(L, t) {
		return false // "إلا الله", "رحم الله"
	}
	if _, stop := L.Stopwords.Has(t.Text); stop {
		return false
	}
	return !notNameWord(L, t)
}
