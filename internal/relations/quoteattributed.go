package relations

import (
	"strings"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// QuoteAttributed reads speech credited with an attribution phrase
// (attribution.txt): a short quoted fragment and the clause around it,
// "فإن التكنولوجيا “تصبح أكثر انتشارًا”، على حد قولها"; and, in a sentence
// without quotation marks, "وفقًا لتاناكا، فإن …" and "…، وفقًا لـ X." (the
// clause before it). The source must be a person: one named after the
// phrase, one a single word of the phrase names ("لتاناكا"), or the last
// speaker of the phrase's gender.
func QuoteAttributed() QuoteRule { return quoteAttributed{} }

var _ = registerQuoteRule(QuoteSpec{Name: "quote-attributed", Order: 40, New: QuoteAttributed})

type quoteAttributed struct{}

func (quoteAttributed) Name() string { return "quote-attributed" }

// attributionSpeaker reads an attribution phrase at token k ("على حد
// قولها"): the person named right after it, else the last speaker of its
// gender. ok is false when no phrase starts at k.
func (st *quoteState) attributionSpeaker(k, end int) (spk int, gender string, ok bool) {
	c := st.c
	att, ok := c.L.Attribution.At(c.Doc.Tokens, k, end, true)
	if !ok {
		return -1, "", false
	}
	gender = string(att.Value.Gender)
	if gender == "-" {
		gender = ""
	}
	if pm := c.mentionStarting(att.End); pm >= 0 && c.typeOf(pm) == schema.Person {
		return c.ent(pm), gender, true
	}
	if c.pronounGender(c.Doc.Tokens[k].Fold) != "" {
		return st.pronounSpeaker(k, gender), gender, true // "“…,” he said"
	}
	return st.lastSpeaker(gender), gender, true
}

// readMark takes a quoted fragment followed by an attribution phrase (and
// no speech verb): the clause around the fragment is what was said.
func (r quoteAttributed) readMark(st *quoteState, sc *quoteScan, q quoteMark) bool {
	c, s := st.c, sc.s
	k := sc.afterMark(c, q)
	if k >= s.EndToken {
		return false
	}
	if _, _, ok := st.verbSpeaker(k, s.EndToken, s.FirstToken); ok {
		return false
	}
	if c.nameOnly(q.inner()) || c.nameInMarks(q.open.Start) {
		return false // "وقالت صحيفة «واشنطن بوست»، حسب أصدقاء X": a name in the marks, not a quoted fragment
	}
	spk, g, ok := st.attributionSpeaker(k, s.EndToken)
	if !ok {
		return false
	}
	if from := clauseStart(c, s, q.open.Start); q.words <= fragmentWords && spk >= 0 && from < q.open.Start {
		st.addQuote(spk, text.Span{Start: from, End: q.close.End}, false, s.Span, r.Name(), 0.75)
		st.spoke(spk, g)
		sc.current = spk
		return true
	}
	return false
}

// readSentence reads reported speech before or after an attribution
// phrase in a sentence without quotation marks.
func (r quoteAttributed) readSentence(st *quoteState, sc *quoteScan) bool {
	c, s := st.c, sc.s
	for i := s.FirstToken; i < s.EndToken; i++ {
		m, ok := c.L.Attribution.At(c.Doc.Tokens, i, s.EndToken, true)
		if !ok || m.End >= s.EndToken {
			continue
		}
		spk := -1
		end := m.End
		if pm := c.mentionStarting(m.End); pm >= 0 && c.typeOf(pm) == schema.Person {
			spk, end = c.ent(pm), c.R.Mentions[pm].Tok[1]
		} else if p := c.personByWord(m.End); p >= 0 {
			spk, end = p, m.End+1
		}
		if spk < 0 {
			return false
		}
		var sp text.Span
		if i == s.FirstToken || i == s.FirstToken+1 {
			// Before the clause: skip the comma, an apposition ("According
			// to Lisa Su, chief executive of AMD, demand …") and "فإن"/"إن".
			k := end
			if k+1 < s.EndToken && c.L.IsComma(c.tokText(k)) {
				if _, _, _, _, ok := c.readTitle(c.skipDeterminer(k+1), s.EndToken); ok {
					for j := k + 2; j < s.EndToken && j <= k+12; j++ {
						if t := c.tokText(j); c.L.IsComma(t) {
							k = j
							break
						}
					}
				}
			}
			for k < s.EndToken && (c.Doc.Tokens[k].Class == text.Punct || c.isThatWord(c.Doc.Tokens[k].Fold)) {
				k++
			}
			if k >= s.EndToken {
				return false
			}
			sp = text.Span{Start: c.Doc.Tokens[k].Start, End: clauseEnd(c, s, k)}
		} else {
			e := i
			for e > s.FirstToken && c.Doc.Tokens[e-1].Class == text.Punct {
				e--
			}
			if e == s.FirstToken {
				return false
			}
			sp = text.Span{Start: s.Start, End: c.Doc.Tokens[e-1].End}
		}
		st.addQuote(spk, sp, false, s.Span, r.Name(), 0.7)
		st.spoke(spk, "")
		return true
	}
	return false
}

// isThatWord reports a complementiser that opens reported speech
// (that_words.txt).
func (c *Context) isThatWord(f string) bool {
	_, ok := c.L.ThatWords.Word(f)
	return ok
}

// personByWord finds the person a single word names, proclitics allowed:
// "لتاناكا" is Kenji Tanaka when he was named in full. Later names win.
func (c *Context) personByWord(t int) int {
	best := -1
	for _, f := range text.StripProclitics(c.Doc.Tokens[t].Text) {
		for ei, e := range c.R.Entities {
			if e.Type != schema.Person {
				continue
			}
			names := append([]string{e.Name}, e.Aliases...)
			for _, n := range names {
				for _, w := range strings.Fields(text.FoldName(n)) {
					if w == f && len([]rune(f)) >= 3 {
						best = ei
					}
				}
			}
		}
		if best >= 0 {
			return best
		}
	}
	return best
}
