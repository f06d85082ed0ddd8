package relations

import (
	"graphbuild/schema"
)

// InstitutionPlace reads a place joined by a preposition right after an
// institution's name, as Arabic news writes it: "جامعة الملك سعود
// بالرياض", "سفارة المملكة بمصر": locatedIn. The organisation's name must
// start with an institution trigger (institution_triggers.txt: a ministry,
// university, hospital, embassy… is where it stands); the preposition is
// one of place_prepositions.txt, written on the place's first word. After a
// branch noun (branch_nouns.txt: "فرع وزارة العمل بمكة") nothing is read. A
// company ("أرامكو بالصين") is not read: its business in a place is not
// where it is.
func InstitutionPlace() Rule { return ruleFunc{"institution-place", applyInstitutionPlace} }

var _ = registerRule(RuleSpec{Name: "institution-place", Stage: StageFacts, Order: 250, New: InstitutionPlace})

func applyInstitutionPlace(c *Context, rule string) {
	if c.L.PlacePrepositions == nil || c.L.InstitutionTriggers == nil {
		return
	}
	for oi, om := range c.R.Mentions {
		if om.Type != schema.Organization || om.Entity < 0 || !c.readable(om.Tok[0]) || !c.startsWithTrigger(om.Tok[0]) {
			continue
		}
		s := c.Doc.Sentences[c.sentence(om.Tok[0])]
		if b := om.Tok[0] - 1; b >= s.FirstToken && c.isBranchNoun(b) {
			continue // "فرع وزارة العمل بمكة": where the branch is
		}
		k := om.Tok[1]
		if k >= s.EndToken {
			continue
		}
		pi := c.mentionStarting(k)
		if pi < 0 {
			pi = c.afterPlaceNoun(k, s.EndToken)
		} else if pm := c.R.Mentions[pi]; !c.joinedPreposition(k, pm.Span.Start) {
			continue
		}
		if pi < 0 || c.typeOf(pi) != schema.Place || c.R.Mentions[pi].Entity < 0 || c.ent(pi) == c.ent(oi) {
			continue
		}
		c.AddFact(Fact{Subject: c.ent(oi), Predicate: "locatedIn", Object: c.ent(pi), Evidence: s.Span, Confidence: 0.7, Rule: rule})
	}
}

// isBranchNoun reports whether token t is a branch or office noun, with or
// without its proclitics ("بمقر فرع").
func (c *Context) isBranchNoun(t int) bool {
	if c.L.BranchNouns == nil {
		return false
	}
	for _, f := range c.tokenForms(t) {
		if _, ok := c.L.BranchNouns.Has(f); ok {
			return true
		}
	}
	return false
}

// startsWithTrigger reports whether token t is an institution trigger,
// with or without its proclitics ("لمستشفى").
func (c *Context) startsWithTrigger(t int) bool {
	for _, f := range c.tokenForms(t) {
		if _, ok := c.L.InstitutionTriggers.Has(f); ok {
			return true
		}
	}
	return false
}

// joinedPreposition reports whether token t is a place preposition joined
// to a word that starts at byte at ("بالرياض": ب, then "الرياض").
func (c *Context) joinedPreposition(t, at int) bool {
	tok := c.Doc.Tokens[t]
	if at <= tok.Start || at >= tok.End {
		return false
	}
	_, ok := c.L.PlacePrepositions.Has(c.Doc.Text[tok.Start:at])
	return ok
}

// afterPlaceNoun returns the place mention right after a place noun with a
// joined preposition at token t ("بجمهورية مصر"), or -1.
func (c *Context) afterPlaceNoun(t, end int) int {
	if t+1 >= end || c.L.PlaceNouns == nil {
		return -1
	}
	tok := c.Doc.Tokens[t]
	for i := range tok.Text {
		if i == 0 {
			continue
		}
		if _, ok := c.L.PlacePrepositions.Has(tok.Text[:i]); !ok {
			continue
		}
		if _, ok := c.L.PlaceNouns.Has(tok.Text[i:]); ok {
			return c.mentionStarting(t + 1)
		}
	}
	return -1
}
