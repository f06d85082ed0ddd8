package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/schema"
)

// Nationality reads a nationality adjective before an organisation ("عملاق
// التكنولوجيا الصيني علي بابا", "الشركات الأمريكية مثل Airbnb", "Chinese
// startup DeepSeek"): locatedIn that country, as a low-confidence guess.
func Nationality() Rule { return ruleFunc{"nationality", applyNationality} }

var _ = registerRule(RuleSpec{Name: "nationality", Stage: StageFacts, Order: 210, New: Nationality})

func applyNationality(c *Context, rule string) {
	places := map[string]int{} // lexicon place id → entity index, for places the document names
	for ei, e := range c.R.Entities {
		if e.Type == schema.Place && e.LexID != "" {
			places[e.LexID] = ei
		}
	}
	for si, s := range c.Doc.Sentences {
		if !s.Kind.Readable() {
			continue
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			n, ok := c.L.Nationalities.At(c.Doc.Tokens, i, s.EndToken, true)
			if !ok {
				continue
			}
			place, ok := places[n.Value.Place]
			if !ok {
				continue
			}
			if pe := c.R.Entities[place]; lexKinds()[string(pe.Type)+"/"+pe.LexID] != "country" {
				continue // "المفوضية الأوروبية", "الخليجية": a continent or region is part of a name
			}
			// Arabic puts the adjective after the name: "شركة Lumora الفرنسية".
			if c.L.HeadFirst {
				if om := c.prevMention(i, max(s.FirstToken, i-1), schema.Organization); om >= 0 && c.R.Mentions[om].Tok[1] == i {
					c.AddFact(Fact{Subject: c.ent(om), Predicate: "locatedIn", Object: place, Evidence: s.Span, Confidence: 0.5, Rule: rule})
					continue
				}
			}
			// "OpenAI، وAnthropic، وغيرها من الشركات الأمريكية", "and other
			// American companies": the organisations listed before.
			if j := n.Start; j-3 >= s.FirstToken && lang.Has(c.L.OtherWords, c.Doc.Tokens[j-3].Fold) && lang.Has(c.L.OtherLinks, c.Doc.Tokens[j-2].Fold) {
				if om := c.prevMention(j-3, s.FirstToken, schema.Organization); om >= 0 {
					for _, o := range c.coordinated(om) {
						c.AddFact(Fact{Subject: c.ent(o), Predicate: "locatedIn", Object: place, Evidence: s.Span, Confidence: 0.5, Rule: rule})
					}
				}
				continue
			}
			k := n.End
			if k < s.EndToken {
				if m, ok := c.L.ExampleMarkers.At(c.Doc.Tokens, k, s.EndToken, false); ok {
					k = m.End
				}
			}
			om := c.mentionStarting(k)
			if om < 0 || c.typeOf(om) != schema.Organization || c.gluedPreposition(c.Doc.Tokens[k]) {
				continue // "وزارة المالية اليونانية لرويترز": the adjective is the ministry's
			}
			for _, o := range c.coordinated(om) {
				c.AddFact(Fact{Subject: c.ent(o), Predicate: "locatedIn", Object: place, Evidence: s.Span, Confidence: 0.5, Rule: rule})
			}
		}
		_ = si
	}
}
