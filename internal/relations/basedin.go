package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/schema"
)

// BasedIn reads where an organisation is from in English compounds:
// "Warsaw-based Vistula Ventures", "Tessaro, an Austin-based designer",
// "Sydney's Southern Grid": locatedIn.
func BasedIn() Rule { return ruleFunc{"based-in", applyBasedIn} }

var _ = registerRule(RuleSpec{Name: "based-in", Stage: StageFacts, Order: 200, New: BasedIn})

func applyBasedIn(c *Context, rule string) {
	toks := c.Doc.Tokens
	for pi, pm := range c.R.Mentions {
		if pm.Type != schema.Place || !c.readable(pm.Tok[0]) {
			continue
		}
		s := c.Doc.Sentences[c.sentence(pm.Tok[0])]
		k := pm.Tok[1]
		var org int = -1
		switch {
		case k+1 < s.EndToken && toks[k].Text == "-" && lang.Has(c.L.LocationParticiples, toks[k+1].Fold):
			org = c.nextMention(k+2, min(s.EndToken, k+7), 4, schema.Organization)
			if org < 0 {
				// "Tessaro, an Austin-based designer": the organisation the
				// apposition describes.
				if j := pm.Tok[0] - 1; j > s.FirstToken && lang.Has(c.L.Determiners, toks[j].Fold) && c.L.IsComma(toks[j-1].Text) {
					org = c.prevMention(j-1, s.FirstToken, schema.Organization)
					if org >= 0 && c.R.Mentions[org].Tok[1] != j-1 {
						org = -1
					}
				}
			}
		case k+1 < s.EndToken && c.L.Possessive(toks[k]):
			if o := c.mentionStarting(k + 1); o >= 0 && c.typeOf(o) == schema.Organization {
				org = o
			}
		}
		if org >= 0 {
			c.AddFact(Fact{Subject: c.ent(org), Predicate: "locatedIn", Object: c.ent(pi), Evidence: s.Span, Confidence: 0.8, Rule: rule})
		}
	}
}
