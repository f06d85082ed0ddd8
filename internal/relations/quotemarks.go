package relations

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// quoteMark is one quoted stretch inside a paragraph.
type quoteMark struct {
	open, close text.Span // the marks themselves
	words       int
	// ended: the quotation had no closing mark and ends at a full stop
	// before narration (trimReopenedNarration); what follows introduces the
	// next quotation, it does not attribute this one.
	ended bool
}

func (q quoteMark) inner() text.Span { return text.Span{Start: q.open.End, End: q.close.Start} }

// findQuotes returns the quoted stretches of a paragraph, outermost only.
//
// Straight marks are paired by rule "reopened-quote" (text.StraightMarkRole
// tells an opening mark from a closing one by its neighbours). News reopens a quotation at each of its paragraphs without closing the
// one before ("… democracy. "The mock elections …"), so an opening mark
// while a quotation is open ends that one just before the new mark, and a
// quotation still open at the paragraph's end ends there when the next
// paragraph opens with a quotation mark. A mark that is neither opens or
// closes in turn.
func findQuotes(s string, p text.Span) []quoteMark {
	var out []quoteMark
	depth := 0
	var open text.Span
	straightOpen := -1
	pairStraight := func(end int) {
		out = append(out, quoteMark{open: text.Span{Start: straightOpen, End: straightOpen + 1}, close: text.Span{Start: end, End: end}})
		straightOpen = -1
	}
	for i := p.Start; i < p.End; {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '“', '«':
			if depth == 0 {
				open = text.Span{Start: i, End: i + n}
			}
			depth++
		case '”', '»':
			if depth > 0 {
				depth--
				if depth == 0 {
					out = append(out, quoteMark{open: open, close: text.Span{Start: i, End: i + n}})
				}
			}
		case '"':
			if depth != 0 {
				break
			}
			role := text.StraightMarkRole(s, i, p)
			if straightOpen >= 0 && role != text.MarkCloses {
				if j, ok := nestedStraight(s, i, p); ok {
					i = j + 1 // rule nested-straight-quote: tokens of it stay in the outer quotation
					continue
				}
			}
			switch {
			case straightOpen >= 0 && role == text.MarkOpens:
				pairStraight(trimmedEnd(s, straightOpen+1, i))
				straightOpen = i
			case straightOpen >= 0:
				pairStraight(i)
				out[len(out)-1].close.End = i + 1
			case role != text.MarkCloses:
				straightOpen = i
			}
		}
		i += n
	}
	if straightOpen >= 0 && opensQuote(s, p.End) {
		pairStraight(trimmedEnd(s, straightOpen+1, p.End))
	}
	for k := range out {
		out[k].words = len(strings.Fields(strings.Trim(s[out[k].open.End:out[k].close.Start], " .،,")))
	}
	return out
}

// nestedStraight reports whether the straight mark at byte i, met while a
// straight quotation is open, opens a short quoted name inside it (rule
// "nested-straight-quote"): «"… في المصارف التي فيها "ازدواجية الرئيس
// التنفيذي" - حيث …"», «"… خصوصا تنظيم "داعش" تكللت بالنجاح"». News
// writes a name or a term in straight marks inside a quotation that
// straight marks hold; read as a reopened quotation, the outer one would end
// mid-clause and the rest become narration. The inner stretch is nested
// when a letter comes right before its mark (no full stop, colon or comma:
// those end a sentence or introduce a new quotation), it holds at most
// fragmentWords words and no sentence end, its closing mark is not an
// opening one, and a later mark of the paragraph closes the outer
// quotation (another such name may come between). It returns the byte of
// the inner closing mark.
func nestedStraight(s string, i int, p text.Span) (int, bool) {
	j, ok := shortInner(s, i, p)
	if !ok {
		return 0, false
	}
	for k := j + 1; k < p.End; k++ {
		if s[k] != '"' {
			continue
		}
		role := text.StraightMarkRole(s, k, p)
		if role == text.MarkCloses {
			return j, true
		}
		k2, ok := shortInner(s, k, p)
		switch {
		case ok:
			k = k2 // «من ضمنها "مفتونك والدلال" و"لاتناطرني بعين" ومجموعة»
		case role == text.MarkEither:
			return j, true
		default:
			return 0, false
		}
	}
	return 0, false
}

// shortInner returns the closing mark of a short quoted name opening at
// byte i right after a letter (nestedStraight).
func shortInner(s string, i int, p text.Span) (int, bool) {
	before := strings.TrimRightFunc(s[p.Start:i], unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(before)
	if before == "" || !(unicode.IsLetter(r) || r == 'ـ') {
		return 0, false
	}
	j := strings.IndexByte(s[i+1:p.End], '"')
	if j < 0 {
		return 0, false
	}
	j += i + 1
	inner := s[i+1 : j]
	if n := len(strings.Fields(inner)); n == 0 || n > fragmentWords || strings.ContainsAny(inner, ".!?؟:«»“”") {
		return 0, false
	}
	if text.StraightMarkRole(s, j, p) == text.MarkOpens {
		return 0, false
	}
	return j, true
}

// trimReopenedNarration is rule "reopened-quote-narration": a quotation
// with no closing mark of its own (ended by the next opening mark, or by the
// paragraph's end) ends at the first sentence end inside it after which a
// speech verb comes within narrationWords words and that ends the
// quotation within narrationTail words: «وأضافت "نعطي حصصا … من الزيت.
// وتابعت الكوري "نحن …"» — the writer forgot the closing mark, and what
// follows the full stop is narration that names the next speaker, not the
// quotation.
func (c *Context) trimReopenedNarration(qs []quoteMark) []quoteMark {
	toks := c.Doc.Tokens
	for qi, q := range qs {
		if q.close.End > q.close.Start {
			continue // a closing mark of its own
		}
		end := c.tokenAt(q.close.Start)
		for k := c.tokenAt(q.open.End); k < end; k++ {
			if toks[k].Class != text.Punct || !strings.ContainsAny(toks[k].Text, ".!?؟") {
				continue
			}
			if c.speechAhead(k+1, end) && wordsIn(toks[k+1:end]) <= narrationTail {
				qs[qi].close = text.Span{Start: toks[k].End, End: toks[k].End}
				qs[qi].ended = true
				qs[qi].words = len(strings.Fields(strings.Trim(c.Doc.Text[q.open.End:toks[k].End], " .،,")))
				break
			}
		}
	}
	return qs
}

// narrationTail is the most words the narration after the sentence end
// holds (trimReopenedNarration): a verb and its subject with a title
// («وأضاف رئيس الحكومة التركية», «وأضاف لاعب برشلونة ومنتخب اسبانيا السابق
// قوله:»). A longer stretch is a whole narration sentence with reported
// speech of its own, which the sentence split, made before the marks were
// paired, has not cut off; trimmed, its clauses would run to the wrong end.
const narrationTail = 8

func wordsIn(toks []text.Token) int {
	n := 0
	for _, t := range toks {
		if t.Class != text.Punct {
			n++
		}
	}
	return n
}

// narrationWords is how far after a sentence end inside an unclosed
// quotation a speech verb makes the rest narration (trimReopenedNarration):
// «وتابعت الكوري», «من جانبه قال», «وعن أولويات الحكومة قال».
const narrationWords = 4

// speechAhead reports whether a speech verb starts within narrationWords
// words from token k (before end).
func (c *Context) speechAhead(k, end int) bool {
	words := 0
	for j := k; j < end && words < narrationWords; j++ {
		if c.Doc.Tokens[j].Class == text.Punct {
			continue
		}
		if _, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, j, end, true); ok {
			return true
		}
		words++
	}
	return false
}

// trimmedEnd is end moved back over the spaces before it, not before from.
// It steps back by whole characters: a continuation byte of a letter is no
// space (the last byte of م, 0x85, read alone is U+0085, which
// unicode.IsSpace reports as one).
func trimmedEnd(s string, from, end int) int {
	for end > from {
		r, n := utf8.DecodeLastRuneInString(s[from:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return end
}

// opensQuote reports whether the text after byte off, past spaces, starts
// with a quotation mark.
func opensQuote(s string, off int) bool {
	rest := strings.TrimLeftFunc(s[off:], unicode.IsSpace)
	return strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "“")
}

func insideQuote(off int, qs []quoteMark) bool {
	for _, q := range qs {
		if q.open.Start < off && off < q.close.End {
			return true
		}
	}
	return false
}

func isCloseQuoteTok(s string) bool { return s == "”" || s == "»" || s == "\"" }

// tokenAt returns the first token starting at or after byte off.
func (c *Context) tokenAt(off int) int {
	lo, hi := 0, len(c.Doc.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if c.Doc.Tokens[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// clauseEnd is where reported speech starting at token from ends: the end
// of the sentence, without its final punctuation, or before an author's
// gloss (", حيث", ", as").
func clauseEnd(c *Context, s text.Sentence, from int) int {
	end := s.EndToken
	for k := from; k < s.EndToken-1; k++ {
		t := c.Doc.Tokens[k]
		if !c.L.IsComma(t.Text) {
			continue
		}
		if c.glossWord(c.Doc.Tokens[k+1].Fold) || c.speakerAhead(k+1, s.EndToken) {
			end = k
			break
		}
	}
	for end > from && c.Doc.Tokens[end-1].Class == text.Punct && !isCloseQuoteTok(c.Doc.Tokens[end-1].Text) {
		end--
	}
	return c.Doc.Tokens[end-1].End
}

// glossWord reports whether the folded word f opens an author's gloss
// after a comma (gloss_words.txt).
func (c *Context) glossWord(f string) bool {
	_, ok := c.L.GlossWords.Word(f)
	return ok
}

// clauseStart is where the clause holding byte off begins: after the last
// comma before it in the sentence, or the sentence start.
func clauseStart(c *Context, s text.Sentence, off int) int {
	start := s.Start
	for k := s.FirstToken; k < s.EndToken && c.Doc.Tokens[k].Start < off; k++ {
		if t := c.Doc.Tokens[k].Text; c.L.IsComma(t) {
			if k+1 < s.EndToken {
				start = c.Doc.Tokens[k+1].Start
			}
		}
	}
	return start
}

// speakerAhead reports whether a new speaker and speech verb start within a
// few words of token k: ", a figure Ms Kowalski said investors …" ends the
// clause before it and begins another.
func (c *Context) speakerAhead(k, end int) bool {
	for j := k; j < end && j < k+4; j++ {
		if pm := c.mentionStarting(j); pm >= 0 && c.typeOf(pm) == schema.Person {
			e := c.R.Mentions[pm].Tok[1]
			_, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, e, end, true)
			return ok
		}
	}
	return false
}
