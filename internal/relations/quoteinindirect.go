package relations

// QuoteDirectInIndirect reads quotation marks inside reported speech: a
// long quote ("قال X إن «…»" with more than fragmentWords words) is a
// direct quote of the clause's speaker; a short one is a fragment of the
// clause, which carries it as its indirect quote.
func QuoteDirectInIndirect() QuoteRule { return quoteDirectInIndirect{} }

var _ = registerQuoteRule(QuoteSpec{Name: "quote-direct-in-indirect", Order: 30, New: QuoteDirectInIndirect})

type quoteDirectInIndirect struct{}

func (quoteDirectInIndirect) Name() string { return "quote-direct-in-indirect" }

func (r quoteDirectInIndirect) readMark(st *quoteState, sc *quoteScan, q quoteMark) bool {
	ci := sc.inClause(q)
	if ci < 0 {
		return false
	}
	if q.words > fragmentWords {
		st.addQuote(sc.clauses[ci].speaker, q.inner(), true, sc.s.Span, r.Name(), 0.85)
		sc.current = sc.clauses[ci].speaker
	}
	return true // a fragment: the indirect clause carries it
}
