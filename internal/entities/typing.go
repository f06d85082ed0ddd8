package entities

import (
	"slices"
	"strings"
	"unicode"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// evidence is what the words around one mention say about its type.
type evidence struct {
	typ      schema.Type
	strength float64
	rule     string // the typing rule that read it (Mention.TypedBy)
}

// contextType reads the context of mention m for its type: an organisation
// suffix ("Hexa Labs"), "Riyadh-based X", "X's chief executive", "an analyst
// at X", an apposition headed by a trigger noun ("X, the data centre
// operator"), a product noun after the name ("the Falak model", "Vela
// chips"), an owner before it ("Lumora's Aurel"), or an honorific ("Ms
// Chen"). The tagger's corpus knows 1996 names; this is how names it has
// never seen get their type from the sentence.
func contextType(d *text.Document, L *lang.Profile, ms []Mention, mi int) (evidence, bool) {
	m := ms[mi]
	toks := d.Tokens
	s := d.Sentences[toks[m.Tok[0]].Sent]
	first, end := s.FirstToken, s.EndToken
	n := m.Tok[1] - m.Tok[0]
	if g, ok := firstName(d.Lang, toks[m.Tok[0]]); ok && n > 1 && n <= 4 && g != "" && !isOrgSuffix(d.Lang, toks[m.Tok[1]-1]) && !hasActivity(L, toks[m.Tok[0]:m.Tok[1]]) && !ampersandName(toks[m.Tok[0]:m.Tok[1]]) {
		return evidence{schema.Person, 0.9, "given-name-first"}, true // "Lena Park": a given name first
	}
	if honorificFirst(L, toks[m.Tok[0]:m.Tok[1]]) && !namedInFull(d, L, ms, m) {
		return evidence{schema.Person, 0.9, "honorific-first"}, true // "Lord Carlile", "Sir Alan Budd"
	}
	if n > 1 && isPlaceSuffix(d.Lang, toks[m.Tok[1]-1]) {
		return evidence{schema.Place, 0.9, "place-suffix"}, true // "Australian Securities Exchange": a market
	}
	if n > 1 && isOrgSuffix(d.Lang, toks[m.Tok[1]-1]) {
		return evidence{schema.Organization, 0.9, "org-suffix"}, true
	}
	// "Vertex agreed to buy", "Kappa raised": the subject of a verb only
	// organisations do (where the verb does not come first).
	if !L.VerbFirst {
		for j := m.Tok[1]; j < end && j <= m.Tok[1]+2; j++ {
			if c, ok := L.Cues.At(toks, j, end, false); ok && (c.Value.Predicate == "acquired" || c.Value.Predicate == "raised" || c.Value.Predicate == "listedOn") {
				return evidence{schema.Organization, 0.7, "subject-of-org-verb"}, true
			}
		}
	}
	// "Sydney's Kappa Grid": what a place has, named, is an organisation.
	if k := m.Tok[0] - 1; k-1 >= first && L.Possessive(toks[k]) {
		if o := mentionEndingAt(ms, k); o >= 0 && ms[o].Type == schema.Place && !m.personCue {
			return evidence{schema.Organization, 0.75, "place-possessive"}, true
		}
	}
	// "agreed to buy Datavia", "acquisition of X": what is bought is an
	// organisation.
	for j := m.Tok[0] - 1; j >= first && j >= m.Tok[0]-3; j-- {
		if c, ok := L.Cues.At(toks, j, m.Tok[0], L.Clitics); ok && c.End == m.Tok[0] && c.Value.Predicate == "acquired" {
			return evidence{schema.Organization, 0.75, "object-of-acquired"}, true
		}
	}
	if k := m.Tok[1]; k+1 < end && L.Possessive(toks[k]) && productNounAfter(L, toks, k+1, end) && !m.personCue {
		return evidence{schema.Organization, 0.9, "owner-of-product-noun"}, true // "Sega's launch title", "Nintendo's new handheld console"
	}
	if k := m.Tok[1]; k+1 < end && L.Possessive(toks[k]) && latinNameToken(toks[k+1]) && !pronounContraction(L, toks, k) {
		return evidence{schema.Organization, 0.9, "owner-possessive"}, true // "Lumora’s Aurel": the owner
	}
	if _, _, ok := OwnedProduct(d, L, ms, mi); ok && !m.personCue {
		return evidence{schema.Product, 0.9, "owned-product"}, true // "Kestral's new console, the Vexa"
	}
	if t, ok := lowerTriggerBefore(d, L, m.Tok[0]); ok && !m.personCue {
		return evidence{t, 0.85, "lower-trigger-before"}, true // "oil firm Yukos", "airline Qantas"
	}
	if t, ok := typeFromTrigger(d, L, m.Tok[0], first); ok && L.HeadFirst {
		return evidence{t, 0.9, "trigger-before"}, true // "شركة رقيم"
	}
	if L.Article != "" && m.Tok[0]-1 >= first {
		prev := toks[m.Tok[0]-1]
		// "مؤسس ميكانو": a title without the article, joined to the name
		// that follows it, is "founder of" that name: an organisation.
		// ("المؤسس خالد" with the article is a person in apposition.)
		if _, ok := L.Titles.Has(prev.Text); ok && !L.Definite(prev.Fold) && !L.Definite(L.TrimAnd(prev.Fold)) && !m.personCue {
			return evidence{schema.Organization, 0.9, "title-construct"}, true
		}
		// "المؤسسة المشاركة لسيرفو لابز": a title, then the name with ل.
		// A listed given name that starts with the letter ("الرئيس
		// السابق لويس") is the name itself, not ل + a name.
		if forms := text.StripProclitics(toks[m.Tok[0]].Text); len(forms) > 1 && L.ToClitic(strings.TrimSuffix(forms[0], forms[1])) && !m.personCue && !wholeGivenName(L, toks[m.Tok[0]]) {
			if _, ok := L.Titles.EndingAt(toks, max(first, m.Tok[0]-4), m.Tok[0], true); ok {
				return evidence{schema.Organization, 0.9, "title-glued-l"}, true
			}
		}
	}
	if k := m.Tok[0] - 1; k-1 >= first && (lang.Has(L.Conjunctions, toks[k].Fold) || toks[k].Text == ",") && !m.personCue && n == 1 {
		// "BMW, Mercedes and Jaguar": listed with a known company;
		// "the Paris, Brussels and Lisbon bourses": with a known place.
		if o := mentionEndingAt(ms, k); o >= 0 && ms[o].LexID != "" && (ms[o].Type == schema.Organization || ms[o].Type == schema.Place) {
			if _, given := firstName(d.Lang, toks[m.Tok[0]]); !given {
				if ms[o].Type == schema.Organization {
					return evidence{schema.Organization, 0.9, "listed-with-company"}, true
				}
				// A place needs a list: "A, B and X" ("In London, Corus
				// fell", "between Russia and Yukos" list nothing).
				if c := ms[o].Tok[0] - 1; lang.Has(L.Conjunctions, toks[k].Fold) && c-1 >= first && toks[c].Text == "," {
					if p := mentionEndingAt(ms, c); p >= 0 && ms[p].LexID != "" && ms[p].Type == schema.Place {
						return evidence{schema.Place, 0.9, "listed-with-place"}, true
					}
				}
			}
		}
	}
	if n == 1 && L.CasedNames && !m.personCue {
		// "market leader Diageo", "head of Renault" (rule company-title).
		for j := max(first, m.Tok[0]-4); j < m.Tok[0]; j++ {
			if t, ok := L.Titles.At(toks, j, m.Tok[0], false); ok && t.End == m.Tok[0] {
				if companyTitle(d, L, j, t.End, first) {
					return evidence{schema.Organization, 0.9, "company-title"}, true
				}
				break
			}
		}
	}
	if t, ok := calledAfterTrigger(L, toks, m.Tok[0], first); ok {
		return evidence{t, 0.9, "trigger-called"}, true // "a messaging application called Pictochat"
	}
	if k := m.Tok[0] - 1; k >= first && pluralTitle(L, toks[k]) && !(k-1 >= first && isSpeechVerb(L, toks[k-1])) {
		return evidence{schema.Organization, 0.9, "plural-title-before"}, true // "industry analysts Screen Digest"
	}
	if k := m.Tok[0] - 1; k >= first {
		if e, ok := L.Honorifics.Has(toks[k].Text); ok {
			_ = e
			return evidence{schema.Person, 0.95, "honorific"}, true
		}
		if lang.HasSuffixWord(L.LocationParticiples, toks[k].Fold) || lang.Has(L.LocationParticiples, toks[k].Fold) {
			return evidence{schema.Organization, 0.85, "based-in"}, true
		}
		// "Lumora's Aurel": what an organisation owns, named, is a product.
		if L.Possessive(toks[k]) && k-1 >= first && !L.HeadFirst && !pronounContraction(L, toks, k) {
			if o := mentionEndingAt(ms, k); o >= 0 && ms[o].Type == schema.Organization && !m.personCue && !possessedPerson(d, L, m) {
				return evidence{schema.Product, 0.7, "org-possessive-product"}, true
			}
		}
		// "an analyst at X", "chief executive of X" ("minister of X" may be
		// a country: "of" weighs less).
		if at := lang.Has(L.WorkplacePrepositions, toks[k].Fold); at || lang.Has(L.GenitivePrepositions, toks[k].Fold) {
			for j := k - 1; j >= first && j >= k-4; j-- {
				if t, ok := L.Titles.At(toks, j, k, false); ok && t.End == k {
					if at {
						return evidence{schema.Organization, 0.9, "title-at"}, true
					}
					return evidence{schema.Organization, 0.8, "title-of"}, true
				}
			}
		}
	}
	if k := m.Tok[1]; k < end {
		// "X's chief executive", "X's audio and casting producer".
		if L.Possessive(toks[k]) && k+1 < end {
			if _, ok := L.Titles.At(toks, k+1, end, false); ok {
				return evidence{schema.Organization, 0.85, "possessive-title"}, true
			}
			if headFinalTitleAt(d, L, k+1, end) {
				return evidence{schema.Organization, 0.85, "possessive-head-final-title"}, true
			}
		}
		// "the Falak model", "Vela chips" (where the noun may follow the
		// name: with HeadFirst a noun after a name starts the next phrase).
		if t, ok := L.Triggers.At(toks, k, end, false); ok && !L.HeadFirst && t.Value.Type == schema.Product && !indefiniteBefore(d, L, m.Tok[0], first) {
			return evidence{schema.Product, 0.8, "product-noun-after"}, true
		}
		// "its Opel and Vauxhall models": the noun after the last of two
		// names joined by "and" is both names' ("Opel workers" is not).
		if !L.HeadFirst && lang.Has(L.Conjunctions, toks[k].Fold) {
			if o := mentionStartingAt(ms, k+1); o >= 0 && ms[o].Tok[1] < end && lowerWord(toks[ms[o].Tok[1]]) {
				if t, ok := L.Triggers.At(toks, ms[o].Tok[1], end, false); ok && t.Value.Type == schema.Product && !indefiniteBefore(d, L, m.Tok[0], first) {
					return evidence{schema.Product, 0.8, "product-noun-after-pair"}, true
				}
			}
		}
		// "X, the Amsterdam-based data centre operator,".
		if L.IsComma(toks[k].Text) {
			for j := k + 1; j < end && j <= k+7; j++ {
				f := toks[j].Fold
				if toks[j].Text == "-" {
					continue // "the Amsterdam-based data centre operator"
				}
				if toks[j].Class == text.Punct || lang.Has(L.AppositionBreaks, f) {
					break
				}
				if _, ok := L.Titles.At(toks, j, end, L.Clitics); ok {
					return evidence{schema.Person, 0.8, "apposition-title"}, true // "X, chief executive of Y"
				}
				if t, ok := L.Triggers.At(toks, j, end, L.Clitics); ok {
					if typ := t.Value.Type; schema.CheckType(typ) == nil {
						return evidence{typ, L.AppositionStrength, "apposition-trigger"}, true
					}
				}
			}
		}
	}
	// Last, where no other rule spoke: "said BIFA founder X", "WADA said".
	// In a sentence written all in capitals (a headline: "GOLF - HENKE
	// TAKES LEAD") the capitals say nothing about the word.
	if n == 1 && m.Type == schema.Person && L.CasedNames && acronym(toks[m.Tok[0]].Text) && !allCaps(d, s) {
		return evidence{schema.Organization, 0.9, acronymRule}, true
	}
	return evidence{}, false
}

// ampersandName reports a name joined by "&" ("Douglas & Lomason", "Marks
// & Spencer", "Johnson & Johnson"): rule ampersand-not-person — two names
// joined so are a firm's, so a given name first does not make it a
// person's (given-name-first, personMarked). In the BBC corpus 88 of the 92
// "A & B" names are companies (the others: the duo Ant & Dec, Serbia &
// Montenegro).
func ampersandName(toks []text.Token) bool {
	for _, t := range toks {
		if t.Text == "&" {
			return true
		}
	}
	return false
}

func mentionStartingAt(ms []Mention, tok int) int {
	for i, m := range ms {
		if m.Tok[0] == tok {
			return i
		}
	}
	return -1
}

func mentionEndingAt(ms []Mention, tok int) int {
	for i, m := range ms {
		if m.Tok[1] == tok {
			return i
		}
	}
	return -1
}

// retype gives every name that context types the same type in all its
// mentions, and, in English, takes a lone word the tagger called a person
// for an organisation when no full name holds it and nothing marks it as a
// person (news names people in full first: a single "Datavia" is a company).
// Lexicon matches keep their type.
func retype(d *text.Document, ms []Mention) {
	L := lang.Of(d.Lang)
	// Evidence from every mention of a name adds up (noisy-or): "agreed to
	// buy Datavia", "Datavia, the … operator" and "Datavia, which listed"
	// together outweigh a tagger that was sure of the wrong type.
	votes := map[string]map[schema.Type]float64{}
	why := map[string]map[schema.Type][]string{} // the typing rules behind each vote
	key := func(m Mention) string { return text.FoldName(m.Text) }
	for i, m := range ms {
		if m.Value != nil || m.LexID != "" || m.Type == schema.Misc || m.Kind == text.Credit {
			continue
		}
		if ev, ok := contextType(d, L, ms, i); ok {
			v := votes[key(m)]
			if v == nil {
				v = map[schema.Type]float64{}
				votes[key(m)] = v
			}
			v[ev.typ] = 1 - (1-v[ev.typ])*(1-ev.strength)
			w := why[key(m)]
			if w == nil {
				w = map[schema.Type][]string{}
				why[key(m)] = w
			}
			if !slices.Contains(w[ev.typ], ev.rule) {
				w[ev.typ] = append(w[ev.typ], ev.rule)
			}
		}
	}
	best := map[string]evidence{}
	for k, v := range votes {
		for _, t := range []schema.Type{schema.Person, schema.Organization, schema.Product, schema.Place, schema.Event} {
			if v[t] > best[k].strength {
				best[k] = evidence{t, v[t], strings.Join(why[k][t], "+")}
			}
		}
	}
	personWords := map[string]bool{}
	for _, m := range ms {
		if m.Type == schema.Person && m.Tok[1]-m.Tok[0] > 1 {
			for _, w := range strings.Fields(text.FoldName(m.Text)) {
				personWords[w] = true
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Value != nil || m.LexID != "" || m.Type == schema.Misc || m.Kind == text.Credit || m.Source == srcInstitution || sourceOf(m.Source).FormTyped {
			continue // an institution's own trigger noun says what it is
		}
		if ev, ok := best[key(*m)]; ok && !(m.Source == srcTagger && m.margin >= taggerSure && m.Type != ev.typ && ev.strength < 0.9) {
			if m.Type == schema.Person && ev.typ != schema.Person && (sourceOf(m.Source).Person || m.personCue) && ev.rule != acronymRule {
				continue // a speech verb or title said person
			}
			if m.Type != ev.typ {
				m.TypedBy = ev.rule
			}
			m.Type = ev.typ
			continue
		}

	}
}

// isPlaceSuffix reports whether a token ends the names of markets and other
// places ("… Securities Exchange", "… Stock Exchange").
func isPlaceSuffix(l text.Lang, t text.Token) bool {
	_, ok := lang.Of(l).PlaceSuffixes.Has(t.Text)
	return ok && (!lang.Of(l).CasedNames || startsUpper(t.Text))
}

// taggerSure is the tagger margin above which its type stands against
// context evidence short of certain (an organisation suffix, a trigger noun
// before the name). Measured on CoNLL-2003 testa and the fixtures (see the
// notes): below it, context corrects the 1996 model on names it has never
// seen; above it, context rules mostly overturned right answers.
var taggerSure = 6.0

func isSpeechVerb(L *lang.Profile, t text.Token) bool {
	_, ok := L.SpeechVerbs.Has(t.Text)
	return ok
}

// pluralTitle reports a lower-case job title in the plural ("analysts",
// "brokers", "auditors"): right before a name it describes a firm, as in
// "industry analysts Screen Digest" or "auditors Grant Thornton" (all 37
// such phrases of the BBC corpus name one), never one person. After a
// speech verb the plural is the audience ("told reporters Bonn would").
func pluralTitle(L *lang.Profile, t text.Token) bool {
	f := t.Fold
	stem, plural := L.PluralStem(f)
	if len(f) < 4 || !plural || startsUpper(t.Text) {
		return false
	}
	_, ok := L.Titles.Has(stem)
	return ok
}

// productNounAfter reports lower-case words from token i (at most three)
// that end in a product noun or a work noun: what a company makes.
func productNounAfter(L *lang.Profile, toks []text.Token, i, end int) bool {
	for j := i; j < end && j-i < 3 && lowerWord(toks[j]); j++ {
		if t, ok := L.Triggers.At(toks, j, end, false); ok && t.Value.Type == schema.Product {
			return true
		}
		if _, ok := L.WorkNouns.Has(toks[j].Text); ok {
			return true
		}
	}
	return false
}

// calledAfterTrigger reads "a <trigger noun> called/named/dubbed NAME": the
// type the noun announces ("a short-range messaging application called
// Pictochat", "a start-up named Orvex").
func calledAfterTrigger(L *lang.Profile, toks []text.Token, i, first int) (schema.Type, bool) {
	k := i - 1
	if k-1 < first {
		return "", false
	}
	if !lang.Has(L.NamingVerbs, toks[k].Fold) {
		return "", false
	}
	for j := k - 1; j >= first && j >= k-3; j-- {
		if t, ok := L.Triggers.At(toks, j, k, false); ok && t.End == k && lowerWord(toks[j]) {
			return t.Value.Type, schema.CheckType(t.Value.Type) == nil
		}
	}
	return "", false
}

// honorificFirst is the typing rule honorific-first: in a cased script, a
// name of two to four words opened by an honorific (honorifics.txt) and
// whose other words are all capitalised and none a title is a person:
// "Lord Carlile", "Sir Alan Budd" (the tagger read "Lord Carlile" as a
// place). "Lord of the Rings" has a small word; "Lord Chancellor" a title.
func honorificFirst(L *lang.Profile, ws []text.Token) bool {
	if !L.CasedNames || len(ws) < 2 || len(ws) > 4 {
		return false
	}
	if _, ok := L.Honorifics.Has(ws[0].Text); !ok {
		return false
	}
	for _, t := range ws[1:] {
		if t.Class != text.Word || !startsUpper(t.Text) {
			return false
		}
		if _, ok := L.Titles.Has(t.Text); ok {
			return false
		}
	}
	return true
}

// namedInFull reports another mention of two or more words, not opened by
// an honorific, that ends with the same word as m ("Emilio Botin" for "Mr
// Botin"): the full name settles that person, and clustering joins the
// lone surname to it, not to the honorific form.
func namedInFull(d *text.Document, L *lang.Profile, ms []Mention, m Mention) bool {
	last := d.Tokens[m.Tok[1]-1].Text
	for _, o := range ms {
		if o.Tok == m.Tok || o.Tok[1]-o.Tok[0] < 2 || d.Tokens[o.Tok[1]-1].Text != last {
			continue
		}
		if _, h := L.Honorifics.Has(d.Tokens[o.Tok[0]].Text); !h {
			return true
		}
	}
	return false
}

// acronymRule is the typing rule acronym-not-person: in a cased script a
// one-word name written in capitals, three letters or more ("BIFA",
// "WADA", "HVB"), is an organisation's acronym, not a person, even where a
// speech verb or a title after it made the tagger read a person ("said BIFA
// founder and director X"). In the BBC corpus all 6 such Person names were
// organisations. Not in a sentence written all in capitals (a headline of
// CoNLL-2003's Reuters: "ATHLETICS - MITCHELL DEFEATS BAILEY"), where every
// name is in capitals: on testa all 18 such retypings were persons.
const acronymRule = "acronym-not-person"

// acronym reports a word of three or more letters, all capitals.
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}
