package entities

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// positionRecognizer finds people the lexicon and the first-name list do not
// know by where Arabic news puts them:
//   - right before a job title: "دالتون دوس سانتوس أفانسيني الرئيس
//     التنفيذي لشركة …", "فلان وهو مسؤول تنفيذي في …";
//   - after a title and its organisation, behind a comma or an honorific:
//     "مدير عام بنك X، الدكتور فلان", "الرئيس التنفيذي لمجموعة X م. فلان".
//
// The name's edges come from evidence, not from a fixed length: a name
// runs over words that are not ordinary vocabulary (common_words), not
// titles, triggers, stopwords or speech verbs, and not carrying a glued
// preposition; a glued و starts it (and is left out of the span); name
// particles (name_particles: بن، آل، أبو …) join its parts.
type positionRecognizer struct{}

var _ = registerSource(Source{Name: srcPosition, Rank: 3, Person: true, Doc: "a person named by position next to a job title"})

// srcCommaTitle is a name read before "، TITLE". Its left edge is weaker
// than before a bare title, so it ranks after the tagger: a name the tagger
// or the lexicon found over the same words keeps its own edges.
const srcCommaTitle = "name-comma-title"

var _ = registerSource(Source{Name: srcCommaTitle, Rank: 7, Person: true, Doc: "a person named before a comma and a job title (NAME، TITLE ORG)"})

// PositionNames is the recognizer of people named by their position next to
// a job title.
func PositionNames() Recognizer { return positionRecognizer{} }

func (positionRecognizer) Name() string { return srcPosition }

// maxNameWords bounds a name read by position: four parts and the
// particles between them ("خليفة بن إبراهيم آل خليفة").
const maxNameWords = 6

func (positionRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	links := L.AppositivePronouns
	out := titleNationNames(d)
	add := func(i, j, skip int, gender string, s text.Sentence, src string) {
		if vocabularyName(d, i, j) {
			return
		}
		sp := text.Span{Start: d.Tokens[i].Start + skip, End: d.Tokens[j-1].End}
		out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Person, Tok: [2]int{i, j}, Source: src,
			Conf: 0.75, Gender: gender, Kind: s.Kind, clitic: skip > 0, personCue: true})
	}
	for _, s := range d.Sentences {
		if !s.Kind.Readable() {
			continue
		}
		taken := -1
		for i := s.FirstToken; i < s.EndToken; i++ {
			m, ok := L.Titles.At(d.Tokens, i, s.EndToken, true)
			if !ok || m.Clitic != "" && !L.AndClitic(m.Clitic) {
				continue
			}
			if isHonorificAt(L, d, i, m.End) {
				continue
			}
			g := string(m.Value.Gender)
			if g == "-" {
				g = ""
			}
			// NAME [وهو] TITLE: the name ends right before the title.
			e := i
			if m.Clitic == "" {
				if e-1 > taken && e-1 >= s.FirstToken {
					if _, ok := links.Has(d.Tokens[e-1].Text); ok && L.StartsWithAnd(d.Tokens[e-1].Fold) {
						e--
					}
				}
				if a, skip, ok := nameBefore(d, L, e, max(s.FirstToken, taken+1)); ok {
					add(a, e, skip, g, s, srcPosition)
				} else if c := e - 1; c > taken && c > s.FirstToken && L.IsComma(d.Tokens[c].Text) && d.Tokens[c].Class == text.Punct {
					// NAME، TITLE: the apposition behind a comma ("كانديدو
					// فاكاريزا، أمين الصندوق السابق لحزب العمال").
					if a, skip, ok := commaNameBefore(d, L, c, max(s.FirstToken, taken+1)); ok {
						add(a, c, skip, g, s, srcCommaTitle)
					}
				}
			}
			// TITLE ORG [،] [HONORIFIC] NAME: the name after the title's
			// organisation, marked by an honorific, a comma or a given name.
			if a, b, hg, ok := nameAfterTitleOrg(d, L, m.End, s.EndToken); ok {
				add(a, b, 0, firstNonEmpty(hg, g), s, srcPosition)
				taken = b - 1
				i = b - 1
				continue
			}
			i = m.End - 1
		}
	}
	return out
}

// commaNameBefore reads the name of "NAME، TITLE", which ends at the comma
// c. Its left edge is weaker than before a bare title (a clause often opens
// with a verb the word lists do not know: "روى ديفيد ريمنيك،"), so a word
// right before a listed given name is left out ("أصلا جاك ديلور" → "جاك
// ديلور"), and a name the lexicon knows in part is left to the lexicon.
func commaNameBefore(d *text.Document, L *lang.Profile, c, first int) (int, int, bool) {
	a, skip, ok := nameBefore(d, L, c, first)
	if !ok {
		return 0, 0, false
	}
	for k := a; k < c; k++ {
		if e, _, _ := defaultGazetteer().lookup(d.Tokens, k, c); e != nil {
			return 0, 0, false
		}
	}
	if skip == 0 {
		for k := a; k+2 < c+1 && k+1 < c; k++ {
			if _, given := firstName(d.Lang, d.Tokens[k]); given || nameParticle(d.Lang, d.Tokens[k]) {
				break
			}
			if _, given := firstName(d.Lang, d.Tokens[k+1]); given && c-(k+1) >= 2 {
				a = k + 1
				break
			}
		}
	}
	return a, skip, c-a >= 2
}

// isHonorificAt reports whether the title phrase [i, end) is only an
// honorific (الدكتور، الشيخ), which says nothing of a person's work.
func isHonorificAt(L *lang.Profile, d *text.Document, i, end int) bool {
	h, ok := L.Honorifics.At(d.Tokens, i, end, true)
	return ok && h.End == end
}

// nameParticle reports the words that join the parts of an Arabic name
// (بن، بنت، آل، أبو، عبد), listed in name_particles.
func nameParticle(l text.Lang, t text.Token) bool {
	_, ok := lang.Of(l).NameParticles.Has(t.Text)
	return ok && t.Class == text.Word
}

// positionNameWord reports whether token t can be part of a person's name
// read by position: a name word that is not ordinary vocabulary (a given
// name may be), with no glued preposition.
func positionNameWord(d *text.Document, L *lang.Profile, t text.Token) bool {
	if t.Class != text.Word || !isNameWord(L, t) {
		return false
	}
	if !L.InScript(t.Text) || !L.MayStartName(t.Text) {
		return false
	}
	if _, ok := L.Nationalities.Has(t.Text); ok {
		return false
	}
	if _, given := L.FirstNames.At([]text.Token{t}, 0, 1, false); given {
		return true
	}
	if prepositionPhrase(d.Lang, t) {
		return false
	}
	if isCommonWord(d.Lang, t.Text) {
		return false
	}
	return true
}

// conjoined reports a word carrying the conjunction و in front of a name
// ("وجواو"), and how many bytes the و takes: the name starts after it.
// Names of their own that start with و (وليد، ويليامز) are not split: a
// listed given name is kept whole, and so is a word that follows another
// name word (prevName), where a new person would need a comma or و before a
// given name.
func conjoined(l text.Lang, t text.Token, prevName bool) (int, bool) {
	given := lang.Of(l).FirstNames
	if _, ok := given.At([]text.Token{t}, 0, 1, false); ok {
		return 0, false // "وليد", "فضل": the letter is the name's own
	}
	forms := text.StripProclitics(t.Text)
	for _, f := range forms[1:] {
		if p := strings.TrimSuffix(forms[0], f); !lang.Of(l).AndClitic(p) {
			continue
		}
		rest := t
		rest.Text = t.Text[cliticBytes(t.Text, f):]
		rest.Fold = text.Fold(rest.Text)
		if _, ok := given.At([]text.Token{rest}, 0, 1, false); ok || !prevName {
			return cliticBytes(t.Text, f), true
		}
	}
	return 0, false
}

// nameBefore reads a name that ends right before token e, going back no
// further than token first. It returns the name's first token and the
// bytes of a glued و to leave out.
func nameBefore(d *text.Document, L *lang.Profile, e, first int) (int, int, bool) {
	a, skip := e, 0
	for k := e - 1; k >= first && e-k <= maxNameWords; k-- {
		t := d.Tokens[k]
		if nameParticle(d.Lang, t) && k < e-1 {
			a = k
			continue
		}
		if isCommonWord(d.Lang, t.Text) && !positionNameWord(d, L, t) {
			break // "وصل", "فيما": a word of the language, glued letter or not
		}
		prevName := k-1 >= first && positionNameWord(d, L, d.Tokens[k-1])
		if n, ok := conjoined(d.Lang, t, prevName); ok {
			rest := t
			rest.Text = t.Text[n:]
			rest.Fold = text.Fold(rest.Text)
			if positionNameWord(d, L, rest) {
				a, skip = k, n
			}
			break
		}
		if !positionNameWord(d, L, t) {
			break
		}
		a = k
	}
	// Words right after a trigger noun name its organisation ("لشركة
	// كوستا فيردي وفيرناندو ليما"): the person starts at the و.
	if a-1 >= first && isTrigger(L, d.Tokens[a-1]) && skip == 0 {
		start := -1
		for k := a + 1; k < e; k++ {
			if n, ok := conjoined(d.Lang, d.Tokens[k], false); ok {
				start, skip = k, n
			}
		}
		if start < 0 {
			return 0, 0, false
		}
		a = start
	}
	// A name never starts on بن: the word before it is the given name
	// (rule patronymic-start); nor is عبد of "عبد الله" taken off.
	if skip == 0 {
		var ok bool
		if a, skip, ok = patronymicStart(d, L, a, first); !ok {
			return 0, 0, false
		}
	}
	// A name starts with a name, not a particle; a definite word starts
	// one only when it is a given name (الوليد).
	for a < e && nameParticle(d.Lang, d.Tokens[a]) && skip == 0 && !givenApart(d, L, a, e) {
		a++
	}
	if e-a < 2 {
		return 0, 0, false
	}
	if _, given := firstName(d.Lang, d.Tokens[a]); !given && skip == 0 && L.Definite(d.Tokens[a].Fold) {
		return 0, 0, false
	}
	if c, n, _ := defaultGazetteer().lookup(d.Tokens, a, e); c != nil && c.entry.Type != schema.Person && n == e-a {
		return 0, 0, false // a known place or company before a title
	}
	return a, skip, true
}

// nameAfterTitleOrg looks, after a title ending at token k, across the
// title's organisation (up to ten words, within the clause) for a person's
// name marked as such: after an honorific, after a comma when it starts
// with a given name, or a given name followed by another name word. It
// returns the name's range and the honorific's gender.
func nameAfterTitleOrg(d *text.Document, L *lang.Profile, k, end int) (int, int, string, bool) {
	for t := k; t < end && t-k <= 10; t++ {
		tok := d.Tokens[t]
		if _, ok := L.SpeechVerbs.Has(tok.Text); ok {
			return 0, 0, "", false
		}
		if m, ok := L.Titles.At(d.Tokens, t, end, true); ok && !isHonorificAt(L, d, t, m.End) {
			return 0, 0, "", false // another title: another person's
		}
		if h, ok := L.Honorifics.At(d.Tokens, t, end, true); ok && h.Clitic == "" {
			a := h.End
			if a < end && d.Tokens[a].Text == "." {
				a++ // "م. فلان", "د. فلان"
			} else if len([]rune(tok.Fold)) == 1 {
				continue // a lone letter is an abbreviation only with its dot
			}
			if b := nameFrom(d, L, a, end); b-a >= 2 {
				g := string(h.Value.Gender)
				if g == "-" {
					g = ""
				}
				return a, b, g, true
			}
			return 0, 0, "", false
		}
		if tok.Class == text.Punct {
			if !L.IsComma(tok.Text) && tok.Text != "»" && tok.Text != "«" && tok.Text != "\"" && tok.Text != "(" && tok.Text != ")" {
				return 0, 0, "", false // the clause ends
			}
			continue
		}
		if t > k {
			if _, given := firstName(d.Lang, tok); given && L.IsComma(d.Tokens[t-1].Text) {
				if b := nameFrom(d, L, t, end); b-t >= 2 {
					return t, b, "", true
				}
			}
		}
	}
	return 0, 0, "", false
}

// nameFrom reads a name starting at token a: name words and particles, at
// most maxNameWords, ending before the first word that is not one.
func nameFrom(d *text.Document, L *lang.Profile, a, end int) int {
	b := a
	for b < end && b-a < maxNameWords {
		t := d.Tokens[b]
		if nameParticle(d.Lang, t) && b > a && b+1 < end && positionNameWord(d, L, d.Tokens[b+1]) {
			b += 2
			if b < end && patronymicSurname(d, L, b, end) {
				return b + 1 // "محمد بن عبدالرحمن المخرج": the family name (patronymic-surname)
			}
			continue
		}
		if !positionNameWord(d, L, t) {
			break
		}
		if _, ok := conjoined(d.Lang, t, false); ok && b > a && startsGivenName(d.Lang, t) {
			break // "فلان وعلان": a second person
		}
		// Later parts may be definite (الشيراوي), the first may not.
		if b == a && L.Definite(t.Fold) {
			if _, given := firstName(d.Lang, t); !given {
				break
			}
		}
		b++
	}
	return b
}

// startsGivenName reports a word that is و plus a listed given name
// ("وفهد"): after a name, it starts a second person.
func startsGivenName(l text.Lang, t text.Token) bool {
	n, ok := conjoined(l, t, true)
	return ok && n > 0
}

// prepositionPhrase reports a word that is ل or ب glued to a definite or
// common noun ("لشركة", "بالرياض"); "بيدرو" or "ليما" is a name.
func prepositionPhrase(l text.Lang, t text.Token) bool {
	L := lang.Of(l)
	forms := text.StripProclitics(t.Text)
	for _, rest := range forms[1:] {
		p := strings.TrimSuffix(forms[0], rest)
		if !L.PhraseProclitic(p) {
			continue
		}
		if L.Definite(rest) || L.ArticleInClitic(p) || isCommonWord(l, rest) {
			return true
		}
	}
	return false
}
