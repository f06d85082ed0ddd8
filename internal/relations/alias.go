package relations

import (
	"graphbuild/internal/kg"
	"graphbuild/internal/text"
)

// Alias reads "X، المعروفة أيضًا باسم Y" / "X, also known as Y": alias.
func Alias() Rule { return ruleFunc{"alias", applyAlias} }

var _ = registerRule(RuleSpec{Name: "alias", Stage: StageFacts, Order: 220, New: Alias})

func applyAlias(c *Context, rule string) {
	for xi, xm := range c.R.Mentions {
		if xm.Value != nil || !c.readable(xm.Tok[0]) {
			continue
		}
		s := c.Doc.Sentences[c.sentence(xm.Tok[0])]
		k := xm.Tok[1]
		for k < s.EndToken && c.Doc.Tokens[k].Class == text.Punct {
			k++
		}
		cue, ok := c.L.AliasCues.At(c.Doc.Tokens, k, s.EndToken, true)
		if !ok {
			continue
		}
		yi := c.mentionStarting(cue.End)
		if yi < 0 {
			continue
		}
		c.AddFact(Fact{Subject: c.ent(xi), Predicate: "alias", Object: -1, Value: &kg.Value{Text: c.R.Mentions[yi].Text, Kind: "Text"},
			Evidence: s.Span, Confidence: 0.9, Rule: rule})
	}
}
