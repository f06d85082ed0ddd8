package relations

import (
	"strings"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// competingPerson reports whether the sentence before si (in its paragraph)
// or sentence si before token t names a person other than the last speaker
// whom the pronoun could stand for: its gender is the pronoun's (rule
// pronoun-competing-person: "… the last speaker said. But that was not
// enough for Mr Sarkozy. “…,” he said": two men compete, nobody is named
// rather than the wrong one).
func (st *quoteState) competingPerson(si, t int, gender string, last int) bool {
	c := st.c
	from := c.Doc.Sentences[si].FirstToken
	if si > 0 && (c.Doc.Sentences[si-1].Para == c.Doc.Sentences[si].Para || c.opensWithQuote(si)) {
		from = c.Doc.Sentences[si-1].FirstToken
	}
	for s := c.sentence(from); s <= si; s++ {
		// "He portrayed Mr Ebbers as …": a sentence whose subject is the
		// pronoun goes on with the same speaker.
		f := c.Doc.Sentences[s].FirstToken
		for _, k := range []int{f, c.skipOpeningWord(f, t)} {
			if k < t && c.pronounGender(c.Doc.Tokens[k].Fold) == gender {
				return false
			}
		}
	}
	competitor := false
	for k := from; k < t; k++ {
		pm := c.mentionStarting(k)
		if pm < 0 || c.typeOf(pm) != schema.Person {
			continue
		}
		e := c.ent(pm)
		if e == last {
			if c.speaksAt(pm, t) {
				return false // "…, argued Mr Howard": the last speaker spoke here
			}
			continue
		}
		if !st.hasSpoken(e) || c.quotedBefore(k, c.Doc.Sentences[c.sentence(k)].FirstToken) {
			continue
		}
		if g := c.genderOf(e); g != "" && g == gender {
			competitor = true
		}
	}
	return competitor
}

// speaksAt reports whether person mention pm is the subject of a speech
// verb right next to it: "argued Mr Howard", "Mr Howard said", "Daniel
// Sandford, said".
func (c *Context) speaksAt(pm, end int) bool {
	m := c.R.Mentions[pm]
	b := m.Tok[0]
	for b > 0 && b > m.Tok[0]-3 {
		b--
		if v, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, b, m.Tok[0], true); ok && c.skipHonorific(v.End, m.Tok[0]) == m.Tok[0] {
			return true // "argued Mr Howard"
		}
	}
	k := m.Tok[1]
	if k < end && c.Doc.Tokens[k].Text == "," {
		k++
	}
	_, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, k, end, true)
	return k < end && ok
}

// hasSpoken reports whether entity e is among the speakers so far.
func (st *quoteState) hasSpoken(e int) bool {
	for _, s := range st.speakers {
		if s.ent == e {
			return true
		}
	}
	return false
}

// openingPhraseSubject returns the person who is the subject after an
// opening phrase that a function word starts and a comma closes (rule
// pronoun-after-opening-phrase: "In the prosecution's opening statement on
// Monday, Tom Sneddon told the court …. He said"; "At a news conference
// following talks with Mr Blair, Mr Abbas said …"), or -1. A person inside
// the phrase is not the subject.
func (c *Context) openingPhraseSubject(first, end int) int {
	toks := c.Doc.Tokens
	if first >= end || toks[first].Class != text.Word || c.mentionStarting(first) >= 0 {
		return -1
	}
	if _, ok := c.L.Stopwords.Has(toks[first].Text); !ok || c.skipHonorific(first, end) != first {
		return -1 // "Mr Blair held talks with his counterpart, X, …": no opening phrase
	}
	for k := first + 1; k < end && k <= first+15; k++ {
		t := toks[k]
		if t.Class == text.Punct && t.Text != "," && !c.L.Possessive(t) {
			return -1
		}
		if _, ok := c.L.SpeechVerbs.At(toks, k, end, true); ok {
			return -1
		}
		if t.Text != "," {
			continue
		}
		j := c.skipLeadingTitle(k+1, end)
		if pm := c.mentionStarting(j); j < end && pm >= 0 && c.typeOf(pm) == schema.Person {
			return pm
		}
		return -1
	}
	return -1
}

// pronounSegments returns where a pronoun at token t of sentence si looks
// for its antecedent, as {sentence, first, end}: its own sentence up to t,
// then the sentence before. A sentence that ends with a quote's closing
// mark ("… into it.” Mr Mubanga is …") is not split by the reader; rule
// pronoun-quote-boundary splits it there, so "He told …" after "Mr Clarke
// said: “….” Mr Mubanga is the first …" looks at Mr Mubanga's sentence.
func (c *Context) pronounSegments(si, t int) [][3]int {
	first := c.Doc.Sentences[si].FirstToken
	cur := c.innerSentenceStart(first, t)
	segs := [][3]int{{si, cur, t}}
	if cur > first {
		return append(segs, [3]int{si, c.innerSentenceStart(first, cur), cur})
	}
	if si > 0 {
		p := c.Doc.Sentences[si-1]
		segs = append(segs, [3]int{si - 1, c.innerSentenceStart(p.FirstToken, p.EndToken), p.EndToken})
	}
	return segs
}

// innerSentenceStart returns the first token of the last sentence that
// starts inside [first, t): after a closing quotation mark written right
// after a full stop, question or exclamation mark, then a space and a
// capital (not the opening mark of a quote that runs on: "far. “Mark");
// first when there is none.
func (c *Context) innerSentenceStart(first, t int) int {
	toks := c.Doc.Tokens
	for j := t - 1; j >= first+2; j-- {
		q, stop := toks[j-1], toks[j-2]
		closing := q.Start == stop.End && toks[j].Start > q.End // "… it.” Mr": the mark leans on the stop, a space follows
		if closing && isCloseQuoteTok(q.Text) && strings.Contains(".?!", stop.Text) && stop.Class == text.Punct && startsUpperTok(toks[j]) {
			return j
		}
	}
	return first
}
