package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/schema"
)

// LocationVerb reads a verb saying where something lies (location_verbs.txt:
// "تقع", "يقع") with a named place or organisation as its subject and
// place_in_words ("في") and a place after it: "وتقع قلعة دوفر في مقاطعة
// كنت", "برج خليفة الذي يقع في إمارة دبي", "والبرازيل وتقع في أمريكا
// الجنوبية": locatedIn. The subject is the name right after the verb (a
// place noun before it, "وتقع مدينة X", and up to two words after it,
// "الساحلية", allowed) or, before the verb, the name right before it (a
// relative pronoun or a comma between); the place follows "في" right away
// or after a place noun ("في مدينة X") or a region's head word ("في شمال
// X"). A common noun as the
// subject ("تقع الجامعة في …", "الفندق الذي يقع في …") or no place after
// "في" ("يقع في الفخ", "تقع في 30 حلقة") says nothing; neither does a list
// of places after it.
func LocationVerb() Rule { return ruleFunc{"location-verb", applyLocationVerb} }

var _ = registerRule(RuleSpec{Name: "location-verb", Stage: StageFacts, Order: 255, New: LocationVerb})

func applyLocationVerb(c *Context, rule string) {
	if c.L.LocationVerbs == nil || c.L.PlaceInWords == nil || c.L.LocationVerbs.Len() == 0 {
		return
	}
	toks := c.Doc.Tokens
	for _, s := range c.Doc.Sentences {
		if !s.Kind.Readable() {
			continue
		}
		for t := s.FirstToken; t < s.EndToken; t++ {
			if !c.isLocationVerb(t) {
				continue
			}
			si, k := c.locationSubject(t, s.FirstToken, s.EndToken)
			if si < 0 {
				continue
			}
			m, ok := c.L.PlaceInWords.At(toks, k, s.EndToken, false)
			if !ok || m.End >= s.EndToken {
				continue
			}
			pi := c.mentionStarting(m.End)
			if pi < 0 && m.End+1 < s.EndToken && c.isPlaceHead(m.End) {
				pi = c.mentionStarting(m.End + 1)
			}
			if pi < 0 || c.typeOf(pi) != schema.Place || c.ent(pi) < 0 || c.ent(pi) == c.ent(si) {
				continue
			}
			if n := c.R.Mentions[pi].Tok[1]; n < s.EndToken && (c.mentionStarting(n) >= 0 && c.conjoined(c.mentionStarting(n)) || lang.Has(c.L.ListJoiners, toks[n].Fold)) {
				continue // "تقع في السعودية والإمارات": a list
			}
			c.AddFact(Fact{Subject: c.ent(si), Predicate: "locatedIn", Object: c.ent(pi), Evidence: s.Span, Confidence: 0.7, Rule: rule})
		}
	}
}

// isLocationVerb reports whether token t is a verb of location_verbs.txt,
// with or without its proclitics ("وتقع").
func (c *Context) isLocationVerb(t int) bool {
	for _, f := range c.tokenForms(t) {
		if _, ok := c.L.LocationVerbs.Has(f); ok {
			return true
		}
	}
	return false
}

// tokenForms returns c.L.Forms of token t's text; with proclitics, the
// forms the token carries from Tokenize (the same strings, not folded and
// stripped again for every token of every document: isLocationVerb runs
// on every token).
func (c *Context) tokenForms(t int) []string {
	if c.L.Clitics {
		return c.Doc.Tokens[t].Forms()
	}
	return c.L.Forms(c.Doc.Tokens[t].Text)
}

// locationSubject returns the mention of the named place or organisation
// that is the subject of the location verb at token t, and the token where
// "في" must stand; -1 if there is none. The name right after the verb
// comes first ("وتقع X في", "وتقع مدينة X الساحلية في"), then the name
// right before it ("X التي تقع في", "X، وتقع في").
func (c *Context) locationSubject(t, first, end int) (int, int) {
	isSubject := func(mi int) bool {
		return mi >= 0 && c.ent(mi) >= 0 && (c.typeOf(mi) == schema.Place || c.typeOf(mi) == schema.Organization)
	}
	if t+1 < end {
		a := t + 1
		if a+1 < end && c.isPlaceHead(a) && c.mentionStarting(a) < 0 {
			a++ // "وتقع مدينة X"
		}
		if mi := c.mentionStarting(a); isSubject(mi) {
			k := c.R.Mentions[mi].Tok[1]
			for g := 0; g < 2 && k < end && !c.isPunct(k) && c.mentionStarting(k) < 0 && !lang.Has(c.L.PlaceInWords, c.Doc.Tokens[k].Fold); g++ {
				k++ // "وتقع قرية X السياحية في"
			}
			return mi, k
		}
	}
	j := t // the name ends at j
	if j-1 >= first && lang.Has(c.L.RelativePronouns, c.Doc.Tokens[j-1].Fold) {
		j--
	}
	if j-1 >= first && c.L.IsComma(c.tokText(j-1)) {
		j--
	}
	if mi := c.prevMention(j, first, schema.Place, schema.Organization); isSubject(mi) && c.R.Mentions[mi].Tok[1] == j {
		return mi, t + 1
	}
	return -1, 0
}

// isPlaceHead reports whether token t is a place noun ("مدينة") or a
// region's head word ("شمال") standing before a place's name.
func (c *Context) isPlaceHead(t int) bool {
	f := c.Doc.Tokens[t].Fold
	if c.L.PlaceNouns != nil {
		if _, ok := c.L.PlaceNouns.Has(f); ok {
			return true
		}
	}
	if c.L.RegionHeads != nil {
		if _, ok := c.L.RegionHeads.Has(f); ok {
			return true
		}
	}
	return false
}
