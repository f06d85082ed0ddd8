package relations

import "strings"

// QuoteContinued credits a quoted statement with no speaker of its own to
// the paragraph's speaker so far: "“…”، قال X. “…”" — unless another
// subject's speech verb follows it ("“…,” it added", "“…,” a spokesman
// said"), which attributes it to someone not named.
func QuoteContinued() QuoteRule { return quoteContinued{} }

var _ = registerQuoteRule(QuoteSpec{Name: "quote-continued", Order: 60, New: QuoteContinued})

type quoteContinued struct{}

func (quoteContinued) Name() string { return "quote-continued" }

func (r quoteContinued) readMark(st *quoteState, sc *quoteScan, q quoteMark) bool {
	if in := st.c.Doc.Slice(q.inner()); strings.HasPrefix(in, " ") {
		// Rule "mispaired-marks": quoted words never start with a space;
		// the text between a closing mark and the next opening one does
		// (an unclosed quote shifted the pairs: "… spending. “The …" ).
		return true
	}
	if st.unnamedAttribution(sc, q) {
		return true // attributed to someone not named: no quote
	}
	if st.unnamedBefore(sc.s.FirstToken, st.c.tokenAt(q.open.Start)) {
		sc.current = -1 // "وحذر المصدر الحكومي من أن «…»": an unnamed source's words
		return true
	}
	if sc.current < 0 || st.c.otherNameBefore(sc.s, q, sc.current) {
		return false
	}
	spk := st.continuedSpeaker(sc, q)
	if g := st.c.pronounAfter(st.c.tokenAt(q.close.End), sc.s.EndToken); g != "" {
		if sg := st.c.genderOf(spk); sg != "" && sg != g {
			// Rule continued-gender: "“The crowd gave me a standing
			// ovation,” he said" after Karen Brady spoke is not hers.
			return true
		}
	}
	if !st.c.L.VerbFirst && st.c.entityIn(q.inner(), spk) {
		// Rule self-named-quote: "“Ruth Kelly wants to ditch the report …”
		// he said" — words that name the speaker so far are not theirs
		// (not in verb-first Arabic, where a programme may bear its
		// presenter's name: «ألو فايز»).
		return true
	}
	st.creditMark(sc, q, spk, r.Name(), 0.75)
	return true
}

// QuotePreviousParagraph credits a quoted statement that opens a paragraph
// and has no speaker of its own to the previous paragraph's last speaker.
func QuotePreviousParagraph() QuoteRule { return quotePreviousParagraph{} }

var _ = registerQuoteRule(QuoteSpec{Name: "quote-previous-paragraph", Order: 70, New: QuotePreviousParagraph})

type quotePreviousParagraph struct{}

func (quotePreviousParagraph) Name() string { return "quote-previous-paragraph" }

func (r quotePreviousParagraph) readMark(st *quoteState, sc *quoteScan, q quoteMark) bool {
	if st.unnamedAttribution(sc, q) {
		return true
	}
	if sc.prevPara < 0 || sc.si != sc.firstSent || q.open.Start != sc.para.Start {
		return false
	}
	st.creditMark(sc, q, sc.prevPara, r.Name(), 0.7)
	return true
}

// unnamedAttribution reports a speech verb after quote q whose subject is
// not "he" or "she" (otherAttribution): the quote is someone else's.
func (st *quoteState) unnamedAttribution(sc *quoteScan, q quoteMark) bool {
	return st.c.otherAttribution(st.c.tokenAt(q.close.End), sc.s.EndToken)
}
