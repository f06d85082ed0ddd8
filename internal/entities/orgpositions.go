package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// orgPositionRecognizer finds organisations the lexicon does not know by
// where news puts them:
//   - right before a headquarters phrase (org_before_cues): "جلف كابيتال
//     ومقرها دولة الإمارات", "في ميركاتور ومقرها دبي";
//   - between a verb whose subject is an organisation and its preposition
//     (org_subject_verbs): "استحوذت واربرج بينكاس على …", and after the
//     preposition, past "حصة … في": "… على حصة الأغلبية في ميركاتور".
//
// The name's start is evidence in the text: a preposition or punctuation
// before it, a glued ل or ب (left out of the span: "لجلف كابيتال"), or, when
// none is near, the first word that is ordinary vocabulary.
type orgPositionRecognizer struct{}

var _ = registerSource(Source{Name: srcOrgPosition, Rank: 4, Doc: "an organisation named by position (before ومقرها, around استحوذت … على)"})

// OrgPositions is the recognizer of organisations named by their position
// next to a headquarters phrase or an acquisition verb.
func OrgPositions() Recognizer { return orgPositionRecognizer{} }

func (orgPositionRecognizer) Name() string { return srcOrgPosition }

// maxOrgWords bounds an organisation name read by position.
const maxOrgWords = 4

func (orgPositionRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	var out []Mention
	add := func(i, j, skip int, s text.Sentence) {
		if j-i == 1 && L.PossessedNoun(d.Tokens[i].Text) {
			return // "منظمته التي تتخذ من جنيف مقرا لها": his organisation, a common noun
		}
		sp := text.Span{Start: d.Tokens[i].Start + skip, End: d.Tokens[j-1].End}
		out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Organization, Tok: [2]int{i, j}, Source: srcOrgPosition,
			Conf: 0.7, Kind: s.Kind, clitic: skip > 0})
	}
	for _, s := range d.Sentences {
		if !s.Kind.Readable() {
			continue
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			if m, ok := L.OrgBeforeCues.At(d.Tokens, i, s.EndToken, false); ok {
				if a, skip, ok := orgNameBefore(d, L, i, s.FirstToken); ok {
					add(a, i, skip, s)
				}
				i = m.End - 1
				continue
			}
			v, ok := L.OrgSubjectVerbs.At(d.Tokens, i, s.EndToken, true)
			if !ok {
				continue
			}
			// The subject, up to the preposition.
			j := v.End
			for j < s.EndToken && j-v.End <= maxOrgWords && d.Tokens[j].Fold != v.Value.Closing {
				j++
			}
			if j >= s.EndToken || d.Tokens[j].Fold != v.Value.Closing {
				continue
			}
			if j > v.End && plainName(d, L, v.End, j) {
				add(v.End, j, 0, s)
			}
			// The object: "على حصة [الأغلبية] في X", "على X".
			k := j + 1
			if k < s.EndToken {
				if st, ok := L.Stakes.At(d.Tokens, k, s.EndToken, true); ok {
					k = st.End
					for n := 0; n < 3 && k < s.EndToken && !isStopword(L, d.Tokens[k]); n++ {
						k++
					}
					if k < s.EndToken && isStopword(L, d.Tokens[k]) {
						k++
					}
				}
			}
			e := k
			for e < s.EndToken && e-k < maxOrgWords && orgWord(L, d.Tokens[e]) {
				if _, cue := L.OrgBeforeCues.At(d.Tokens, e, s.EndToken, false); cue {
					break
				}
				e++
			}
			if e > k && plainName(d, L, k, e) {
				add(k, e, 0, s)
			}
			i = max(i, e-1)
		}
	}
	return out
}

func isStopword(L *lang.Profile, t text.Token) bool {
	_, ok := L.Stopwords.Has(t.Text)
	return ok
}

// orgWord reports a word that can be part of an organisation's name: a
// Latin name, or a word of the script that is no stopword, title, trigger,
// speech verb or month, not definite and not ordinary vocabulary.
func orgWord(L *lang.Profile, t text.Token) bool {
	if latinNameToken(t) {
		return true
	}
	if t.Class != text.Word || !isNameWord(L, t) || !L.InScript(t.Text) || L.Definite(t.Fold) {
		return false
	}
	if _, ok := L.Nationalities.Has(t.Text); ok {
		return false
	}
	return !L.IsCommon(t.Text)
}

// plainName reports whether tokens [a, b) can be an organisation's name
// read between two fixed words: words only, none definite, none a title,
// trigger, stopword or speech verb, and not all ordinary vocabulary.
func plainName(d *text.Document, L *lang.Profile, a, b int) bool {
	some := false
	for t := a; t < b; t++ {
		tok := d.Tokens[t]
		if latinNameToken(tok) {
			some = true
			continue
		}
		if tok.Class != text.Word || !isNameWord(L, tok) || L.Definite(tok.Fold) {
			return false
		}
		if !L.IsCommon(tok.Text) {
			some = true
		}
	}
	return some
}

// orgNameBefore reads an organisation's name that ends right before token e.
// Its start is marked, within maxOrgWords words, by punctuation, a
// preposition, a title or a trigger noun before it; after a title, a glued ل
// or ب on the first word is the title's preposition and is left out of the
// span ("الرئيس التنفيذي لجلف كابيتال"). Without a mark, the name runs back
// over words that are not ordinary vocabulary.
func orgNameBefore(d *text.Document, L *lang.Profile, e, first int) (int, int, bool) {
	for k := e - 1; k >= first && e-k <= maxOrgWords+1; k-- {
		t := d.Tokens[k]
		_, title := L.Titles.EndingAt(d.Tokens, max(first, k-5), k+1, true)
		boundary := t.Class == text.Punct && !isClosing(t.Text) && t.Text != "\"" || isStopword(L, t) || isTrigger(L, t) || title
		if !boundary {
			continue
		}
		a, skip := k+1, 0
		if a >= e {
			return 0, 0, false
		}
		if rest, ok := L.GluedPreposition(d.Tokens[a].Text); ok && (title || isTrigger(L, t)) && !L.Definite(rest) {
			skip = cliticBytes(d.Tokens[a].Text, rest)
		}
		if skip == 0 && !plainName(d, L, a, e) {
			return 0, 0, false
		}
		if skip > 0 && a+1 < e && !plainName(d, L, a+1, e) {
			return 0, 0, false
		}
		return a, skip, true
	}
	// No mark: words that are not ordinary vocabulary.
	a := e
	for a-1 >= first && e-a < maxOrgWords && orgWord(L, d.Tokens[a-1]) {
		a--
	}
	if a == e {
		return 0, 0, false
	}
	return a, 0, true
}
