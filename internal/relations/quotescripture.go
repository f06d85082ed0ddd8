package relations

import "graphbuild/internal/text"

// QuoteScripture settles a quoted stretch that cites a scripture or a
// saying of the Prophet ("مستشهدا بقوله تعالى: «…»", "قال النبي صلى الله
// عليه وسلم: «…»", "إن الله عز وجل يقول في كتابه: «…»"): the words are the
// cited text, not the speaker's own, so no quote is made of them and later
// rules are not asked. The cue is a phrase of scripture_cues.txt that ends
// at most scriptureGap words before the opening mark, with no comma or full
// stop between.
func QuoteScripture() QuoteRule { return quoteScripture{} }

var _ = registerQuoteRule(QuoteSpec{Name: "quote-scripture", Order: 20, New: QuoteScripture})

type quoteScripture struct{}

func (quoteScripture) Name() string { return "quote-scripture" }

// scriptureGap is the most words between a scripture cue and the opening
// mark ("صلى الله عليه وسلم قال: «", "عز وجل يقول في كتابه الكريم: «").
const scriptureGap = 6

func (r quoteScripture) readMark(st *quoteState, sc *quoteScan, q quoteMark) bool {
	return st.c.scriptureBefore(sc.s.FirstToken, q.open.Start)
}

// scriptureBefore reports a scripture cue ending shortly before the quote
// that opens at offset start, in the sentence starting at token first.
func (c *Context) scriptureBefore(first, start int) bool {
	set := c.L.ScriptureCues
	if set == nil {
		return false
	}
	open := c.tokenAt(start)
	toks := c.Doc.Tokens
	for end := open; end > first && open-end <= scriptureGap; end-- {
		t := toks[end-1]
		if t.Class == text.Punct && t.Text != ":" && t.Text != "-" && t.Text != "ـ" {
			if end < open {
				return false // "بإذن الله تعالى، وأضاف: «…»": the cue is another clause's
			}
			continue // the opening mark itself, or a colon
		}
		if _, ok := set.EndingAt(toks, first, end, true); ok {
			return true
		}
	}
	return false
}
