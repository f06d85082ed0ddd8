package relations

import "strings"

// possessiveTyping is the entity typing rule that makes the owner in "X's Y"
// an organisation because of that possessive alone.
const possessiveTyping = "owner-possessive"

// orgBesidesPossessive reports whether entity e is an organisation for a
// reason other than the possessive the Possessive rule reads: a lexicon
// entry, or a mention the recognizers typed Organization without the
// owner-possessive typing. "Massenet's Thais", "Cherie Blair's Matrix
// Chambers", "Ocean's Twelve": a name typed an organisation only because
// it owns something is a composer, a person or part of a title far more
// often than a maker, so the rule does not credit it with a product.
func (c *Context) orgBesidesPossessive(e int) bool {
	if e < 0 || e >= len(c.R.Entities) {
		return false
	}
	ent := c.R.Entities[e]
	if ent.LexID != "" {
		return true
	}
	for _, mi := range ent.Mentions {
		if m := c.R.Mentions[mi]; !strings.Contains(m.TypedBy, possessiveTyping) {
			return true
		}
	}
	return false
}
