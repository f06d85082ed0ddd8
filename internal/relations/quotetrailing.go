package relations

import "graphbuild/internal/text"

// QuoteTrailingVerb reads a sentence that ends with a comma and a bare
// speech verb, "…، أضافت.", "…, he said.": everything before the comma is
// what the verb's speaker said.
func QuoteTrailingVerb() QuoteRule { return quoteTrailingVerb{} }

var _ = registerQuoteRule(QuoteSpec{Name: "quote-trailing-verb", Order: 80, New: QuoteTrailingVerb})

type quoteTrailingVerb struct{}

func (quoteTrailingVerb) Name() string { return "quote-trailing-verb" }

func (r quoteTrailingVerb) readSentence(st *quoteState, sc *quoteScan) bool {
	c, s := st.c, sc.s
	e := s.EndToken
	for e > s.FirstToken && c.Doc.Tokens[e-1].Class == text.Punct {
		e--
	}
	comma := -1
	for k := e - 1; k > s.FirstToken && k >= e-4; k-- {
		if f := c.Doc.Tokens[k].Text; c.L.IsComma(f) {
			comma = k
			break
		}
	}
	if comma < 0 {
		return false
	}
	m, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, comma+1, e, true)
	if !ok || m.End != e && !(m.End < e && c.mentionStarting(m.End) >= 0) {
		return false
	}
	cut := comma
	_, spk, _ := st.verbSpeaker(comma+1, e, comma+1)
	if p, at := c.appositionSpeaker(comma, s.FirstToken); p >= 0 && m.End == e {
		spk, cut = p, at // "…, her lawyer, Perry Wander, said."
		st.spoke(spk, "")
	}
	if spk < 0 {
		return false
	}
	sp := text.Span{Start: s.Start, End: c.Doc.Tokens[cut].Start}
	st.addQuote(spk, sp, false, s.Span, r.Name(), 0.7)
	return true
}
