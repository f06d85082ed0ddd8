package relations

import "graphbuild/schema"

// RelativeCue reads a relation from a relative clause whose verb carries
// the object as a pronoun, the phrase a 'relative' cue of relation_triggers
// (the relative pronoun and the verb): "سيارات «نوفيرا» التي تنتجها شركة
// «كالدور»" (developed). The name right before the cue (a closing
// quotation mark between) is the object, the first name after it (a
// trigger noun or a quotation mark between) the subject; the predicate's
// range and domain must fit, or nothing is said.
func RelativeCue() Rule { return ruleFunc{"relative-cue", applyRelativeCue} }

var _ = registerRule(RuleSpec{Name: "relative-cue", Stage: StageFacts, Order: 190, New: RelativeCue})

func applyRelativeCue(c *Context, rule string) {
	toks := c.Doc.Tokens
	for _, s := range c.Doc.Sentences {
		if !s.Kind.Readable() {
			continue
		}
		for i := s.FirstToken + 1; i < s.EndToken; i++ {
			m, ok := c.L.Cues.At(toks, i, s.EndToken, false)
			if !ok || !m.Value.Relative {
				continue
			}
			pred, ok := schema.LookupPredicate(m.Value.Predicate)
			if !ok {
				continue
			}
			end := m.Start
			if end > s.FirstToken && isCloseQuoteTok(toks[end-1].Text) {
				end-- // "«نوفيرا» التي"
			}
			obj := c.mentionEndingAt(end, rangeTypes(pred))
			subj := c.nextMention(m.End, min(s.EndToken, m.End+4), 2, pred.Domain...)
			if obj < 0 || subj < 0 || c.ent(obj) == c.ent(subj) {
				continue
			}
			c.AddFact(Fact{Subject: c.ent(subj), Predicate: pred.Name, Object: c.ent(obj), Evidence: s.Span, Confidence: 0.8, Rule: rule})
			i = m.End - 1
		}
	}
}
