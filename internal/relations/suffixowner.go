package relations

import (
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// SuffixOwner reads a product noun that carries a possessive suffix right
// before a product's name (owned_product_nouns: "لمبيعات هواتفها الذكية
// آيفون", "سيارتها الجديدة «كويد»"): the product is its owner's, the
// organisation named before in the sentence (with no relative clause
// between), else, when the sentence speaks of "الشركة", the organisation the
// article is about so far. A product with a glued preposition ("للآيفون")
// is what the thing is made for. Up to two definite adjectives and a quote may
// stand between noun and name.
func SuffixOwner() Rule { return ruleFunc{"suffix-owner", applySuffixOwner} }

var _ = registerRule(RuleSpec{Name: "suffix-owner", Stage: StageFacts, Order: 150, New: SuffixOwner})

func applySuffixOwner(c *Context, rule string) {
	if c.L.OwnedProductNouns == nil {
		return
	}
	for pi, pm := range c.R.Mentions {
		if pm.Type != schema.Product || pm.Entity < 0 || !c.readable(pm.Tok[0]) {
			continue
		}
		first := c.Doc.Sentences[c.sentence(pm.Tok[0])].FirstToken
		k := pm.Tok[0] - 1
		for k >= first && c.Doc.Tokens[k].Class == text.Punct && isOpeningMark(c.Doc.Tokens[k].Text) {
			k--
		}
		for n := 0; n < 2 && k > first && c.L.Definite(c.Doc.Tokens[k].Fold); n++ {
			k-- // "هواتفها الذكية": an adjective after the noun
		}
		if k < first {
			continue
		}
		if _, ok := c.L.OwnedProductNouns.Has(c.Doc.Tokens[k].Text); !ok {
			continue
		}
		if pm.Span.Start > c.Doc.Tokens[pm.Tok[0]].Start {
			continue // "تطبيقها للآيفون": made for the product, not the product
		}
		owner := c.prevMention(k, first, schema.Organization)
		conf := 0.7
		if owner >= 0 && c.relativeBetween(c.R.Mentions[owner].Tok[1], k) {
			continue // "أناشيد «داعش» التي تستمع إليها من خلال هاتفها": the ها is someone else's
		}
		if owner < 0 && c.anaphorBefore(first, k) {
			owner, conf = c.topicOrganization(k), 0.6 // "ولم تحقق الشركة … هواتفها"
		}
		if owner < 0 {
			continue
		}
		c.AddFact(Fact{Subject: c.ent(owner), Predicate: "developed", Object: c.ent(pi), Evidence: c.sentSpan(pm.Tok[0]), Confidence: conf, Rule: rule})
	}
}

// isOpeningMark reports an opening quote or bracket.
func isOpeningMark(s string) bool {
	return s == "\"" || s == "«" || s == "“" || s == "(" || s == "'" || s == "‘"
}

// relativeBetween reports a relative pronoun among tokens [a, b).
func (c *Context) relativeBetween(a, b int) bool {
	for t := a; t < b; t++ {
		if _, ok := c.L.RelativePronouns.Has(c.Doc.Tokens[t].Text); ok {
			return true
		}
	}
	return false
}

// anaphorBefore reports a company anaphor ("الشركة") among tokens [a, b).
func (c *Context) anaphorBefore(a, b int) bool {
	for t := a; t < b; t++ {
		if c.isCompanyAnaphor(t) {
			return true
		}
	}
	return false
}
