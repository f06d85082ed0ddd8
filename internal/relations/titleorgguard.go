package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/schema"
)

// Guards of TitleOrgName on what stands between the title and the name
// (named in --explain through the rule that uses them).

// titleOrgReachesName reports, for a name with no comma before it (an
// honorific alone: "Mr", "Lord"), whether the title (ending at tj) or an
// organisation ends right before the name at oe: "Federal Reserve chairman
// Mr Greenspan", "head of the Child Support Agency Doug Smith". A title
// followed by other words names someone else: "a spokesman for Mr
// Prescott", "a lawyer representing Mr Doherty", "the government's chief
// witness in its case against Mr Ebbers". A head-first language writes the
// title's field and place before the honorific ("رئيس الجمعية الخيرية
// بمحافظة المزاحمية الدكتور فلان"), so there any words may stand between.
func (c *Context) titleOrgReachesName(tj, oe, first int) bool {
	if c.L.HeadFirst || tj == oe {
		return true
	}
	om := c.prevMention(oe, max(first, oe-6), schema.Organization)
	return om >= 0 && c.R.Mentions[om].Tok[1] == oe
}

// wordAfterTitle reports, in a language that capitalises names, a
// lower-case word right after the title at token j (before the name's
// comma at oe) that is neither a stopword, a title preposition nor the
// start of a mention: the title word was a plain noun or a name's part
// ("than official estimates, Ms Lomax said", "Lion King followed by …,
// Finding Nemo", "the prime minister want to see", Mr Baume said").
func (c *Context) wordAfterTitle(j, oe int) bool {
	if !c.L.CasedNames || j >= oe || c.mentionStarting(j) >= 0 {
		return false
	}
	t := c.Doc.Tokens[j]
	if !isLowerWord(t.Text) || lang.Has(c.L.TitlePrepositions, t.Fold) {
		return false
	}
	_, stop := c.L.Stopwords.Has(t.Text)
	return !stop
}
