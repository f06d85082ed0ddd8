package relations

import (
	"graphbuild/internal/entities"
	"graphbuild/schema"
)

// OwnedProduct reads a product its owner names with a product noun
// ("Kestral's new handheld console, the Vexa", "its new ShieldGuard
// technology"): the owner developed it. The owner is the organisation before
// "'s", or, for "its"/"their", the organisation before the pronoun in the
// sentence, else the first of the sentence before (a guess). The pattern is
// entities.OwnedProduct, which also types the name.
func OwnedProduct() Rule { return ruleFunc{"owned-product", applyOwnedProduct} }

var _ = registerRule(RuleSpec{Name: "owned-product", Stage: StageFacts, Order: 160, New: OwnedProduct})

func applyOwnedProduct(c *Context, rule string) {
	for pi, pm := range c.R.Mentions {
		if pm.Type != schema.Product || !c.readable(pm.Tok[0]) {
			continue
		}
		owner, pron, ok := entities.OwnedProduct(c.Doc, c.L, c.R.Mentions, pi)
		if !ok {
			continue
		}
		conf := 0.85
		if owner < 0 {
			si := c.sentence(pron)
			if first := c.Doc.Sentences[si].FirstToken; pron > first {
				owner = c.prevMention(pron, first, schema.Organization)
			}
			if owner < 0 {
				owner = c.firstMentionOf(si-1, schema.Organization)
			}
			conf = 0.6
		}
		if owner >= 0 && c.typeOf(owner) == schema.Organization {
			c.AddFact(Fact{Subject: c.ent(owner), Predicate: "developed", Object: c.ent(pi), Evidence: c.sentSpan(pm.Tok[0]), Confidence: conf, Rule: rule})
		}
	}
}
