package relations

import (
	"graphbuild/internal/kg"
	"graphbuild/internal/lang"
	"graphbuild/schema"
)

// PersonRole reads three English ways of giving a person a role that the
// apposition rule does not:
//   - "Ian Fogg, Jupiter analyst": an organisation, then a title, in
//     apposition: jobTitle and worksAt;
//   - "Patrick Cescau, the UK-based co-chairman": a place-based title:
//     jobTitle and locatedIn;
//   - "Patrick Cescau, …, will become group chief executive", "Antony
//     Burgmans will take on the role of non-executive chairman": a role
//     verb of role_verbs.txt and the title after it: jobTitle.
func PersonRole() Rule { return ruleFunc{"person-role", applyPersonRole} }

var _ = registerRule(RuleSpec{Name: "person-role", Stage: StageFacts, Order: 100, New: PersonRole})

func applyPersonRole(c *Context, rule string) {
	toks := c.Doc.Tokens
	for pi, pm := range c.R.Mentions {
		if pm.Type != schema.Person || !c.readable(pm.Tok[0]) {
			continue
		}
		s := c.Doc.Sentences[c.sentence(pm.Tok[0])]
		p := c.ent(pi)
		k := pm.Tok[1]
		after := k // where the verb may stand: after the name or its apposition
		if k+1 < s.EndToken && toks[k].Text == "," {
			j := c.skipDeterminer(k + 1)
			// "Ian Fogg, Jupiter analyst"
			if om := c.mentionStarting(j); om >= 0 && c.typeOf(om) == schema.Organization {
				if e := c.R.Mentions[om].Tok[1]; e < s.EndToken && !c.L.Possessive(toks[e]) {
					if i, t, roles, _, ok := c.readTitle(e, s.EndToken); ok && !roles["former"] && !c.personAt(t) {
						title, _ := c.titleText(i, t, "")
						c.AddFact(Fact{Subject: p, Predicate: "jobTitle", Object: -1, Value: &kg.Value{Text: title, Kind: "Text"}, Evidence: s.Span, Confidence: 0.75, Rule: rule})
						c.AddFact(Fact{Subject: p, Predicate: "worksAt", Object: c.ent(om), Evidence: s.Span, Confidence: 0.75, Rule: rule})
					}
				}
			}
			// "Patrick Cescau, the UK-based co-chairman"
			if lm := c.mentionStarting(j); lm >= 0 && c.typeOf(lm) == schema.Place {
				if e := c.R.Mentions[lm].Tok[1]; e+2 < s.EndToken && toks[e].Text == "-" && lang.Has(c.L.LocationParticiples, toks[e+1].Fold) {
					if i, t, _, _, ok := c.readTitle(e+2, s.EndToken); ok {
						title, _ := c.titleText(i, t, "")
						c.AddFact(Fact{Subject: p, Predicate: "jobTitle", Object: -1, Value: &kg.Value{Text: title, Kind: "Text"}, Evidence: s.Span, Confidence: 0.75, Rule: rule})
						c.AddFact(Fact{Subject: p, Predicate: "locatedIn", Object: c.ent(lm), Evidence: s.Span, Confidence: 0.7, Rule: rule})
					}
				}
			}
			// Past the apposition to its closing comma.
			for j := k + 1; j < s.EndToken && j <= k+10; j++ {
				if toks[j].Text == "," {
					after = j + 1
					break
				}
			}
		}
		if after >= s.EndToken {
			continue
		}
		m, ok := c.L.RoleVerbs.At(toks, after, s.EndToken, false)
		if !ok {
			continue
		}
		if i, t, roles, _, ok := c.readTitle(c.skipDeterminer(m.End), s.EndToken); ok && !roles["former"] {
			title, _ := c.titleText(i, t, "")
			c.AddFact(Fact{Subject: p, Predicate: "jobTitle", Object: -1, Value: &kg.Value{Text: title, Kind: "Text"}, Evidence: s.Span, Confidence: 0.7, Rule: rule})
			// "… will become chief executive of Unilever"
			if t+1 < s.EndToken && lang.Has(c.L.GenitivePrepositions, toks[t].Fold) {
				if om := c.mentionStarting(t + 1); om >= 0 && c.typeOf(om) == schema.Organization {
					c.AddFact(Fact{Subject: p, Predicate: "worksAt", Object: c.ent(om), Evidence: s.Span, Confidence: 0.7, Rule: rule})
				}
			}
		}
	}
}

// personAt reports a person's name starting at token t: "Condoleezza
// Rice, UN Secretary General Kofi Annan" lists people, the title is the
// next one's.
func (c *Context) personAt(t int) bool {
	pm := c.mentionStarting(t)
	return pm >= 0 && c.typeOf(pm) == schema.Person
}
