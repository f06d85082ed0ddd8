package relations

import (
	"strings"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// QuoteHeadline reads a headline or a section heading written "SPEAKER:
// statement" ("وزير البترول: سنختار بنكا محليا …", "الجبير: …", "د.
// الغفيص: …"): the statement is what the person before the colon said. The
// speaker is a person named there, the one person of the article whose
// surname is the word there, or the one person the article gives the title
// there; anything else before the colon (a place, "دراسة", a ministry) makes
// no quote. The person must be named in the article's body too: a name over
// an opinion column ("فيصل الغامدي: القنوات الرياضية في مهب الريح", the
// name again alone on the next line) is its writer, and its title no quote.
func QuoteHeadline() QuoteRule { return quoteHeadline{} }

var _ = registerQuoteRule(QuoteSpec{Name: "quote-headline", Order: 100, New: QuoteHeadline})

type quoteHeadline struct{}

func (quoteHeadline) Name() string { return "quote-headline" }

// headlineSpeakerWords is the most words before the colon of a headline
// quote.
const headlineSpeakerWords = 6

func (r quoteHeadline) readSentence(st *quoteState, sc *quoteScan) bool {
	c, s := st.c, sc.s
	if sc.para.Kind != text.Title && sc.para.Kind != text.Heading || sc.si != sc.firstSent {
		return false
	}
	colon := -1
	for k := s.FirstToken + 1; k < s.EndToken && k <= s.FirstToken+headlineSpeakerWords; k++ {
		if c.Doc.Tokens[k].Text == ":" {
			colon = k
			break
		}
	}
	if colon < 0 || colon+1 >= s.EndToken {
		return false
	}
	spk := c.headlineSpeaker(s.FirstToken, colon)
	if spk < 0 || !c.mentionedOutside(spk, sc.para.Span) {
		return false // "فيصل الغامدي: …" over a column: its writer's title, no one quoted
	}
	sp := text.Span{Start: c.Doc.Tokens[colon+1].Start, End: s.End}
	st.addQuote(spk, sp, false, s.Span, r.Name(), 0.7)
	return true
}

// headlineSpeaker resolves the words [i, colon) before a headline's colon
// to a person, or -1.
func (c *Context) headlineSpeaker(i, colon int) int {
	i = c.skipHonorific(i, colon)
	if i < colon && c.Doc.Tokens[i].Text == "." {
		i++ // "د. الغفيص"
	}
	if i >= colon {
		return -1
	}
	if pm := c.mentionStarting(i); pm >= 0 && c.R.Mentions[pm].Tok[1] == colon {
		if c.typeOf(pm) == schema.Person && c.R.Mentions[pm].Entity >= 0 {
			return c.ent(pm)
		}
		return -1
	}
	if ti, tj, _, _, ok := c.readTitle(i, colon); ok && tj == colon {
		return c.titleHolder(ti, tj) // "وزير البترول:"
	}
	if colon-i != 1 || c.Doc.Tokens[i].Class != text.Word {
		return -1
	}
	word := c.Doc.Tokens[i].Fold // "الجبير:": a surname
	found := -1
	for _, m := range c.R.Mentions {
		if m.Type != schema.Person || m.Entity < 0 || m.Tok[1]-m.Tok[0] < 2 || c.Doc.Tokens[m.Tok[1]-1].Fold != word {
			continue
		}
		if found >= 0 && found != m.Entity {
			return -1
		}
		found = m.Entity
	}
	return found
}

// mentionedOutside reports a mention of entity e in a body paragraph outside
// span sp, and none alone on its line: a name alone on its line is an
// opinion column's byline ("فيصل الغامدي: …" above "فيصل الغامدي\nمن
// المفترض …"), and the headline the column's title.
func (c *Context) mentionedOutside(e int, sp text.Span) bool {
	found := false
	for _, m := range c.R.Mentions {
		if m.Entity != e || sp.Contains(m.Span) {
			continue
		}
		if c.aloneOnLine(m.Span) {
			return false
		}
		for _, p := range c.Doc.Paragraphs {
			if p.Span.Contains(m.Span) && p.Kind == text.Body {
				found = true
			}
		}
	}
	return found
}

// aloneOnLine reports a span with nothing but spaces between it and the
// line breaks (or the text's ends) around it.
func (c *Context) aloneOnLine(sp text.Span) bool {
	t := c.Doc.Text
	before := strings.TrimRight(t[:sp.Start], " \t")
	after := strings.TrimLeft(t[sp.End:], " \t")
	return (before == "" || strings.HasSuffix(before, "\n")) && (after == "" || strings.HasPrefix(after, "\n"))
}
