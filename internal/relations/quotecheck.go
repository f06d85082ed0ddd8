package relations

import (
	"slices"
	"strings"

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
	if !direct {
		// Reported speech of one to four words is what followed the verb
		// but was not said: "said earlier this month", "told a Moscow
		// court", "said analyst X at Calyon Securities".
		return n < minQuoteWords && !c.L.VerbFirst && !c.hasAuxiliary(sp)
	}
	if n >= minQuoteWords {
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
		if v == k+1 && c.pronounGender(c.Doc.Tokens[k].Fold) != "" {
			return false // "he said": the last speaker of that gender
		}
		return c.mentionStarting(k) < 0 || c.typeOf(c.mentionStarting(k)) != schema.Person
	}
	return false
}

// bareSpeaker reports a speaker, in a language that capitalises names and
// puts the verb after its subject (English), known only by one word that
// nothing marks as a person's name: no given name (first_names.txt), no
// honorific or title before it or as its apposition, no longer person name
// it is part of. "Novartis said", "Downing St said", "Asahi said": an
// organisation or a place the tagger typed Person; its quote is left out
// rather than credited to a guess.
func (c *Context) bareSpeaker(spk int) bool {
	if c.L.VerbFirst || !c.L.CasedNames {
		return false
	}
	e := c.R.Entities[spk]
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if len(strings.Fields(n)) != 1 {
			return false // a full name
		}
	}
	word := text.FoldName(e.Name)
	if _, ok := c.L.FirstNames.Has(word); ok {
		return false
	}
	toks := c.Doc.Tokens
	seen := false
	for _, m := range c.R.Mentions {
		if m.Entity != spk {
			if m.Type == schema.Person && m.Tok[1]-m.Tok[0] > 1 && slices.Contains(strings.Fields(text.FoldName(m.Text)), word) {
				return false // the surname of a person named in full
			}
			continue
		}
		seen = true
		if m.Tok[1]-m.Tok[0] != 1 || m.Gender != "" {
			return false
		}
		if _, ok := c.L.FirstNames.Has(toks[m.Tok[0]].Fold); ok {
			return false
		}
		b := m.Tok[0]
		if b > 0 && toks[b-1].Text == "." {
			b-- // "Mr. Kuroda"
		}
		if _, ok := c.L.Honorifics.EndingAt(toks, max(0, b-4), b, true); ok {
			return false
		}
		if _, ok := c.L.Titles.EndingAt(toks, max(0, b-6), b, true); ok {
			return false
		}
		// "Kuroda, the governor of …"
		if k := m.Tok[1]; k < len(toks) && toks[k].Text == "," {
			k = c.skipDeterminer(k + 1)
			if k < len(toks) {
				if _, ok := c.L.Titles.At(toks, k, min(len(toks), k+6), true); ok {
					return false
				}
			}
		}
	}
	for _, oe := range c.R.Entities {
		if oe.Type != schema.Person || len(strings.Fields(oe.Name)) < 2 {
			continue
		}
		if slices.Contains(strings.Fields(text.FoldName(oe.Name)), word) {
			return false
		}
	}
	return seen
}

// hasAuxiliary reports an auxiliary or modal verb inside span sp.
func (c *Context) hasAuxiliary(sp text.Span) bool {
	for k := c.tokenAt(sp.Start); k >= 0 && k < len(c.Doc.Tokens) && c.Doc.Tokens[k].Start < sp.End; k++ {
		if _, ok := c.L.Auxiliaries.Word(c.Doc.Tokens[k].Fold); ok {
			return true
		}
	}
	return false
}
