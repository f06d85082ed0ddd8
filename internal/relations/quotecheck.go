package relations

import (
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// minQuoteWords is the shortest statement kept as a quote: a quoted
// fragment of one to four words ("empire-building", "digital hole") is a
// phrase the writer borrowed, not something a person is quoted as saying
// (GUIDELINES.md: a snippet is a run of at least five words).
const minQuoteWords = 5

// fragment reports a quote too short to be a statement: under three words,
// or a quoted run of three or four words inside a sentence ("a \"digital
// hole\"", "\"rent, rip and return\"") rather than a short statement
// introduced by a colon or followed by its speech verb ("“Less than 20
// percent,” said Lin").
func (c *Context) fragment(sp text.Span, direct bool) bool {
	n := c.wordsIn(sp)
	if n < 3 {
		return true
	}
	if !direct || n >= minQuoteWords {
		return false
	}
	// A statement ends in its own punctuation inside the marks ("Nobody
	// wants to wait," she added); a borrowed phrase does not.
	if last := c.tokenAt(sp.End) - 1; last >= 0 && c.Doc.Tokens[last].Start >= sp.Start && c.isPunct(last) {
		return false
	}
	// The words just outside the quotation marks.
	before := c.tokenAt(sp.Start) - 1
	for before >= 0 && c.isPunct(before) && c.tokText(before) != ":" {
		before--
	}
	if before >= 0 && c.tokText(before) == ":" {
		return false
	}
	after := c.tokenAt(sp.End)
	for after < len(c.Doc.Tokens) && c.isPunct(after) {
		after++
	}
	if after < len(c.Doc.Tokens) {
		if _, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, after, min(len(c.Doc.Tokens), after+3), true); ok {
			return false
		}
	}
	return true
}

// wordsIn counts the word and number tokens inside span sp.
func (c *Context) wordsIn(sp text.Span) int {
	n := 0
	for k := c.tokenAt(sp.Start); k >= 0 && k < len(c.Doc.Tokens) && c.Doc.Tokens[k].Start < sp.End; k++ {
		if t := c.Doc.Tokens[k]; t.Start >= sp.Start && t.Class != text.Punct {
			n++
		}
	}
	return n
}

// orgSubjectWithClause reports a sentence whose subject is an organisation
// followed by a relative clause, before the speech verb at token v:
// "Unilever, which owns brands including Dove soap, said …". The person
// named inside the clause is not the speaker.
func (c *Context) orgSubjectWithClause(v, first int) bool {
	fm := c.firstMentionBefore(v, first, schema.Person, schema.Organization, schema.Product, schema.Place)
	if fm < 0 || c.R.Mentions[fm].Entity < 0 || c.typeOf(fm) != schema.Organization {
		return false
	}
	k := c.R.Mentions[fm].Tok[1]
	if k+1 >= v || c.tokText(k) != "," || c.isPunct(k+1) {
		return false
	}
	_, rel := c.L.CueBridges.Has(c.Doc.Tokens[k+1].Text) // which, who, that
	return rel && c.tokText(v-1) == ","
}
