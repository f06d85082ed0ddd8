package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/schema"
)

// PlaceIn reads "وادي السليكون في الولايات المتحدة", "شبه جزيرة سيناء في
// مصر": a region (lexicon kind), a word of place_in_words.txt ("في") and a
// country right after it: the region lies in the country (locatedIn). A
// country or city first ("سفير لبنان في السعودية", "تلقتها طهران في
// اليمن": a government) or a list on either side is not read.
func PlaceIn() Rule { return ruleFunc{"place-in", applyPlaceIn} }

var _ = registerRule(RuleSpec{Name: "place-in", Stage: StageFacts, Order: 240, New: PlaceIn})

func applyPlaceIn(c *Context, rule string) {
	if c.L.PlaceInWords == nil {
		return
	}
	toks := c.Doc.Tokens
	for ai, am := range c.R.Mentions {
		if am.Type != schema.Place || am.Entity < 0 || !c.readable(am.Tok[0]) {
			continue
		}
		if c.lexKind(ai) != "region" {
			// A country, a sea, a continent lie in nothing named; a city is
			// often its government ("الصفعة التي تلقتها طهران في اليمن").
			continue
		}
		s := c.Doc.Sentences[c.sentence(am.Tok[0])]
		m, ok := c.L.PlaceInWords.At(toks, am.Tok[1], s.EndToken, false)
		if !ok || m.End >= s.EndToken {
			continue
		}
		bi := c.mentionStarting(m.End)
		if bi < 0 || c.typeOf(bi) != schema.Place || c.ent(bi) == c.ent(ai) || c.lexKind(bi) != "country" {
			continue
		}
		if p := am.Tok[0] - 1; c.conjoined(ai) || p >= s.FirstToken && c.L.IsComma(toks[p].Text) {
			continue // "جدة، الرياض في السعودية", "وجدة في السعودية": a list
		}
		if n := c.R.Mentions[bi].Tok[1]; n < s.EndToken && (c.mentionStarting(n) >= 0 && c.conjoined(c.mentionStarting(n)) || lang.Has(c.L.ListJoiners, toks[n].Fold)) {
			continue // "في وادي السيليكون في الولايات المتحدة وكندا": a list
		}
		c.AddFact(Fact{Subject: c.ent(ai), Predicate: "locatedIn", Object: c.ent(bi), Evidence: s.Span, Confidence: 0.7, Rule: rule})
	}
}
