package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/schema"
)

// dealDoubt reports whether a deal cue at tokens [cueStart, cueEnd) with its
// object mention obj does not say the deal was done, so the fact is not
// asserted (a bid or an attempt is bidFor at most, which the cue rule does
// not write):
//   - a hedge of deal_hedges.txt in the three tokens before the cue: "tried
//     to buy", "in talks to buy", "an attempt to take over", "outbid X to
//     buy", "could be the target of a takeover";
//   - the object owns what was bought: "bought Toyota's hybrid technology",
//     "to buy 15% of Yukos' former unit";
//   - the object is the seller: "bought two brands from LVMH";
//   - a share of less than half is bought: "has bought 49% of X";
//   - deal-hedge-subject: a hedge in the three tokens before a subject that
//     comes before the cue, or between it and the cue: "Baikal outbid
//     favourite Gazprom, the state gas monopoly, to buy Yugansk" (Gazprom
//     lost), "Korvane, which is keen on a deal, could soon buy X".
func (c *Context) dealDoubt(pred string, cueStart, cueEnd, obj int, subjects []int) bool {
	if obj < 0 {
		return false
	}
	toks := c.Doc.Tokens
	first := c.Doc.Sentences[c.sentence(cueStart)].FirstToken
	from := max(first, cueStart-3)
	for _, sm := range subjects {
		if st := c.R.Mentions[sm].Tok; st[1] <= cueStart && st[0] >= first {
			from = min(from, max(first, st[0]-3))
		}
	}
	for k := from; k < cueStart; k++ {
		if m, ok := c.L.DealHedges.At(toks, k, cueStart, false); ok && m.Value.Predicate == pred {
			return true
		}
	}
	if pred != "acquired" {
		return false
	}
	om := c.R.Mentions[obj]
	if om.Tok[1] < len(toks) && c.sentence(om.Tok[1]) == c.sentence(om.Tok[0]) {
		if t := toks[om.Tok[1]]; c.L.Possessive(t) || t.Fold == "'" || t.Fold == "’" {
			return true
		}
	}
	if om.Tok[0] > first && lang.Has(c.L.SourcePrepositions, toks[om.Tok[0]-1].Fold) {
		return true
	}
	for k := cueEnd; k < om.Tok[0]; k++ {
		if mi := c.mentionStarting(k); mi >= 0 && c.typeOf(mi) == schema.Percent && c.R.Mentions[mi].Value != nil && c.R.Mentions[mi].Value.Amount < 50 {
			return true
		}
	}
	return false
}
