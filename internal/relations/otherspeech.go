package relations

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Rule "other-speaker": a speech verb whose subject is not a named person
// — an organisation ("Kalvex maintains that …"), a noun ("The party asserts
// that …", "His agent told the Times newspaper that …") — still reports speech. Its clause becomes a quote of nobody: quoted
// words inside it are not the last speaker's, and the paragraph's speaker
// so far is nobody named (quote-continued and quote-previous-paragraph
// credit no one after it).

const otherSpeakerRule = "other-speaker"

// otherSpeaker reports whether the speech verb at token v, whose speaker
// verbSpeaker left unknown, is spoken by someone not named — not an
// impersonal phrase with no speaker at all, a question ("When asked if"),
// a verb after "and" whose subject is the previous verb's, "he"/"she"
// (the pronoun rules resolve it or leave it out), "I"/"we"/"you" (the
// speaker's own words), or words that are quoted though their marks were
// mispaired.
func (st *quoteState) otherSpeaker(v, first, end int, quotes []quoteMark) bool {
	c := st.c
	if c.L.VerbFirst {
		return false // the verb-first languages mark unnamed subjects themselves (unnamed_sources.txt)
	}
	if c.impersonalSpeech(v, end, first) || v == first || c.Doc.Tokens[v-1].Class == text.Punct {
		return false // "Asked whether …", "“…,” said a spokesman": no subject before the verb
	}
	if m, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, v, end, true); !ok || m.Value.Mode == "direct" {
		return false // "When asked if …": a question, not reported speech
	}
	for k := max(first, v-2); k < v; k++ {
		if lang.Has(c.L.PersonSubjects, c.Doc.Tokens[k].Fold) {
			return false // "he bitterly said": a person, whom the pronoun rules resolve or not
		}
	}
	if c.inMispairedGap(c.Doc.Tokens[v].Start, quotes) {
		return false // "“We understand …. “The executive concedes …, but they say …. “But …”": quoted words all along
	}
	k := v - 1
	for k > first && c.subjectSkip(k) {
		k--
	}
	if f := c.Doc.Tokens[k].Fold; lang.Has(c.L.VoicePronouns, f) || lang.Has(c.L.ListJoiners, f) {
		return false // "We would say to him", "Mr Jolin tipped X and added that": the speaker's own words, the same subject
	}
	return true
}

// addOtherClause records the reported clause of a speech verb whose
// speaker is not named, from token from to the clause's end or the next
// speech verb other than a participle ("Human rights groups say the code
// is not binding - but Mr Straw said …"), which is read next. It returns
// the clause's last token.
func (st *quoteState) addOtherClause(sc *quoteScan, from int) int {
	c := st.c
	end := c.tokenAt(clauseEnd(c, sc.s, from))
	for k := from + 1; k < end; k++ {
		if insideQuote(c.Doc.Tokens[k].Start, sc.quotes) {
			continue
		}
		if _, part := st.part.At(c.Doc.Tokens, k, sc.s.EndToken, true); part {
			continue // "Unilever said …, saying that …": the same subject goes on
		}
		if _, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, k, sc.s.EndToken, true); ok {
			end = k
			break
		}
	}
	last := end - 1
	for last > from && c.Doc.Tokens[last].Class == text.Punct {
		last--
	}
	sc.clauses = append(sc.clauses, clauseInfo{text.Span{Start: c.Doc.Tokens[from].Start, End: c.Doc.Tokens[last].End}, -1, otherSpeakerRule})
	return end - 1
}

// inMispairedGap reports whether byte off lies between a quote whose
// closing mark follows a space — an opening mark in truth, as a quote
// that runs over several sentences opens each one ("“We understand ….
// “The executive concedes …. “But …”") — and the next quote: the words
// there are quoted too.
func (c *Context) inMispairedGap(off int, quotes []quoteMark) bool {
	for i, q := range quotes {
		if q.close.End > off {
			return false
		}
		if i+1 < len(quotes) && quotes[i+1].open.Start > off {
			return strings.HasSuffix(c.Doc.Slice(q.inner()), " ")
		}
	}
	return false
}

// subjectAfterComma returns the person named right before the speech verb
// at v when a comma opens the name, past a title or an honorific (rule
// subject-after-comma: "Speaking at the trial of his former boss Victor
// Hale, Ivo Marr said", "After beating X, Y and Z to the prize, Dana Orlov
// said"): the phrase before the comma is a circumstance, and a person in
// it is not the subject. -1 when there is none, or when the person is the
// complement of a noun ("a spokesman for Mr Hale said").
func (c *Context) subjectAfterComma(v, first int) int {
	if c.L.VerbFirst || v <= first {
		return -1
	}
	pm := c.prevMention(v, first, schema.Person)
	if pm < 0 || c.R.Mentions[pm].Tok[1] != v {
		return -1
	}
	comma := -1
	for k := c.R.Mentions[pm].Tok[0] - 1; k >= first; k-- {
		if c.Doc.Tokens[k].Text == "," {
			comma = k
			break
		}
		if c.Doc.Tokens[k].Class == text.Punct && !c.L.Possessive(c.Doc.Tokens[k]) {
			return -1
		}
	}
	if comma <= first || c.skipLeadingTitle(comma+1, v) != c.R.Mentions[pm].Tok[0] {
		return -1
	}
	if c.complementOf(pm, first) {
		return -1
	}
	return pm
}

// relativeSpeech reports a speech verb at v whose subject — a pronoun or
// a name — follows a relative word (speech_relatives.txt; rule
// relative-speech: "stability, which he said was the cornerstone of the
// programme", "what he calls a crisis"): the words after the verb lack
// their subject, the relative's antecedent; they are no reported clause.
func (c *Context) relativeSpeech(v, first int) bool {
	if c.L.SpeechRelatives == nil {
		return false
	}
	k := v - 1
	for k > first && c.subjectSkip(k) {
		k--
	}
	if k <= first {
		return false
	}
	if mi := c.mentionEndingAt(k+1, []schema.Type{schema.Person, schema.Organization}); mi >= 0 {
		k = c.R.Mentions[mi].Tok[0]
	} else if f := c.Doc.Tokens[k].Fold; !c.isPronoun(f) && !lang.Has(c.L.SubjectPronouns, f) {
		return false
	}
	return k > first && lang.Has(c.L.SpeechRelatives, c.Doc.Tokens[k-1].Fold)
}
