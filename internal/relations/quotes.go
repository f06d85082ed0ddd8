package relations

import (
	"sort"
	"strings"
	"unicode/utf8"

	"graphbuild/internal/lang"
	"graphbuild/internal/phrase"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// fragmentWords is the length up to which a quoted phrase inside reported
// speech is a fragment of that speech, not a quote of its own.
const fragmentWords = 4

// Quotes finds direct quotes (in “…”, «…», "…") and indirect speech ("قال X
// إن …", "أشار X إلى أن …", "X said that …", "…، أضافت."), and resolves
// their speakers: the name next to the speech verb; a pronoun verb ("قال
// ذلك", "أضافت", "على حد قولها", "he added") goes to the last speaker of
// that gender; a quote with no speaker of its own continues the paragraph's
// speaker, or, when it opens a paragraph, the previous paragraph's.
func Quotes() Rule { return ruleFunc{"quote", applyQuotes} }

type speaker struct {
	ent    int
	gender string
}

type quoteState struct {
	c        *Context
	speakers []speaker // in order of speaking
	part     *phrase.Set[lang.Participle]
}

func applyQuotes(c *Context, rule string) {
	st := &quoteState{c: c, part: c.L.SpeechParticiples}
	lastParaSpeaker := -1
	for pi, p := range c.Doc.Paragraphs {
		if !p.Kind.Readable() || p.Kind == text.Byline {
			continue
		}
		paraSpeaker := st.paragraph(pi, p, lastParaSpeaker, rule)
		lastParaSpeaker = paraSpeaker
	}
}

// quoteMark is one quoted stretch inside a paragraph.
type quoteMark struct {
	open, close text.Span // the marks themselves
	words       int
}

func (q quoteMark) inner() text.Span { return text.Span{Start: q.open.End, End: q.close.Start} }

// findQuotes returns the quoted stretches of a paragraph, outermost only.
func findQuotes(s string, p text.Span) []quoteMark {
	var out []quoteMark
	depth := 0
	var open text.Span
	straightOpen := -1
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
			if depth == 0 {
				if straightOpen < 0 {
					straightOpen = i
				} else {
					out = append(out, quoteMark{open: text.Span{Start: straightOpen, End: straightOpen + 1}, close: text.Span{Start: i, End: i + 1}})
					straightOpen = -1
				}
			}
		}
		i += n
	}
	for k := range out {
		out[k].words = len(strings.Fields(strings.Trim(s[out[k].open.End:out[k].close.Start], " .،,")))
	}
	return out
}

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

// lastSpeaker returns the most recent speaker of the gender ("" for any).
func (st *quoteState) lastSpeaker(gender string) int {
	for k := len(st.speakers) - 1; k >= 0; k-- {
		g := st.speakers[k].gender
		if gender == "" || g == "" || g == gender {
			return st.speakers[k].ent
		}
	}
	return -1
}

func (st *quoteState) spoke(e int, gender string) {
	if e < 0 {
		return
	}
	if gender == "" {
		gender = st.c.genderOf(e)
	}
	st.c.markGender(e, gender)
	st.speakers = append(st.speakers, speaker{e, gender})
}

// verbSpeaker reads a speech verb at token i and its speaker: the person
// named right after it, or right before it; a verb with no name is a
// pronoun, resolved by its gender. It returns the verb's end, the speaker
// (-1 if none) and whether a verb was there.
func (st *quoteState) verbSpeaker(i, end, first int) (int, int, bool) {
	c := st.c
	m, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, i, end, true)
	if !ok || strings.HasPrefix(string(m.Value.Mode), "attrib") {
		return 0, -1, false
	}
	gender := string(m.Value.Gender)
	if gender == "-" {
		gender = ""
	}
	// A name right after the verb is its subject in Arabic ("قال X") and in
	// English only after a quote or a comma ("“…,” said X"): "Ms Chen said
	// Tessaro would …" names what was said about.
	inverted := c.L.VerbFirst || m.Start == first || c.Doc.Tokens[m.Start-1].Class == text.Punct
	if pm := c.mentionStarting(m.End); pm >= 0 && inverted && c.typeOf(pm) == schema.Person {
		// "said Investec economist David Page": a name, a title and a
		// person is an employer the tagger misread, then the speaker.
		if _, j, _, _, ok := c.readTitle(c.R.Mentions[pm].Tok[1], end); ok && !c.L.HeadFirst {
			if p2 := c.mentionStarting(j); p2 >= 0 && c.typeOf(p2) == schema.Person {
				pm = p2
			}
		}
		st.spokeAs(c.ent(pm), gender)
		return c.R.Mentions[pm].Tok[1], c.ent(pm), true
	}
	// "وقال المدير التنفيذي للشركة، طارق العتيبي،": a title first, then the
	// name in apposition.
	if inverted {
		at := m.End
		if om := c.mentionStarting(at); om >= 0 && c.typeOf(om) == schema.Organization {
			at = c.R.Mentions[om].Tok[1] // "wrote Morgan Stanley analyst Tom Becker"
		}
		if at < end && at > m.End && isPossessiveTok(c.Doc.Tokens[at]) {
			at++ // "said GE's chief executive Jeff Immelt"
		}
		if _, j, _, _, ok := c.readTitle(at, end); ok {
			k := j
			for k < end && k-j < 4 && c.Doc.Tokens[k].Text != "،" && c.Doc.Tokens[k].Text != "," {
				if pm := c.mentionStarting(k); pm >= 0 && c.typeOf(pm) == schema.Person {
					break // "analyst Tom Becker": no comma before the name
				}
				k++ // the title's complement: "للشركة", "of the company"
			}
			if k < end && (c.Doc.Tokens[k].Text == "،" || c.Doc.Tokens[k].Text == ",") {
				k++
			}
			if pm := c.mentionStarting(k); pm >= 0 && c.typeOf(pm) == schema.Person {
				st.spokeAs(c.ent(pm), gender)
				return c.R.Mentions[pm].Tok[1], c.ent(pm), true
			}
		}
	}
	if pm := c.mentionStarting(m.End); pm >= 0 && inverted && c.typeOf(pm) != schema.Person {
		return m.End, -1, true // an organisation "said": not a person's quote
	}
	// "X said": the person just before.
	if m.Start > first {
		if pm := c.prevMention(m.Start, max(first, m.Start-1), schema.Person); pm >= 0 && c.R.Mentions[pm].Tok[1] == m.Start {
			st.spokeAs(c.ent(pm), gender)
			return m.End, c.ent(pm), true
		}
	}
	// "she said", "he added": a pronoun just before the verb.
	if m.Start > first && isPronoun(c.Doc.Tokens[m.Start-1].Fold) {
		if g := pronounGender(c.Doc.Tokens[m.Start-1].Fold); g != "" {
			gender = g
		}
		return m.End, st.lastSpeaker(gender), true
	}
	// A participle ("مشيرًا إلى", "adding that") speaks for the subject of
	// the sentence's main verb: the nearest person before it.
	if _, ok := st.part.At(c.Doc.Tokens, m.Start, m.End, true); ok {
		if pm := c.prevMention(m.Start, first, schema.Person); pm >= 0 {
			return m.End, c.ent(pm), true
		}
	}
	if c.orgSubjectWithClause(m.Start, first) {
		return m.End, -1, true // "Unilever, which owns Dove, said": the organisation spoke
	}
	// A subject named earlier in the sentence: "أما ماريا فيرنانديز، مؤسسة
	// Cortexa، …، فقد حذرت من أن …", "Ms Chen, who …, said".
	if m.Start > first {
		// The sentence's first person is its subject; a later one sits in
		// a relative clause ("David Chen, who is not related to Ms Chen,
		// said").
		if pm := c.firstMentionBefore(m.Start, first, schema.Person); pm >= 0 {
			e := c.ent(pm)
			if g := c.genderOf(e); gender == "" || g == "" || g == gender {
				if !c.speechBetween(c.R.Mentions[pm].Tok[1], m.Start) {
					st.spokeAs(e, gender)
					return m.End, e, true
				}
			}
		}
	}
	// A pronoun subject: "قال ذلك", "أضافت", "he said". A verb followed by
	// some other noun ("حذر بعض المطورين", "يشير الخبراء") has a subject
	// that is not a named person.
	k := m.End
	if k < end && c.Doc.Tokens[k].Class == text.Word && !isPronoun(c.Doc.Tokens[k].Fold) && !toWords[c.Doc.Tokens[k].Fold] {
		if _, intro := c.L.QuoteIntroducers.At(c.Doc.Tokens, k, end, true); !intro {
			return m.End, -1, true
		}
	}
	if k < end && isPronoun(c.Doc.Tokens[k].Fold) {
		if g := pronounGender(c.Doc.Tokens[k].Fold); g != "" {
			gender = g
		}
		k++
	}
	return k, st.lastSpeaker(gender), true
}

func (st *quoteState) spokeAs(e int, gender string) {
	if e >= 0 {
		st.c.markGender(e, gender)
	}
}

// genderOf is the gender of entity e: the entities stage's, else the one
// speech marked earlier in this stage.
func (c *Context) genderOf(e int) string {
	if g := c.R.Entities[e].Gender; g != "" {
		return g
	}
	return c.Out.Genders[e]
}

// markGender records the gender speech marks for entity e when neither
// stage knows it yet (Output.Genders).
func (c *Context) markGender(e int, gender string) {
	if gender == "" || c.genderOf(e) != "" {
		return
	}
	if c.Out.Genders == nil {
		c.Out.Genders = map[int]string{}
	}
	c.Out.Genders[e] = gender
}

func isPronoun(f string) bool {
	switch f {
	case "ذلك", "هذا", "he", "she", "they", "هو", "هي":
		return true
	}
	return false
}

func pronounGender(f string) string {
	switch f {
	case "he", "هو":
		return "m"
	case "she", "هي":
		return "f"
	}
	return ""
}

// paragraph finds the quotes of one paragraph and returns its last speaker.
func (st *quoteState) paragraph(pi int, p text.Paragraph, prevPara int, rule string) int {
	c := st.c
	quotes := findQuotes(c.Doc.Text, p.Span)
	used := make([]bool, len(quotes))
	current := -1
	firstSent, endSent := -1, -1
	for si, s := range c.Doc.Sentences {
		if s.Para == pi {
			if firstSent < 0 {
				firstSent = si
			}
			endSent = si + 1
		}
	}
	if firstSent < 0 {
		return prevPara
	}
	for si := firstSent; si < endSent; si++ {
		s := c.Doc.Sentences[si]
		// Quotes in this sentence.
		var inSent []int
		for qi, q := range quotes {
			if s.Span.Contains(q.open) {
				inSent = append(inSent, qi)
			}
		}
		// Indirect speech: a speech verb with an introducer.
		var clauses []clauseInfo
		addClause := func(from, spk int, r, gender string) int {
			end := clauseEnd(c, s, from)
			clauses = append(clauses, clauseInfo{text.Span{Start: c.Doc.Tokens[from].Start, End: end}, spk, r})
			st.spoke(spk, gender)
			return c.tokenAt(end) - 1
		}
	verbs:
		for i := s.FirstToken; i < s.EndToken; i++ {
			if insideQuote(c.Doc.Tokens[i].Start, quotes) {
				continue
			}
			after, spk, ok := st.verbSpeaker(i, s.EndToken, s.FirstToken)
			if ok && debugQuotes {
				println("verb", c.Doc.Tokens[i].Text, "spk", spk, "after", after)
			}
			partGender := ""
			if !ok {
				if m, ok2 := st.part.At(c.Doc.Tokens, i, s.EndToken, true); ok2 {
					// A participle: the speaker is the person of the main clause.
					if pm := c.prevMention(i, s.FirstToken, schema.Person); pm >= 0 {
						after, spk, ok = m.End, c.ent(pm), true
						partGender = string(m.Value.Gender)
					}
				}
			}
			if !ok {
				continue
			}
			// Skip an apposition: "، TITLE …، إن".
			k := after
			if k < s.EndToken && toWords[c.Doc.Tokens[k].Fold] && spk >= 0 {
				// "أشار إلى …", "مشيرًا إلى …": what was pointed to is the speech.
				if k+1 < s.EndToken {
					if _, ok := c.L.QuoteIntroducers.At(c.Doc.Tokens, k+1, s.EndToken, true); !ok {
						i = addClause(k+1, spk, rule+"-indirect", partGender)
						continue verbs
					}
				}
			}
			if c.L.BareClauses && spk >= 0 {
				// English leaves out "that": "Ms Chen said Tessaro would
				// open an office", "he said on Monday it had raised".
				if j := c.englishClauseStart(after, s.EndToken); j >= 0 && !insideQuote(c.Doc.Tokens[j].Start, quotes) {
					i = addClause(j, spk, rule+"-indirect", partGender)
					continue verbs
				}
			}
			for k < s.EndToken && k-after < 25 {
				if intro, ok := c.L.QuoteIntroducers.At(c.Doc.Tokens, k, s.EndToken, true); ok && !insideQuote(c.Doc.Tokens[k].Start, quotes) {
					if intro.End < s.EndToken && spk >= 0 {
						i = addClause(intro.End, spk, rule+"-indirect", partGender)
						continue verbs
					}
					break
				}
				if k > after && c.L.SpeechVerbs != nil {
					if _, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, k, s.EndToken, true); ok {
						break
					}
				}
				k++
			}
		}
		inClause := func(q quoteMark) int {
			for ci, cl := range clauses {
				if cl.span.Contains(q.open) {
					return ci
				}
			}
			return -1
		}
		// Direct quotes of the sentence.
		for _, qi := range inSent {
			q := quotes[qi]
			if used[qi] || q.words == 0 {
				continue
			}
			used[qi] = true
			if ci := inClause(q); ci >= 0 {
				if q.words > fragmentWords {
					st.addQuote(clauses[ci].speaker, q.inner(), true, s.Span, rule+"-direct-in-indirect", 0.85)
					current = clauses[ci].speaker
				}
				continue // a fragment: the indirect clause carries it
			}
			spk := -1
			conf := 0.9
			how := rule + "-direct"
			// Speaker after the quote: "”، قال X", "," said X".
			k := c.tokenAt(q.close.End)
			for k < s.EndToken && c.Doc.Tokens[k].Class == text.Punct {
				k++
			}
			if k < s.EndToken {
				if _, sp, ok := st.verbSpeaker(k, s.EndToken, s.FirstToken); ok {
					spk = sp
				} else if att, ok := c.L.Attribution.At(c.Doc.Tokens, k, s.EndToken, true); ok {
					// "“…”، على حد قولها": an attributed fragment.
					g := string(att.Value.Gender)
					if g == "-" {
						g = ""
					}
					if pm := c.mentionStarting(att.End); pm >= 0 && c.typeOf(pm) == schema.Person {
						spk = c.ent(pm)
					} else {
						spk = st.lastSpeaker(g)
					}
					if from := clauseStart(c, s, q.open.Start); q.words <= fragmentWords && spk >= 0 && from < q.open.Start {
						// "فإن التكنولوجيا “تصبح أكثر انتشارًا”، على حد قولها":
						// the clause around the fragment is what she said.
						st.addQuote(spk, text.Span{Start: from, End: q.close.End}, false, s.Span, rule+"-attributed", 0.75)
						st.spoke(spk, g)
						current = spk
						continue
					}
				} else if pm := c.mentionStarting(c.skipOrgTitle(c.skipHonorific(k, s.EndToken), s.EndToken)); pm >= 0 && c.typeOf(pm) == schema.Person {
					// "“…,” Ms Kowalski said", "“…,” Omar al-Shammari, chief
					// executive of Sadeem Group, told Reuters": the verb after
					// the name and its apposition.
					e := c.R.Mentions[pm].Tok[1]
					if e < s.EndToken && (c.tokText(e) == "," || c.tokText(e) == "،") {
						for j := e + 1; j < s.EndToken && j <= e+12; j++ {
							if t := c.tokText(j); t == "," || t == "،" {
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
			}
			// Speaker before the quote: "قال X: “…”", "X said: "…"".
			if spk < 0 {
				for i := s.FirstToken; i < c.tokenAt(q.open.Start); i++ {
					if insideQuote(c.Doc.Tokens[i].Start, quotes) {
						continue
					}
					if _, sp, ok := st.verbSpeaker(i, c.tokenAt(q.open.Start), s.FirstToken); ok && sp >= 0 {
						spk = sp
					}
				}
			}
			if spk < 0 && c.otherAttribution(c.tokenAt(q.close.End), s.EndToken) {
				continue // "“…,” it added", "“…,” a spokesman said": not the last speaker
			}
			if spk < 0 && current >= 0 {
				spk, conf, how = current, 0.75, rule+"-continued"
			}
			if spk < 0 && prevPara >= 0 && si == firstSent && q.open.Start == p.Start {
				spk, conf, how = prevPara, 0.7, rule+"-previous-paragraph"
			}
			if spk < 0 {
				continue
			}
			st.addQuote(spk, q.inner(), true, s.Span, how, conf)
			st.spoke(spk, "")
			current = spk
		}
		for _, cl := range clauses {
			// Long quotes inside were emitted as direct ones; otherwise the
			// clause itself is the indirect quote.
			hasLong := false
			for _, qi := range inSent {
				if cl.span.Contains(quotes[qi].open) && quotes[qi].words > fragmentWords {
					hasLong = true
				}
			}
			if !hasLong {
				st.addQuote(cl.speaker, cl.span, false, s.Span, cl.rule, 0.8)
			}
			current = cl.speaker
		}
		if len(clauses) > 0 {
			continue
		}
		// "…، أضافت." — reported speech with the verb at the end; "وفقًا
		// لتاناكا، فإن …".
		if len(inSent) == 0 && !st.attributed(s, rule) && !st.trailingVerb(s, rule) {
			st.leadingClause(s, rule)
		}
	}
	if current >= 0 {
		return current
	}
	return -1
}

// trailingVerb reads a sentence that ends with a comma and a bare speech
// verb: everything before the comma is what the speaker said.
func (st *quoteState) trailingVerb(s text.Sentence, rule string) bool {
	c := st.c
	e := s.EndToken
	for e > s.FirstToken && c.Doc.Tokens[e-1].Class == text.Punct {
		e--
	}
	comma := -1
	for k := e - 1; k > s.FirstToken && k >= e-4; k-- {
		if f := c.Doc.Tokens[k].Text; f == "،" || f == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return false
	}
	m, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, comma+1, e, true)
	if !ok || m.End != e && !(m.End < e && c.mentionStarting(m.End) >= 0) {
		return false
	}
	_, spk, _ := st.verbSpeaker(comma+1, e, comma+1)
	if spk < 0 {
		return false
	}
	sp := text.Span{Start: s.Start, End: c.Doc.Tokens[comma].Start}
	st.addQuote(spk, sp, false, s.Span, rule+"-trailing-verb", 0.7)
	return true
}

func insideQuote(off int, qs []quoteMark) bool {
	for _, q := range qs {
		if q.open.Start < off && off < q.close.End {
			return true
		}
	}
	return false
}

// clauseEnd is where reported speech starting at token from ends: the end
// of the sentence, without its final punctuation, or before an author's
// gloss (", حيث", ", as").
func clauseEnd(c *Context, s text.Sentence, from int) int {
	end := s.EndToken
	for k := from; k < s.EndToken-1; k++ {
		t := c.Doc.Tokens[k]
		if t.Text != "،" && t.Text != "," {
			continue
		}
		if glossWord(c.Doc.Tokens[k+1].Fold) || c.speakerAhead(k+1, s.EndToken) {
			end = k
			break
		}
	}
	for end > from && c.Doc.Tokens[end-1].Class == text.Punct && !isCloseQuoteTok(c.Doc.Tokens[end-1].Text) {
		end--
	}
	return c.Doc.Tokens[end-1].End
}

func glossWord(f string) bool {
	switch f {
	case "حيث", "بينما", "while", "as", "which":
		return true
	}
	return false
}

func isCloseQuoteTok(s string) bool { return s == "”" || s == "»" || s == "\"" }

// clauseStart is where the clause holding byte off begins: after the last
// comma before it in the sentence, or the sentence start.
func clauseStart(c *Context, s text.Sentence, off int) int {
	start := s.Start
	for k := s.FirstToken; k < s.EndToken && c.Doc.Tokens[k].Start < off; k++ {
		if t := c.Doc.Tokens[k].Text; t == "،" || t == "," {
			if k+1 < s.EndToken {
				start = c.Doc.Tokens[k+1].Start
			}
		}
	}
	return start
}

func (st *quoteState) addQuote(spk int, sp text.Span, direct bool, ev text.Span, rule string, conf float64) {
	c := st.c
	if spk < 0 || c.R.Entities[spk].Type != schema.Person || sp.Len() <= 0 {
		return
	}
	if c.commonName(spk) {
		return // ممثلو, "Officials": a group noun taken as a name is not a speaker
	}
	if direct && (len(strings.Fields(c.Doc.Slice(sp))) < minDirectWords || c.nameOnly(sp)) {
		return // «ووري بنك», "لينكد إن": a name or a term in quotation marks, not a statement
	}
	for _, q := range c.Out.Quotes {
		if q.Span.Overlaps(sp) {
			return
		}
	}
	if c.fragment(sp, direct) {
		return // "empire-building", "the point": a phrase, not a statement
	}
	if c.bareSpeaker(spk) {
		return // "Novartis said": one word nothing marks as a person's name
	}
	c.Out.Quotes = append(c.Out.Quotes, Quote{Speaker: spk, Span: sp, Direct: direct, Evidence: ev, Confidence: conf, Rule: rule})
}

var debugQuotes = false

// commonName reports a speaker whose name is nothing but ordinary words
// of the language (common_words.txt, domain_words.txt): a group noun or
// another word the tagger took for a person ("ممثلو الادعاء" is the
// prosecutors, not a person named ممثلو).
func (c *Context) commonName(e int) bool {
	words := strings.Fields(c.R.Entities[e].Name)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !c.L.IsCommon(w) {
			return false
		}
	}
	return true
}

// minDirectWords is the fewest words a direct quote has; a shorter quoted
// run is a name or a scare-quoted term.
const minDirectWords = 3

// nameOnly reports whether a quoted span holds nothing but one entity's name
// («مؤسسة النقد», “Wall Street”).
func (c *Context) nameOnly(sp text.Span) bool {
	ms := c.R.Mentions
	if c.index().sorted {
		// Only the mentions starting before the quote's end, from the
		// last one that starts at or before its start.
		hi := sort.Search(len(ms), func(i int) bool { return ms[i].Span.Start >= sp.End })
		lo := sort.Search(hi, func(i int) bool { return ms[i].Span.Start > sp.Start })
		if lo > 0 {
			lo--
		}
		ms = ms[lo:hi]
	}
	for _, m := range ms {
		if m.Entity >= 0 && m.Span.Contains(sp) || sp.Contains(m.Span) && strings.TrimSpace(c.Doc.Slice(sp)) == strings.TrimSpace(m.Text) {
			return true
		}
	}
	return false
}

// speechBetween reports whether a speech verb stands in tokens [from, to):
// then a person before it is that verb's subject, not a later one's.
func (c *Context) speechBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if _, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, k, to, true); ok {
			return true
		}
	}
	return false
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

// attributed reads reported speech credited with an attribution phrase:
// "وفقًا لتاناكا، فإن …" and "…، وفقًا لـ X." (the clause before it). The
// source must be a person.
func (st *quoteState) attributed(s text.Sentence, rule string) bool {
	c := st.c
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
			if k+1 < s.EndToken && (c.tokText(k) == "," || c.tokText(k) == "،") {
				if _, _, _, _, ok := c.readTitle(c.skipDeterminer(k+1), s.EndToken); ok {
					for j := k + 2; j < s.EndToken && j <= k+12; j++ {
						if t := c.tokText(j); t == "," || t == "،" {
							k = j
							break
						}
					}
				}
			}
			for k < s.EndToken && (c.Doc.Tokens[k].Class == text.Punct || isThatWord(c.Doc.Tokens[k].Fold)) {
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
		st.addQuote(spk, sp, false, s.Span, rule+"-attributed", 0.7)
		st.spoke(spk, "")
		return true
	}
	return false
}

var thatWords = foldSet("فإن", "إن", "أن", "that")

func isThatWord(f string) bool { return thatWords[f] }

// englishClauseStart returns where reported speech begins after an English
// speech verb that leaves out "that": after a time phrase ("on Monday",
// "last week") and the hearer of "told" ("told Reuters"); -1 when what
// follows is not a clause (a quote, punctuation, the end).
func (c *Context) englishClauseStart(k, end int) int {
	toks := c.Doc.Tokens
	if k < end && toks[k].Text == "," {
		// "Prices, he said, had risen …": a parenthetical verb between
		// commas; the clause resumes after the second one.
		for j := k - 2; j >= 0 && j >= k-4; j-- {
			if toks[j].Text == "," {
				k++
				break
			}
		}
	}
	for k < end {
		f := toks[k].Fold
		switch {
		case f == "on" || f == "last" || f == "this" || f == "in" && k+1 < end && toks[k+1].Fold == "a":
			k += 2 // "on Monday", "last week", "in a statement"
			if k < end && toks[k-1].Fold == "a" {
				k++
			}
			continue
		case f == "that":
			return k + 1
		}
		if mi := c.mentionStarting(k); mi >= 0 && c.typeOf(mi) == schema.Organization && k > 0 && toks[k-1].Fold == "told" {
			k = c.R.Mentions[mi].Tok[1] // "told Reuters"
			continue
		}
		if (f == "reporters" || f == "analysts" || f == "investors") && k > 0 && toks[k-1].Fold == "told" {
			k++
			continue
		}
		break
	}
	if k >= end || toks[k].Class != text.Word {
		return -1
	}
	return k
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

// clauseInfo is one stretch of reported speech in a sentence.
type clauseInfo struct {
	span    text.Span
	speaker int
	rule    string
}

// firstMentionBefore returns the first mention of one of types that ends
// at or before token t and starts at or after start; -1 if none.
func (c *Context) firstMentionBefore(t, start int, types ...schema.Type) int {
	best := -1
	for i, m := range c.R.Mentions {
		if m.Tok[1] <= t && m.Tok[0] >= start && hasType(m.Type, types) && (best < 0 || m.Tok[0] < c.R.Mentions[best].Tok[0]) {
			best = i
		}
	}
	return best
}

// skipHonorific returns the token after an honorific at k ("Mr", "Ms"),
// or k.
func (c *Context) skipHonorific(k, end int) int {
	if m, ok := c.L.Honorifics.At(c.Doc.Tokens, k, end, true); ok {
		return m.End
	}
	return k
}

// leadingClause reads reported speech that comes before its attribution:
// "Mistral AI will open an office in Abu Dhabi, its chief executive Arthur
// Mensch told Reuters", "…، قال المتحدث باسم الشركة X". The clause runs
// from the sentence start (after a wire dateline's dash) to the comma.
func (st *quoteState) leadingClause(s text.Sentence, rule string) {
	c := st.c
	toks := c.Doc.Tokens
	for k := s.FirstToken + 4; k < s.EndToken-2; k++ {
		if t := toks[k].Text; t != "," && t != "،" {
			continue
		}
		j := k + 1
		for j < s.EndToken && j-k <= 6 {
			if pm := c.mentionStarting(j); pm >= 0 && c.typeOf(pm) == schema.Person {
				e := c.R.Mentions[pm].Tok[1]
				if _, ok := c.L.SpeechVerbs.At(toks, e, s.EndToken, true); ok {
					start := s.FirstToken
					for x := s.FirstToken; x < k && x < s.FirstToken+12; x++ {
						if toks[x].Text == "-" || toks[x].Text == "–" || toks[x].Text == "—" {
							start = x + 1 // "PARIS, Nov. 2 (Reuters) - …"
						}
					}
					if k-start < 4 {
						return
					}
					sp := text.Span{Start: toks[start].Start, End: toks[k-1].End}
					st.addQuote(c.ent(pm), sp, false, s.Span, rule+"-leading-clause", 0.7)
					st.spoke(c.ent(pm), "")
					return
				}
				break
			}
			if toks[j].Class == text.Punct {
				break
			}
			j++
		}
	}
}

// skipOrgTitle returns the token after an organisation and a title at k
// ("Samsung CEO", "Morgan Stanley analyst"), or k.
func (c *Context) skipOrgTitle(k, end int) int {
	at := k
	if om := c.mentionStarting(at); om >= 0 && c.typeOf(om) == schema.Organization {
		at = c.R.Mentions[om].Tok[1]
	}
	if _, j, _, _, ok := c.readTitle(at, end); ok {
		return j
	}
	return k
}

// skipDeterminer returns the token after an article at k, or k.
func (c *Context) skipDeterminer(k int) int {
	if k < len(c.Doc.Tokens) && determiners[c.Doc.Tokens[k].Fold] {
		return k + 1
	}
	return k
}
