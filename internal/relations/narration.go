package relations

import (
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// narrationSubject is the rule narration-subject: a sentence of the
// paragraph with no quotation and no reported speech that opens with a
// named person other than the paragraph's speaker so far ("Ruddock,
// though, is keen to protect his players.") names the one a following
// unattributed quotation continues ("“At this stage …”"), unless that
// quotation names the person itself ("“Mr Conte is simply not
// credible”"): then it stays the speaker's so far. A possessor ("X's
// currency is …") is no subject. Only where the subject
// comes before the verb (not VerbFirst).
func (st *quoteState) narrationSubject(sc *quoteScan) {
	c := st.c
	sc.narrator = -1
	if c.L.VerbFirst || sc.current < 0 {
		return
	}
	first, end := sc.s.FirstToken, sc.s.EndToken
	pm := c.mentionStarting(c.skipLeadingTitle(first, end))
	if pm < 0 || c.typeOf(pm) != schema.Person || c.R.Mentions[pm].Entity < 0 {
		return
	}
	pm = c.titledPersonAfter(pm, end)
	if k := c.R.Mentions[pm].Tok[1]; k < end && c.L.Possessive(c.Doc.Tokens[k]) {
		return // "Lesotho's currency is fixed": the possessor is not the subject
	}
	if e := c.ent(pm); e != sc.current {
		sc.narrator = e
	}
}

// continuedSpeaker is who an unattributed quotation q continues: the
// narration's subject (narrationSubject) when one was named and q does not
// name them, else the paragraph's speaker so far.
func (st *quoteState) continuedSpeaker(sc *quoteScan, q quoteMark) int {
	if sc.narrator < 0 || st.c.entityIn(q.inner(), sc.narrator) {
		return sc.current
	}
	return sc.narrator
}

// entityIn reports whether a mention of entity e lies in span sp.
func (c *Context) entityIn(sp text.Span, e int) bool {
	for k := c.tokenAt(sp.Start); k >= 0 && k < len(c.Doc.Tokens) && c.Doc.Tokens[k].Start < sp.End; k++ {
		if mi := c.mentionStarting(k); mi >= 0 && c.R.Mentions[mi].Entity >= 0 && c.ent(mi) == e {
			return true
		}
	}
	return false
}

// pronounAfter returns the gender of a pronoun subject of a speech verb
// right after a closing quotation mark at token k ("“…,” he said", "“…,”
// she added"), or "".
func (c *Context) pronounAfter(k, end int) string {
	for k < end && c.isPunct(k) {
		k++
	}
	if k+1 >= end {
		return ""
	}
	g := c.pronounGender(c.Doc.Tokens[k].Fold)
	if g == "" {
		return ""
	}
	if _, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, k+1, end, true); !ok {
		return ""
	}
	return g
}
