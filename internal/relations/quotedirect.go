package relations

import (
	"strings"

	"graphbuild/schema"
)

// QuoteDirect reads a quoted statement whose speaker is named next to it:
// after the marks ("”، قال X", "," said X", "," Ms Kowalski said", "," Omar
// al-Shammari, chief executive of Sadeem Group, told Reuters", "”، على حد
// قولها") or before them ("قال X: “…”", "X said: "…"").
func QuoteDirect() QuoteRule { return quoteDirect{} }

var _ = registerQuoteRule(QuoteSpec{Name: "quote-direct", Order: 50, New: QuoteDirect})

type quoteDirect struct{}

func (quoteDirect) Name() string { return "quote-direct" }

func (r quoteDirect) readMark(st *quoteState, sc *quoteScan, q quoteMark) bool {
	c, s := st.c, sc.s
	spk := -1
	unnamed := false // a speech verb whose speaker is no named person
	source := false  // its subject is an unnamed source ("قال مصدر"), in any language
	// Speaker after the quote: "”، قال X", "," said X".
	k := sc.afterMark(c, q)
	if c.closedStatement(q) {
		// “… the burglars.” Home Secretary Charles Clarke said …: a quote
		// that ends its sentence inside the marks is not attributed by
		// the next sentence's verb.
		k = s.EndToken
	}
	if k < s.EndToken {
		if _, sp, ok := st.verbSpeaker(k, s.EndToken, s.FirstToken); ok {
			spk, unnamed = sp, sp < 0
			source = sp == unnamedSpeaker
		} else if sp, _, ok := st.attributionSpeaker(k, s.EndToken); ok {
			spk = sp
		} else if p := c.asSaying(k, s.EndToken); p >= 0 {
			spk = p // "“…,” the paper quoted X as saying"
			st.spokeAs(spk, "")
		} else if pm := c.mentionStarting(c.skipOrgTitle(c.skipHonorific(k, s.EndToken), s.EndToken)); pm >= 0 && c.typeOf(pm) == schema.Person {
			// "“…,” Ms Kowalski said", "“…,” Omar al-Shammari, chief
			// executive of Sadeem Group, told Reuters": the verb after
			// the name and its apposition.
			e := c.R.Mentions[pm].Tok[1]
			if e < s.EndToken && c.L.IsComma(c.tokText(e)) {
				for j := e + 1; j < s.EndToken && j <= e+12; j++ {
					if t := c.tokText(j); c.L.IsComma(t) {
						e = j + 1
						break
					}
				}
			}
			if _, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, e, s.EndToken, true); ok {
				spk = c.ent(pm)
				st.spokeAs(spk, "")
			}
		}
		if spk < 0 && !unnamed && !c.L.VerbFirst {
			// "“…?” Mr Kashyap's lawyer Mihir Desai said", "“…,” the
			// play's organiser in Uganda, Sarah Mukasa, told the BBC": the
			// person right before the first speech verb after the quote,
			// else someone not named.
			if v := c.speechVerbAfter(k, s.EndToken); v >= 0 {
				if p := c.personEndingAt(v, k); p >= 0 {
					spk = p
					st.spokeAs(spk, "")
				} else if !c.isPronoun(c.Doc.Tokens[v-1].Fold) {
					unnamed = true
				}
			}
		}
	}
	// Speaker before the quote: "قال X: “…”", "X said: "…"".
	if spk < 0 {
		for i := s.FirstToken; i < c.tokenAt(q.open.Start); i++ {
			if insideQuote(c.Doc.Tokens[i].Start, sc.quotes) {
				continue
			}
			if _, sp, ok := st.verbSpeaker(i, c.tokenAt(q.open.Start), s.FirstToken); ok {
				if sp >= 0 {
					spk = sp
				} else if sp == unnamedSpeaker {
					unnamed, source = true, true // "قال أحد نواب البرلمان: «…»"
				} else if c.tokenAt(q.open.Start)-i <= 3 {
					unnamed = true // "A spokeswoman for the department said: “…”"
				}
			}
		}
	}
	if spk < 0 && unnamed && (!c.L.VerbFirst || source) {
		// "“…,” said a spokesman", "Officials said: “…”": someone not
		// named spoke; the quote and the ones continuing it are not the
		// last speaker's.
		sc.current = -1
		return true
	}
	if spk < 0 {
		return false
	}
	st.creditMark(sc, q, spk, r.Name(), 0.9)
	return true
}

// closedStatement reports an English quote whose words end with a full
// stop inside the marks ("… the burglars."): the writer closed the
// sentence, so what follows the marks starts another; so does a quotation
// that rule reopened-quote-narration ended at a full stop. Arabic news often
// writes «…». قال X, so the check is English-only (BareClauses).
func (c *Context) closedStatement(q quoteMark) bool {
	if q.ended {
		return true // «"… من الزيت. وتابعت الكوري "…"»: rule reopened-quote-narration
	}
	if !c.L.BareClauses {
		return false
	}
	in := strings.TrimRight(c.Doc.Slice(q.inner()), " ")
	return strings.HasSuffix(in, ".") && !strings.HasSuffix(in, "...")
}

// speechVerbAfter returns the first speech verb within ten tokens after
// token k in the sentence, before any closing of the clause (a full stop or
// another quotation), or -1.
func (c *Context) speechVerbAfter(k, end int) int {
	for v := k; v < end && v <= k+10; v++ {
		t := c.Doc.Tokens[v].Text
		if t == "." || t == "\"" || t == "“" || t == "”" || t == ":" {
			return -1
		}
		if _, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, v, end, true); ok && v > k {
			return v
		}
	}
	return -1
}

// personEndingAt returns the entity of the person named right before token
// v (a comma between allowed: "Sarah Mukasa, told"), not before token from,
// or -1.
func (c *Context) personEndingAt(v, from int) int {
	e := v
	if e-1 > from && c.tokText(e-1) == "," {
		e--
	}
	if pm := c.prevMention(e, max(from, e-maxPersonWords), schema.Person); pm >= 0 && c.R.Mentions[pm].Tok[1] == e {
		return c.ent(pm)
	}
	return -1
}
