package entities

import (
	"sort"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// rank is the priority of the recognizer behind m (Source.Rank); a tagger
// span the lexicon identified ranks as the lexicon.
func rank(m Mention) int {
	if m.LexID != "" && m.Source == srcTagger {
		return sourceOf(srcLexicon).Rank // a tagger span the lexicon identified
	}
	return sourceOf(m.Source).Rank
}

// resolve keeps a set of non-overlapping entity mentions, preferring the
// better-ranked recognizer and then the longer span, and the values apart.
func resolve(d *text.Document, all []Mention) []Mention {
	all = dropInnerLexicon(all)
	all = deferToTagger(d, all)
	var ents, vals []Mention
	for _, m := range all {
		if m.Tok[1] <= m.Tok[0] {
			continue
		}
		if isEntityType(m.Type) || m.Type == schema.Misc {
			ents = append(ents, m)
		} else {
			vals = append(vals, m)
		}
	}
	pick := func(ms []Mention) []Mention {
		sort.SliceStable(ms, func(i, j int) bool {
			a, b := ms[i], ms[j]
			if rank(a) != rank(b) {
				return rank(a) < rank(b)
			}
			if a.Tok[1]-a.Tok[0] != b.Tok[1]-b.Tok[0] {
				return a.Tok[1]-a.Tok[0] > b.Tok[1]-b.Tok[0]
			}
			return a.Tok[0] < b.Tok[0]
		})
		taken := map[int]bool{}
		var out []Mention
		for _, m := range ms {
			free := true
			for t := m.Tok[0]; t < m.Tok[1]; t++ {
				if taken[t] {
					free = false
					break
				}
			}
			if !free {
				continue
			}
			for t := m.Tok[0]; t < m.Tok[1]; t++ {
				taken[t] = true
			}
			out = append(out, m)
		}
		return out
	}
	vals = pick(vals)
	// A value is read by exact rules; a name the tagger or a loose rule saw
	// inside it ("ريال" in "150 مليون ريال") is not a name.
	valueTok := map[int]bool{}
	for _, v := range vals {
		for t := v.Tok[0]; t < v.Tok[1]; t++ {
			valueTok[t] = true
		}
	}
	kept := ents[:0:0]
	for _, m := range ents {
		if m.Type == schema.Misc || m.Source == srcLexicon && m.Tok[1]-m.Tok[0] > 1 {
			kept = append(kept, m) // "Swiss" in "25,000 Swiss francs" stays MISC
			continue
		}
		// Trim value words off the edges ("August National Association"),
		// drop a name that is all value.
		trimmed := false
		for m.Tok[0] < m.Tok[1] && valueTok[m.Tok[0]] {
			m.Tok[0]++
			trimmed = true
		}
		for m.Tok[1] > m.Tok[0] && valueTok[m.Tok[1]-1] {
			m.Tok[1]--
			trimmed = true
		}
		clash := m.Tok[0] == m.Tok[1]
		for t := m.Tok[0]; t < m.Tok[1]; t++ {
			clash = clash || valueTok[t]
		}
		if !clash {
			if trimmed {
				m.Span = text.Span{Start: d.Tokens[m.Tok[0]].Start, End: d.Tokens[m.Tok[1]-1].End}
				m.Text = d.Slice(m.Span)
			}
			kept = append(kept, m)
		}
	}
	out := append(pick(kept), vals...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Tok[0] < out[j].Tok[0] })
	return out
}

func isLatin(s string) bool {
	for _, r := range s {
		if text.IsLatinLetter(r) {
			return true
		}
		if text.IsArabicLetter(r) {
			return false
		}
	}
	return false
}

// dropInnerLexicon removes lexicon matches that are only a piece of a longer
// name found by context: "China" inside "Hello China Tech", "بينغ" (Bing)
// inside "الزعيم الصيني شي جين بينغ". A lexicon match at the very start of
// a Latin name is kept ("Google Gemini" is two names).
func dropInnerLexicon(all []Mention) []Mention {
	out := all[:0:0]
	cover := newTokIndex(all, nil)
	for _, m := range all {
		drop := false
		if m.Source == srcLexicon && m.Tok[1] > m.Tok[0] {
			for _, ci := range cover[m.Tok[0]] { // those holding m hold its first token
				c := all[ci]
				if c.Tok[0] > m.Tok[0] || c.Tok[1] < m.Tok[1] || (c.Tok[0] == m.Tok[0] && c.Tok[1] == m.Tok[1]) {
					continue
				}
				switch c.Source {
				case srcLatin:
					drop = drop || c.Tok[0] < m.Tok[0]
				case srcOrgSuffix, srcInstitution, srcOrgPosition, srcActivity, srcRegion, srcTranslitOrg, srcPlaceOrg:
					drop = true // "Falcon Compute" is not the Falcon model; "بورصة البحرين" is not Bahrain
				case srcSpeechSubject, srcTitleName, srcPosition:
					drop = drop || (m.Tok[1]-m.Tok[0] == 1 && (m.Type == schema.Product || m.Type == schema.Organization))
				}
			}
		}
		if !drop {
			out = append(out, m)
		}
	}
	return out
}

// deferToTagger settles overlaps between the statistical tagger and the
// context rules. The tagger, trained on annotated news, draws better span
// edges; the rules know better what a name is. So:
//   - a person found by a speech verb or a title keeps the tagger's span
//     when the tagger saw a name starting at the same word, and types it;
//   - a lexicon match inside a longer tagger name gives way ("جامعة الدول
//     العربية", "بايرن ميونيخ"), unless the tagger only added a trigger
//     noun or a title in front;
//   - a one-word lexicon match that is also ordinary vocabulary (ليكون،
//     أزور) needs the tagger to see a name there.
func deferToTagger(d *text.Document, all []Mention) []Mention {
	l := d.Lang
	var tagged []int
	for i, m := range all {
		if m.Source == srcTagger {
			tagged = append(tagged, i)
		}
	}
	taggerAt := newTokIndex(all, func(m Mention) bool { return m.Source == srcTagger })
	lexiconAt := newTokIndex(all, func(m Mention) bool { return m.Source == srcLexicon })
	overlapping := func(m Mention) int {
		if m.Tok[1] > m.Tok[0] {
			found := -1
			taggerAt.overlapping(m, func(ti int) bool { found = ti; return false })
			return found
		}
		for _, ti := range tagged {
			t := all[ti]
			if t.Tok[0] < m.Tok[1] && m.Tok[0] < t.Tok[1] {
				return ti
			}
		}
		return -1
	}
	drop := make([]bool, len(all))
	lexAt := func(m Mention) bool {
		if m.Tok[1] > m.Tok[0] {
			found := false
			lexiconAt.overlapping(m, func(int) bool { found = true; return false })
			return found
		}
		for _, o := range all {
			if o.Source == srcLexicon && o.Tok[0] < m.Tok[1] && m.Tok[0] < o.Tok[1] {
				return true
			}
		}
		return false
	}
	for i, m := range all {
		switch m.Source {
		case srcTagger:
			// One word of ordinary vocabulary ("AI", "Taken" at a
			// sentence start) is not a name unless the lexicon knows it.
			if m.Tok[1]-m.Tok[0] == 1 && lang.Of(l).CasedNames && isCommonWord(l, m.Text) && !lexAt(m) {
				drop[i] = true
			}
			if vocabularyVeto(d, m) && !lexAt(m) && !inLongerName(d, all, m) {
				drop[i] = true
			}
		case srcPosition:
			// Its edges rest on the title and the words around it; a
			// tagger name over the same words ("وجواو ريكاردو", a glued
			// و) gives way.
			for _, ti := range tagged {
				if t := all[ti]; t.Tok[0] < m.Tok[1] && m.Tok[0] < t.Tok[1] {
					drop[ti] = true
				}
			}
		case srcSpeechSubject, srcTitleName:
			if vocabularyVeto(d, m) && !lexAt(m) && !inLongerName(d, all, m) {
				drop[i] = true
				continue
			}
			if ti := overlapping(m); ti >= 0 {
				if t := all[ti]; m.Source == srcTitleName && !lang.Of(l).CasedNames && t.Tok[0] > m.Tok[0] && t.Tok[1] == m.Tok[1] && givenNameAt(d, m.Tok[0]) && !lexAt(m) {
					// "الرئيسة ديلما روسيف": the tagger read only the
					// surname; the name after the title starts with a
					// listed given name and is whole (rule title-name-whole).
					drop[ti] = true
					continue
				}
				if t := all[ti]; m.Source == srcSpeechSubject && speechSubjectWhole(d, m, t) && !lexAt(m) {
					// "قال جاستن لين،": the tagger read only the listed
					// given name; the speaker after the verb is the whole
					// name (rule speech-subject-whole).
					drop[ti] = true
					continue
				}
				if all[ti].Tok[0] == m.Tok[0] {
					all[ti].Type = schema.Person
					all[ti].personCue = true
					all[ti].Gender = m.Gender
					all[ti].Conf = m.Conf
				}
				drop[i] = true
			}
		case srcLexicon:
			ti := overlapping(m)
			if ti < 0 {
				if m.Tok[1]-m.Tok[0] == 1 && m.commonWord && !lexiconPlaceAfterPlaceNoun(d, m) {
					drop[i] = true
				}
				continue
			}
			t := all[ti]
			if m.Type == schema.Product || (t.Tok == m.Tok && t.Type == m.Type) {
				continue // products are the lexicon's (the corpus has none); same span: lexicon
			}
			if m.Tok[0] <= t.Tok[0] && t.Tok[1] <= m.Tok[1] && m.Tok[1]-m.Tok[0] > t.Tok[1]-t.Tok[0] && (m.clitic || !lang.Of(l).CasedNames && m.Type != schema.Person) || lexiconPersonWhole(d, m, t) {
				// "وعلي بابا": the tagger, blind to the glued و, saw only
				// "بابا"; the lexicon read the whole known name. In a
				// language without capitals, a known name of several words
				// is also read whole where the tagger cut it into pieces
				// ("منطقة الشرق الأوسط وشمال إفريقيا": the tagger's "الشرق
				// الأوسط", "وشمال" and "إفريقيا" give way); not a person's,
				// whose known names may hold a title the relations read
				// ("ولي العهد الأمير محمد بن سلمان"), unless the words it
				// adds are none (lexiconPersonWhole).
				for _, tj := range tagged {
					if u := all[tj]; m.Tok[0] <= u.Tok[0] && u.Tok[1] <= m.Tok[1] {
						drop[tj] = true
					}
				}
				continue
			}
			// The tagger's edges. A longer tagger name is another thing
			// ("Dynamo Moscow", "Bank of Canada", "I. Austin") unless it only
			// adds a trigger noun or a title in front ("شركة علي بابا"). On
			// the same words, the lexicon's identity when both agree on the
			// type; when they disagree, lexiconKeepsType decides.
			longer := t.Tok[0] <= m.Tok[0] && m.Tok[1] <= t.Tok[1] && t.Tok != m.Tok
			if !longer && !(m.Tok[0] <= t.Tok[0] && t.Tok[1] <= m.Tok[1]) && isLatin(m.Text) && isLatin(t.Text) {
				// Latin names that only overlap ("The National" and
				// "National Union of Journalists"): the tagger's is another
				// thing, and the lexicon's identity is not its (issue 13).
				drop[i] = true
				continue
			}
			switch {
			case longer && t.prefixOnly(m):
				all[ti].Type = m.Type
			case longer:
				drop[i] = true
				continue
			case t.Type != m.Type && lexiconKeepsType(m, t):
				all[ti].Type = m.Type
			}
			if all[ti].Type == m.Type {
				all[ti].LexID, all[ti].Gender = m.LexID, m.Gender
			}
			drop[i] = true
		}
	}
	out := all[:0:0]
	for i, m := range all {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}

// lexiconKeepsType reports whether a lexicon match's type should override
// the tagger's t on the same words. Markets always (a Place in this schema,
// an organisation to the tagger's corpus). Otherwise the tagger, which reads
// the sentence, wins when it is sure ("Washington" the tennis player, "NEW
// YORK" the baseball team, "الجزيرة" the peninsula); when it is not, the
// lexicon wins for names that cannot be common words: several words, or
// Latin script, which the Arabic tagger hardly knows.
func lexiconKeepsType(m, t Mention) bool {
	if e := lexByKey(m.Type, m.LexID); e != nil && (e.Kind == "market" || e.Kind == "exchange" || e.Kind == "stock-exchange") {
		return true
	}
	several := m.Tok[1]-m.Tok[0] > 1 || isLatin(m.Text)
	if isLatin(m.Text) && !isLatin(t.Text) || !isLatin(m.Text) {
		// The Arabic tagger learnt from 125k words of 2007 news: on a
		// known name of several words (علي بابا, which it reads as a man
		// called Ali) the lexicon is the better judge however sure it is.
		// Nor does its weakest class stand against a listed type: a one-word
		// lexicon name the tagger calls Misc keeps the lexicon's type
		// («جوجل»; Misc is F1 ~.5 on new ANERcorp documents, README of
		// internal/tagger).
		return several || t.Type == schema.Misc
	}
	return several && t.margin < taggerSure
}

// speechSubjectWhole reports a speaker's name after a speech verb, of two or
// three words, over which the tagger read only its first word, a listed
// given name (rule speech-subject-whole): a bare given name is rarely how
// the news names a speaker, and the recognizer's edges rest on the verb and
// the words after the name.
func speechSubjectWhole(d *text.Document, m, t Mention) bool {
	n := m.Tok[1] - m.Tok[0]
	L := lang.Of(d.Lang)
	if L.CasedNames || n < 2 || n > 3 || t.Tok[0] != m.Tok[0] || t.Tok[1] != m.Tok[0]+1 || !givenNameAt(d, m.Tok[0]) {
		return false
	}
	for _, w := range d.Tokens[m.Tok[0]+1 : m.Tok[1]] {
		// The words added are name words: not an adverb with a glued
		// preposition (بهدوء), a noun with a pronoun (مرشدنا), a title.
		if !isNameWord(L, w) || nounShaped(L, w) || L.VocabularyKind(w.Text) == "verb" {
			return false
		}
		if rest, ok := L.GluedPreposition(w.Text); ok && L.VocabularyKind(rest) != "" {
			return false
		}
	}
	return true
}

// givenNameAt reports a listed given name at token i.
func givenNameAt(d *text.Document, i int) bool {
	_, ok := firstName(d.Lang, d.Tokens[i])
	return ok
}
