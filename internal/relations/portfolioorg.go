package relations

import (
	"graphbuild/internal/lang"
)

// PortfolioNotEmployer drops the employment facts (worksAt, leads,
// formerlyWorkedAt) whose organisation the text names only as a minister's
// or secretary's portfolio: "Culture, Media and Sport Secretary Tessa
// Jowell" (Sport), "Lord Bach, Minister for Defence Procurement",
// "Children's Minister Margaret Hodge". The portfolio is part of the job
// title, not an employer. An organisation named anywhere else in the text
// ("the UN", "UN Secretary General Kofi Annan" with a two-word title) keeps
// its facts. It runs after the title rules.
func PortfolioNotEmployer() Rule {
	return ruleFunc{"portfolio-not-employer", applyPortfolioNotEmployer}
}

var _ = registerRule(RuleSpec{Name: "portfolio-not-employer", Stage: StageChecks, Order: 10, New: PortfolioNotEmployer})

func applyPortfolioNotEmployer(c *Context, rule string) {
	if c.L.PortfolioTitles == nil || c.L.PortfolioTitles.Len() == 0 {
		return
	}
	portfolio := map[int]bool{} // entity -> named only as a portfolio
	for _, f := range c.Out.Facts {
		if !employment(f.Predicate) || f.Object < 0 || f.Value != nil {
			continue
		}
		if _, seen := portfolio[f.Object]; !seen {
			portfolio[f.Object] = c.onlyPortfolio(f.Object)
		}
	}
	kept := c.Out.Facts[:0]
	for _, f := range c.Out.Facts {
		if employment(f.Predicate) && f.Value == nil && portfolio[f.Object] {
			continue
		}
		kept = append(kept, f)
	}
	c.Out.Facts = kept
}

func employment(p string) bool {
	return p == "worksAt" || p == "leads" || p == "formerlyWorkedAt"
}

// onlyPortfolio reports whether every mention of entity e stands in a
// portfolio slot.
func (c *Context) onlyPortfolio(e int) bool {
	if e >= len(c.R.Entities) || len(c.R.Entities[e].Mentions) == 0 {
		return false
	}
	for _, mi := range c.R.Entities[e].Mentions {
		if !c.portfolioSlot(mi) {
			return false
		}
	}
	return true
}

// portfolioSlot reports whether mention mi is a portfolio: right before a
// one-word portfolio title, a possessive between or not ("Sport Secretary",
// "Children's Minister"), or after one and a title preposition ("Minister
// for Children").
func (c *Context) portfolioSlot(mi int) bool {
	m := c.R.Mentions[mi]
	toks := c.Doc.Tokens
	si := c.sentence(m.Tok[0])
	s := c.Doc.Sentences[si]
	b := m.Tok[1]
	if b < s.EndToken && c.L.Possessive(toks[b]) {
		b++
	}
	if b < s.EndToken && c.onePortfolioWord(b, s.EndToken) {
		return true
	}
	a := m.Tok[0]
	return a-2 >= s.FirstToken && lang.Has(c.L.TitlePrepositions, toks[a-1].Fold) && c.onePortfolioWord(a-2, a-1)
}

// onePortfolioWord reports whether token t is a portfolio title word that is
// a whole title by itself ("Secretary", not "Secretary General").
func (c *Context) onePortfolioWord(t, end int) bool {
	if !lang.Has(c.L.PortfolioTitles, c.Doc.Tokens[t].Fold) {
		return false
	}
	m, ok := c.L.Titles.At(c.Doc.Tokens, t, end, true)
	return !ok || m.End == t+1
}
