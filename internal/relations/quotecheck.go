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

// otherAttribution reports a speech verb within a few words after a
// closing quotation mark at token k whose subject is not "he" or "she":
// "“…,” it added", "“…,” the report said", "“…,” a spokesman said". The
// quote is attributed, to someone not named, so it does not continue the
// last speaker's.
func (c *Context) otherAttribution(k, end int) bool {
	if c.L.VerbFirst {
		return false // the verb comes first: "”، قال X" is read by verbSpeaker
	}
	for k < end && c.isPunct(k) {
		k++
	}
	for v := k; v < end && v <= k+3; v++ {
		if _, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, v, end, true); !ok {
			continue
		}
		if v == k {
			return false // "“…,” said X": read by verbSpeaker
		}
		if v == k+1 && pronounGender(c.Doc.Tokens[k].Fold) != "" {
			return false // "he said": the last speaker of that gender
		}
		return c.mentionStarting(k) < 0 || c.typeOf(c.mentionStarting(k)) != schema.Person
	}
	return false
}
