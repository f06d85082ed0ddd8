package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/phrase"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// addresseeEnd skips whom a speech verb addresses before its subject: "قال
// لـ«الشرق الأوسط» فلان", "وقال لرويترز فلان". It returns the token after
// the addressee, or k when there is none.
func (c *Context) addresseeEnd(k, end int) int {
	toks := c.Doc.Tokens
	i := k
	if i < end && toks[i].Class == text.Word && c.L.ToClitic(toks[i].Fold) {
		i++
	}
	afterLam := i > k || k > 0 && toks[k-1].Class == text.Word && c.L.ToClitic(toks[k-1].Fold)
	if afterLam && i < end && (isOpenQuoteTok(toks[i].Text) || toks[i].Text == "(") {
		paren := toks[i].Text == "(" // rule hearer-in-parentheses: "وأكدت لـ(عكاظ) مصادر"
		for j := i + 1; j < end && j-i <= 6; j++ {
			if paren && toks[j].Text == ")" || !paren && isCloseQuoteTok(toks[j].Text) {
				return j + 1
			}
			if toks[j].Class == text.Punct {
				return k
			}
		}
		return k
	}
	if om := c.mentionStarting(i); om >= 0 && c.typeOf(om) == schema.Organization {
		m := c.R.Mentions[om]
		if i > k || m.Span.Start > toks[i].Start && c.L.StartsWithTo(toks[i].Fold) {
			return m.Tok[1] // "لـ رويترز", "لرويترز"
		}
	}
	return k
}

func isOpenQuoteTok(s string) bool { return s == "«" || s == "“" || s == "\"" }

// speakerAfterTitle finds the person a title names after its organisation
// and apposition: "أكد عضو مجلس الإدارة المنتدب والرئيس التنفيذي لمجموعة X
// م. فلان أن", "قالت الرئيس التنفيذي لشركة X (Y)، السيدة فلانة:". From token
// j (the title's end) it reads up to a dozen tokens of the title's
// complement (words, names of organisations, a second title, quotes and
// parentheses, at most one comma) and returns the first person, or -1 when
// a speech verb, a that-word or other punctuation comes first.
func (c *Context) speakerAfterTitle(j, end int) int {
	toks := c.Doc.Tokens
	commas := 0
	for k := j; k < end && k-j < 14; k++ {
		if pm := c.mentionStarting(k); pm >= 0 {
			if c.typeOf(pm) == schema.Person {
				if c.governedPerson(pm, c.Doc.Sentences[c.sentence(k)].FirstToken) {
					return -1 // rule governed-not-speaker: "وأعرب اللواء عرفة عن شكره لسمو الأمير X"
				}
				return pm
			}
			k = c.R.Mentions[pm].Tok[1] - 1
			continue
		}
		t := toks[k]
		if t.Class == text.Punct {
			switch t.Text {
			case "«", "»", "\"", "“", "”", "(", ")", "-", ".":
				continue // ". " after the honorific "م."
			}
			if c.L.IsComma(t.Text) {
				if commas++; commas > 1 {
					return -1
				}
				continue
			}
			return -1
		}
		if commas > 0 {
			// After the comma only an honorific may stand before the name.
			if h, ok := c.L.Honorifics.At(toks, k, end, false); ok {
				k = h.End - 1
				continue
			}
			return -1
		}
		if _, ok := c.L.SpeechVerbs.Has(t.Text); ok {
			return -1
		}
		if _, ok := c.introducerAt(k, end); ok {
			return -1
		}
	}
	return -1
}

// introducerAt is QuoteIntroducers.At without the words that are an
// introducer only once a proclitic is cut (not_introducers.txt: "الآن" is
// not ال + أن, "لأن" not ل + أن, "كان" not ك + أن), nor أن after a word that
// makes it a time conjunction (rule time-conjunction: "بعد أن", "قبل أن") or
// part of a modal or an exception (rule modal-conjunction: "يجب أن", "يمكن
// أن", "دون أن", "إلا أن").
func (c *Context) introducerAt(k, end int) (phrase.Match[lang.Word], bool) {
	if k < end {
		if _, ok := c.L.NotIntroducers.EndingAt(c.Doc.Tokens, max(0, k-1), k+1, true); ok {
			return phrase.Match[lang.Word]{}, false
		}
	}
	return c.L.QuoteIntroducers.At(c.Doc.Tokens, k, end, true)
}
