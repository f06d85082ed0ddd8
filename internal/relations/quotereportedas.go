package relations

import (
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// QuoteReportedAs reads speech a report cites from a named person: the
// person is named right before a reported_as phrase ("ونقل البيان عن وانغ
// يي قوله إن …", "ونقلت الوكالة عن X قوله: «…»", "the paper quoted X as
// saying that …"). The person is the speaker, not the body that carries
// the words; what follows an introducer is the reported clause, and a
// quotation opening right after the phrase (a colon between at most) is
// theirs.
func QuoteReportedAs() QuoteRule { return quoteReportedAs{} }

var _ = registerQuoteRule(QuoteSpec{Name: "quote-reported-as", Order: 15, New: QuoteReportedAs})

type quoteReportedAs struct{}

func (quoteReportedAs) Name() string { return "quote-reported-as" }

// reportedAsAt reads a reported_as phrase at token i with a person's name
// ending right before it; it returns the person's entity and the phrase's
// end.
func (c *Context) reportedAsAt(i, first, end int) (int, int, bool) {
	if c.L.ReportedAs == nil {
		return -1, 0, false
	}
	m, ok := c.L.ReportedAs.At(c.Doc.Tokens, i, end, true)
	if !ok || m.Start <= first {
		return -1, 0, false
	}
	pm := c.prevMention(m.Start, max(first, m.Start-maxPersonWords), schema.Person)
	if pm < 0 || c.R.Mentions[pm].Tok[1] != m.Start {
		return -1, 0, false
	}
	return c.ent(pm), m.End, true
}

func (r quoteReportedAs) findClauses(st *quoteState, sc *quoteScan) {
	c, s := st.c, sc.s
	for i := s.FirstToken; i < s.EndToken; i++ {
		if insideQuote(c.Doc.Tokens[i].Start, sc.quotes) {
			continue
		}
		spk, k, ok := c.reportedAsAt(i, s.FirstToken, s.EndToken)
		if !ok {
			continue
		}
		if intro, ok := c.introducerAt(k, s.EndToken); ok && intro.End < s.EndToken && !insideQuote(c.Doc.Tokens[k].Start, sc.quotes) {
			i = st.addClause(sc, intro.End, spk, r.Name(), "")
			continue
		}
		st.spoke(spk, "")
	}
}

func (r quoteReportedAs) readMark(st *quoteState, sc *quoteScan, q quoteMark) bool {
	c, s := st.c, sc.s
	open := c.tokenAt(q.open.Start)
	k := open
	if k > s.FirstToken && c.Doc.Tokens[k-1].Class == text.Punct && c.Doc.Tokens[k-1].Text == ":" {
		k--
	}
	for i := max(s.FirstToken, k-3); i < k; i++ {
		if insideQuote(c.Doc.Tokens[i].Start, sc.quotes) {
			continue
		}
		if spk, e, ok := c.reportedAsAt(i, s.FirstToken, k); ok && e == k {
			st.spoke(spk, "")
			st.creditMark(sc, q, spk, r.Name(), 0.9)
			return true
		}
	}
	return false
}
