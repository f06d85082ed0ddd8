package relations

import (
	"sort"
	"strings"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Quotes finds direct quotes (in “…”, «…», "…") and indirect speech ("قال X
// إن …", "أشار X إلى أن …", "X said that …", "…، أضافت."), and resolves
// their speakers: the name next to the speech verb; a pronoun verb ("قال
// ذلك", "أضافت", "على حد قولها", "he added") goes to the last speaker of
// that gender; a quote with no speaker of its own continues the paragraph's
// speaker, or, when it opens a paragraph, the previous paragraph's.
//
// The work is in two parts. The quote analysis shared by every pattern
// reads the quotation marks (quotemarks.go) and the speakers (speakers.go),
// walks each paragraph sentence by sentence and keeps the speaker so far;
// the quote rules (DefaultQuoteRules, one file each) are the named ways a
// quote is written, and each quote carries the name of the rule that made it.
func Quotes() Rule { return QuotesWith(DefaultQuoteRules()...) }

var _ = registerRule(RuleSpec{Name: "quote", Stage: StageQuotes, Order: 10, New: Quotes})

// QuotesWith is the quote analysis with only the given quote rules, in
// order: a test runs one rule alone with it.
func QuotesWith(rules ...QuoteRule) Rule {
	return ruleFunc{"quote", func(c *Context, _ string) { applyQuotes(c, rules) }}
}

// DefaultQuoteRules returns the quote rules graphbuild runs: every
// declared quote rule (registerQuoteRule, in the rule's own file), in the
// order they are tried.
func DefaultQuoteRules() []QuoteRule {
	var rules []QuoteRule
	for _, s := range QuoteRules() {
		rules = append(rules, s.New())
	}
	return rules
}

// QuoteRule is one named way a quote is written. The quote analysis calls
// a rule at the step its methods name, for each sentence:
//   - findClauses (clauseRule) before the quotation marks are read, to find
//     reported speech ("قال X إن …"); the clauses are emitted as quotes after
//     the marks unless a long direct quote inside carries them;
//   - readMark (markRule) for each quoted stretch, in rule order, until one
//     settles it;
//   - readSentence (sentenceRule) for a sentence with neither quotation
//     marks nor a reported clause, in rule order, until one makes a quote.
type QuoteRule interface {
	Name() string
}

type clauseRule interface {
	QuoteRule
	findClauses(st *quoteState, sc *quoteScan)
}

// markRule reads one quoted stretch; true when it settled the stretch (made
// a quote, or decided there is none), and later rules are not asked.
type markRule interface {
	QuoteRule
	readMark(st *quoteState, sc *quoteScan, q quoteMark) bool
}

// sentenceRule reads a sentence with neither quotation marks nor reported
// clauses; true when it made a quote.
type sentenceRule interface {
	QuoteRule
	readSentence(st *quoteState, sc *quoteScan) bool
}

// fragmentWords is the length up to which a quoted phrase inside reported
// speech is a fragment of that speech, not a quote of its own.
const fragmentWords = 4

// quoteScan is where the analysis stands: the paragraph and the sentence
// being read.
type quoteScan struct {
	para      text.Paragraph
	prevPara  int         // the previous paragraph's last speaker, -1 if none
	firstSent int         // the paragraph's first sentence
	quotes    []quoteMark // the paragraph's quoted stretches
	current   int         // the paragraph's speaker so far, -1 if none
	narrator  int         // a narration sentence's subject since, -1 if none (narration.go)

	si      int
	s       text.Sentence
	inSent  []int        // the sentence's quoted stretches (indexes into quotes)
	clauses []clauseInfo // the sentence's reported speech
}

// clauseInfo is one stretch of reported speech in a sentence.
type clauseInfo struct {
	span    text.Span
	speaker int
	rule    string
}

// addClause records reported speech from token from to the clause's end,
// and returns the clause's last token.
func (st *quoteState) addClause(sc *quoteScan, from, spk int, rule, gender string) int {
	c := st.c
	end := clauseEnd(c, sc.s, from)
	sc.clauses = append(sc.clauses, clauseInfo{text.Span{Start: c.Doc.Tokens[from].Start, End: end}, spk, rule})
	st.spoke(spk, gender)
	return c.tokenAt(end) - 1
}

func applyQuotes(c *Context, rules []QuoteRule) {
	st := &quoteState{c: c, part: c.L.SpeechParticiples}
	defer c.readInstitutionNames()() // rule institution-name-speaker (speakerinstitution.go)
	var clauses []clauseRule
	var marks []markRule
	var sentences []sentenceRule
	for _, r := range rules {
		if r, ok := r.(clauseRule); ok {
			clauses = append(clauses, r)
		}
		if r, ok := r.(markRule); ok {
			marks = append(marks, r)
		}
		if r, ok := r.(sentenceRule); ok {
			sentences = append(sentences, r)
		}
	}
	lastParaSpeaker := -1
	for pi, p := range c.Doc.Paragraphs {
		if !p.Kind.Readable() || p.Kind == text.Byline {
			continue
		}
		lastParaSpeaker = st.paragraph(pi, p, lastParaSpeaker, clauses, marks, sentences)
	}
}

// paragraph finds the quotes of one paragraph and returns its last speaker.
func (st *quoteState) paragraph(pi int, p text.Paragraph, prevPara int, clauseRules []clauseRule, markRules []markRule, sentenceRules []sentenceRule) int {
	c := st.c
	sc := &quoteScan{para: p, prevPara: prevPara, quotes: c.trimReopenedNarration(findQuotes(c.Doc.Text, p.Span)), current: -1, firstSent: -1, narrator: -1}
	used := make([]bool, len(sc.quotes))
	endSent := -1
	for si, s := range c.Doc.Sentences {
		if s.Para == pi {
			if sc.firstSent < 0 {
				sc.firstSent = si
			}
			endSent = si + 1
		}
	}
	if sc.firstSent < 0 {
		return prevPara
	}
	for si := sc.firstSent; si < endSent; si++ {
		sc.si, sc.s = si, c.Doc.Sentences[si]
		sc.inSent, sc.clauses = nil, nil
		for qi, q := range sc.quotes {
			if sc.s.Span.Contains(q.open) {
				sc.inSent = append(sc.inSent, qi)
			}
		}
		for _, r := range clauseRules {
			r.findClauses(st, sc)
		}
		for _, qi := range sc.inSent {
			q := sc.quotes[qi]
			if used[qi] || q.words == 0 {
				continue
			}
			used[qi] = true
			for _, r := range markRules {
				if r.readMark(st, sc, q) {
					break
				}
			}
		}
		for _, cl := range sc.clauses {
			// Long quotes inside were emitted as direct ones; otherwise the
			// clause itself is the indirect quote.
			hasLong := false
			for _, qi := range sc.inSent {
				if cl.span.Contains(sc.quotes[qi].open) && sc.quotes[qi].words > fragmentWords {
					hasLong = true
				}
			}
			if !hasLong {
				st.addQuote(cl.speaker, cl.span, false, sc.s.Span, cl.rule, 0.8)
			}
			sc.current = cl.speaker
		}
		if len(sc.clauses) > 0 || len(sc.inSent) > 0 {
			sc.narrator = -1
			continue
		}
		read := false
		for _, r := range sentenceRules {
			if r.readSentence(st, sc) {
				read = true
				break
			}
		}
		if !read {
			st.narrationSubject(sc)
		}
	}
	if sc.current >= 0 {
		return sc.current
	}
	return -1
}

// inClause returns the reported clause of the sentence holding quote q,
// or -1.
func (sc *quoteScan) inClause(q quoteMark) int {
	for ci, cl := range sc.clauses {
		if cl.span.Contains(q.open) {
			return ci
		}
	}
	return -1
}

// afterMark returns the first token after quote q's closing mark and the
// punctuation after it.
func (sc *quoteScan) afterMark(c *Context, q quoteMark) int {
	k := c.tokenAt(q.close.End)
	for k < sc.s.EndToken && c.Doc.Tokens[k].Class == text.Punct {
		k++
	}
	return k
}

// creditMark records quote q as a direct quote of speaker spk, who becomes
// the paragraph's speaker so far.
func (st *quoteState) creditMark(sc *quoteScan, q quoteMark, spk int, rule string, conf float64) {
	st.addQuote(spk, q.inner(), true, sc.s.Span, rule, conf)
	st.spoke(spk, "")
	sc.current = spk
}

// addQuote records a quote of speaker spk after the checks every rule
// shares: the speaker is a person, the words are a statement and not a
// name or a fragment, and no earlier quote holds them.
func (st *quoteState) addQuote(spk int, sp text.Span, direct bool, ev text.Span, rule string, conf float64) {
	c := st.c
	if spk < 0 || c.R.Entities[spk].Type != schema.Person || sp.Len() <= 0 {
		return
	}
	if c.commonName(spk) {
		return // ممثلو, "Officials": a group noun taken as a name is not a speaker
	}
	if c.orgHeadSpeaker(spk) {
		return // "مكتب الإحصاء الاتحادي": a body the tagger read as a person (speakerevidence.go)
	}
	if c.positionOnlySpeaker(spk) {
		return // "قال مخرج", "ورأى المرصد": one word only its place calls a person
	}
	if c.placeOrBodySpeaker(spk) {
		return // "في هاواي", "نادي تشيلسي": a place or a body the tagger read as a person (speakernotname.go)
	}
	if c.gluedPrepositionSpeaker(spk) {
		return // "للنصر": the object of a preposition, not the speaker (speakernotname.go)
	}
	if direct && (len(strings.Fields(c.Doc.Slice(sp))) < minDirectWords || c.nameOnly(sp) || c.nameInMarks(sp.Start)) {
		return // «ووري بنك», "لينكد إن", بعنوان «…»: a name or a term in quotation marks, not a statement
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
