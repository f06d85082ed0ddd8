package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// MadeBy reads "PRODUCT من ORG" ("GPT من OpenAI", "سلسلة Blackwell من
// Nvidia"), "PRODUCT by ORG", and a product whose maker the lexicon knows
// when that maker is named in the same sentence (a weaker guess).
func MadeBy() Rule { return ruleFunc{"product-from-org", applyMadeBy} }

var _ = registerRule(RuleSpec{Name: "product-from-org", Stage: StageFacts, Order: 110, New: MadeBy})

func applyMadeBy(c *Context, rule string) {
	for pi, pm := range c.R.Mentions {
		if pm.Type != schema.Product || !c.readable(pm.Tok[0]) {
			continue
		}
		k := pm.Tok[1]
		if k+1 < len(c.Doc.Tokens) && c.sentence(k) == c.sentence(pm.Tok[0]) {
			if f := c.Doc.Tokens[k].Fold; lang.Has(c.L.SourcePrepositions, f) || lang.Has(c.L.AgentPrepositions, f) {
				at := k + 1
				if at < len(c.Doc.Tokens) {
					if _, ok := c.L.Triggers.Has(c.Doc.Tokens[at].Text); ok {
						at++ // "نموذج Falak من شركة رقيم"
					}
				}
				if oi := c.mentionStarting(at); oi >= 0 && c.typeOf(oi) == schema.Organization {
					c.AddFact(Fact{Subject: c.ent(oi), Predicate: "developed", Object: c.ent(pi), Evidence: c.sentSpan(k), Confidence: 0.85, Rule: rule})
					continue
				}
			}
		}
		// The lexicon's maker, named in the same sentence.
		if maker := makerOf(c.R.Entities[c.ent(pi)].LexID); maker != "" {
			for _, mi := range c.mentionsIn(c.sentence(pm.Tok[0])) {
				// By the mention's or its entity's identity: "Nvidia" read
				// by the Latin-word rule is the listed Nvidia once resolved.
				if (c.R.Mentions[mi].LexID == maker || c.ent(mi) >= 0 && c.R.Entities[c.ent(mi)].LexID == maker) && c.typeOf(mi) == schema.Organization {
					c.AddFact(Fact{Subject: c.ent(mi), Predicate: "developed", Object: c.ent(pi), Evidence: c.sentSpan(pm.Tok[0]), Confidence: 0.5, Rule: "lexicon-maker"})
				}
			}
		}
	}
}

var makers = func() map[string]string {
	m := map[string]string{}
	for _, e := range schema.Lexicon() {
		if e.Type == schema.Product && e.Maker != "" {
			m[e.ID] = e.Maker
		}
	}
	return m
}()

func makerOf(lexID string) string {
	if lexID == "" {
		return ""
	}
	return makers[lexID]
}

// ByOrgProduct reads "من ORG PRODUCT" in a description ("روبوت … من يوبيتك
// ووكَر إس", "a robot from UBTech, the Walker S"): developed, as a guess.
func ByOrgProduct() Rule { return ruleFunc{"from-org-product", applyByOrgProduct} }

var _ = registerRule(RuleSpec{Name: "from-org-product", Stage: StageFacts, Order: 120, New: ByOrgProduct})

func applyByOrgProduct(c *Context, rule string) {
	for oi, om := range c.R.Mentions {
		if om.Type != schema.Organization || om.Tok[0] == 0 {
			continue
		}
		if f := c.Doc.Tokens[om.Tok[0]-1].Fold; !lang.Has(c.L.SourcePrepositions, f) && !lang.Has(c.L.AgentPrepositions, f) {
			continue
		}
		k := om.Tok[1]
		if k < len(c.Doc.Tokens) && c.L.IsComma(c.tokText(k)) {
			k++
		}
		if pi := c.mentionStarting(k); pi >= 0 && c.typeOf(pi) == schema.Product && c.sentence(k) == c.sentence(om.Tok[0]) {
			c.AddFact(Fact{Subject: c.ent(oi), Predicate: "developed", Object: c.ent(pi), Evidence: c.sentSpan(k), Confidence: 0.6, Rule: rule})
		}
	}
}

// Possessive reads "ORG’s PRODUCT" ("Meta’s Llama"): developed.
func Possessive() Rule { return ruleFunc{"possessive", applyPossessive} }

var _ = registerRule(RuleSpec{Name: "possessive", Stage: StageFacts, Order: 130, New: Possessive})

func applyPossessive(c *Context, rule string) {
	for oi, om := range c.R.Mentions {
		if om.Type != schema.Organization || !c.readable(om.Tok[0]) {
			continue
		}
		k := om.Tok[1]
		if k+1 >= len(c.Doc.Tokens) || c.Doc.Tokens[k].Class != text.Punct || !c.L.Possessive(c.Doc.Tokens[k]) {
			continue
		}
		if pi := c.mentionStarting(k + 1); pi >= 0 && c.typeOf(pi) == schema.Product && c.orgBesidesPossessive(c.ent(oi)) {
			c.AddFact(Fact{Subject: c.ent(oi), Predicate: "developed", Object: c.ent(pi), Evidence: c.sentSpan(k), Confidence: 0.85, Rule: rule})
		}
	}
}

// PronounOwner reads "Its Falak model" / "their Vela chips": the product
// belongs to the organisation the sentence before was about (its first
// organisation), as a guess.
func PronounOwner() Rule { return ruleFunc{"pronoun-owner", applyPronounOwner} }

var _ = registerRule(RuleSpec{Name: "pronoun-owner", Stage: StageFacts, Order: 140, New: PronounOwner})

func applyPronounOwner(c *Context, rule string) {
	for pi, pm := range c.R.Mentions {
		if pm.Type != schema.Product || pm.Tok[0] == 0 || !c.readable(pm.Tok[0]) {
			continue
		}
		k := pm.Tok[0] - 1
		if !lang.Has(c.L.OwnerPronouns, c.Doc.Tokens[k].Fold) || c.sentence(k) != c.sentence(pm.Tok[0]) {
			continue
		}
		si := c.sentence(pm.Tok[0])
		owner := -1
		if first := c.Doc.Sentences[si].FirstToken; k > first {
			owner = c.prevMention(k, first, schema.Organization) // "Tessaro … its Vela"
		}
		if owner < 0 {
			owner = c.firstMentionOf(si-1, schema.Organization)
		}
		if owner >= 0 {
			c.AddFact(Fact{Subject: c.ent(owner), Predicate: "developed", Object: c.ent(pi), Evidence: c.sentSpan(pm.Tok[0]), Confidence: 0.6, Rule: rule})
		}
	}
}
