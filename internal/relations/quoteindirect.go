package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// QuoteIndirect reads reported speech: a speech verb and its speaker, then
// what was said, from an introducer ("قال X إن …", "X said that …"), after
// "إلى"/"to" ("أشار إلى …"), or, where the language leaves "that" out
// (BareClauses), right after the verb ("Ms Chen said Tessaro would …"). A
// participle ("مشيرًا إلى أن …", "adding that …") speaks for the person of
// the main clause. The clause runs to the sentence's end or an author's
// gloss.
func QuoteIndirect() QuoteRule { return quoteIndirect{} }

var _ = registerQuoteRule(QuoteSpec{Name: "quote-indirect", Order: 10, New: QuoteIndirect})

type quoteIndirect struct{}

func (quoteIndirect) Name() string { return "quote-indirect" }

func (r quoteIndirect) findClauses(st *quoteState, sc *quoteScan) {
	c, s, quotes := st.c, sc.s, sc.quotes
verbs:
	for i := s.FirstToken; i < s.EndToken; i++ {
		if insideQuote(c.Doc.Tokens[i].Start, quotes) {
			continue
		}
		after, spk, ok := st.verbSpeaker(i, s.EndToken, s.FirstToken)
		partGender := ""
		if !ok {
			if m, ok2 := st.part.At(c.Doc.Tokens, i, s.EndToken, true); ok2 {
				// A participle: the speaker is the person of the main clause.
				pm, _ := c.participleSubject(i, s.FirstToken) // "X criticised Y's plan, adding": X
				if pm >= 0 && insideQuote(c.Doc.Tokens[c.R.Mentions[pm].Tok[0]].Start, quotes) {
					pm = -1 // rule quoted-name-not-speaker: "'… Doug Smith's departure,' she said adding that": not his
				}
				if pm >= 0 && c.reportedBefore(c.R.Mentions[pm].Tok[0], i, s.FirstToken) {
					pm = -1 // rule participle-not-in-report (speakerparticiple.go)
				}
				if pm >= 0 && !c.participleDisagrees(string(m.Value.Gender), c.ent(pm)) {
					after, spk, ok = m.End, c.ent(pm), true
					partGender = string(m.Value.Gender)
				}
			}
		}
		if !ok {
			continue
		}
		if c.relativeSpeech(i, s.FirstToken) {
			st.spoke(spk, partGender) // rule relative-speech: "which he said was the cornerstone": he spoke, no clause
			continue
		}
		// Rule "other-speaker": a verb whose subject is someone not named
		// ("Kalvex maintains that", "His agent told the Times that")
		// reports speech all the same: its clause is nobody's quote, and
		// what follows is not the paragraph's speaker's.
		other := spk == -1 && st.otherSpeaker(i, s.FirstToken, s.EndToken, quotes)
		// Skip an apposition: "، TITLE …، إن".
		k := after
		if k < s.EndToken && lang.Has(c.L.ToWords, c.Doc.Tokens[k].Fold) && spk >= 0 {
			// "أشار إلى …", "مشيرًا إلى …": what was pointed to is the speech.
			if k+1 < s.EndToken {
				if _, ok := c.introducerAt(k+1, s.EndToken); !ok {
					if lang.Has(c.L.ToObjectVerbs, c.Doc.Tokens[i].Fold) {
						// Rule to-object-not-statement: "ودعا إلى جمعية
						// عمومية": a call, no quote; the person still
						// spoke.
						st.spoke(spk, partGender)
						continue verbs
					}
					i = st.addClause(sc, k+1, spk, r.Name(), partGender)
					continue verbs
				}
			}
		}
		if c.L.BareClauses && (spk >= 0 || other) && !c.thatOnlyVerb(i, s.EndToken) {
			// English leaves out "that": "Ms Chen said Tessaro would
			// open an office", "he said on Monday it had raised".
			if j := c.englishClauseStart(after, s.EndToken); j >= 0 && !insideQuote(c.Doc.Tokens[j].Start, quotes) {
				if other {
					i = st.addOtherClause(sc, j)
					continue verbs
				}
				i = st.addClause(sc, j, spk, r.Name(), partGender)
				continue verbs
			}
		}
		limit := 25
		if c.thatOnlyVerb(i, s.EndToken) {
			limit = 1 // "denied that …", not a "that" further on
		}
		for k < s.EndToken && k-after < limit {
			if intro, ok := c.introducerAt(k, s.EndToken); ok && !insideQuote(c.Doc.Tokens[k].Start, quotes) {
				if intro.End < s.EndToken && other {
					i = st.addOtherClause(sc, intro.End)
					continue verbs
				}
				if intro.End < s.EndToken && spk >= 0 {
					i = st.addClause(sc, intro.End, spk, r.Name(), partGender)
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
		if spk >= 0 && after < s.EndToken && c.wordsAfterVerb(after) && !quoteInSpan(quotes, s.Span) {
			// No clause, but words after the verb ("added to
			// speculation", "asked to be tested", "told the board to …"):
			// the person still spoke, and a later "he said" is theirs. A
			// sentence with its own quotation was credited by the quote
			// rules already.
			st.spoke(spk, partGender)
		}
	}
}

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
		if k < end && toks[k-1].Text == "," {
			if _, _, _, _, ok := c.readTitle(c.titleAfterPlainWords(c.skipDeterminer(k), end), end); ok {
				return -1 // "…, said Kurt Karl, economist at Swiss Re": an apposition
			}
		}
	}
	for k < end {
		f := toks[k].Fold
		if m, ok := c.L.ClauseOpeners.At(toks, k, end, false); ok {
			k = m.End + 1 // "on Monday", "last week", "in a statement"
			continue
		}
		if lang.Has(c.L.ThatWords, f) {
			return k + 1
		}
		if mi := c.mentionStarting(k); mi >= 0 && c.typeOf(mi) == schema.Organization && k > 0 && c.hearerVerb(k-1) {
			k = c.R.Mentions[mi].Tok[1] // "told Reuters"
			continue
		}
		if _, ok := c.L.HearerNouns.Word(f); ok && k > 0 && c.hearerVerb(k-1) {
			k++
			continue
		}
		break
	}
	if k >= end || toks[k].Class != text.Word || lang.Has(c.L.TitlePrepositions, toks[k].Fold) {
		return -1 // "said analyst X at Calyon Securities": no clause
	}
	if c.circumstancePhrase(k, end) {
		return -1
	}
	if k > 0 && c.hearerVerb(k-1) {
		return c.afterHearer(k, end)
	}
	if k > 0 && k < end && !lang.Has(c.L.ThatWords, toks[k].Fold) && lang.Has(c.L.HearerOptionalVerbs, toks[k-1].Fold) {
		return c.optionalHearerEnd(k, end)
	}
	return k
}

// circumstancePhrase reports whether token k opens a place, time or
// circumstance phrase rather than reported speech (rule
// circumstance-phrase): a preposition of circumstance_prepositions.txt
// ("she said, after receiving her Oscar", "said in a speech to the club"),
// or the one word left over by a two-word setting ("said in a press
// conference alongside …", "said in a press conference."). A "that"
// further on is still found by the caller's introducer search.
func (c *Context) circumstancePhrase(k, end int) bool {
	toks := c.Doc.Tokens
	if lang.Has(c.L.CircumstancePreps, toks[k].Fold) {
		return true
	}
	if k+1 < end && toks[k+1].Class != text.Punct && !lang.Has(c.L.CircumstancePreps, toks[k+1].Fold) {
		return false
	}
	// "in a press | conference alongside": only right after a setting.
	if k < 2 || c.L.ClauseOpeners == nil {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if m, ok := c.L.ClauseOpeners.At(toks, j, end, false); ok && m.End+1 == k {
			return toks[k].Text == toks[k].Fold // a lowercase noun ends the setting
		}
	}
	return false
}

// optionalHearerEnd reads the hearer a verb may take before "that" (rule
// optional-hearer: "warned the MPs' committee that …", "warned ministers
// that …"): the clause starts after a "that" within four words with no
// punctuation, auxiliary or subject pronoun before it; else at k ("warned
// the economy could slow").
func (c *Context) optionalHearerEnd(k, end int) int {
	toks := c.Doc.Tokens
	for j := k; j < end && j <= k+4; j++ {
		f := toks[j].Fold
		if lang.Has(c.L.ThatWords, f) {
			return j + 1
		}
		if toks[j].Class == text.Punct && !c.L.Possessive(toks[j]) && toks[j].Text != "'" && toks[j].Text != "’" {
			return k
		}
		if lang.Has(c.L.Auxiliaries, f) || lang.Has(c.L.SubjectPronouns, f) {
			return k
		}
	}
	return k
}

// afterHearer returns where the reported clause starts after the hearer of
// "told" that begins at token k ("told a Moscow court that …", "told the
// BBC's World Business Report it would …"): after "that", or at a subject
// pronoun; -1 when the sentence has neither, as the hearer is then all
// there is ("he told a Moscow court.").
func (c *Context) afterHearer(k, end int) int {
	toks := c.Doc.Tokens
	for j := k; j < end && j < k+10; j++ {
		f := toks[j].Fold
		if lang.Has(c.L.ThatWords, f) {
			return j + 1
		}
		if _, ok := c.L.SubjectPronouns.Word(f); ok && j > k {
			return j
		}
		if toks[j].Class == text.Punct && !c.L.Possessive(toks[j]) {
			return -1
		}
	}
	return -1
}

// thatOnlyVerb reports a speech verb at token i whose reported speech needs
// "that" (speech_verbs.txt mode "that"): "denied charges of fraud" is no
// reported speech.
func (c *Context) thatOnlyVerb(i, end int) bool {
	m, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, i, end, true)
	return ok && m.Value.Mode == "that"
}

// hearerVerb reports whether token k is a verb of telling whose hearer
// follows it (hearer_verbs.txt: "told", "tells").
func (c *Context) hearerVerb(k int) bool {
	_, ok := c.L.HearerVerbs.Word(c.Doc.Tokens[k].Fold)
	return ok
}

// participleDisagrees is the rule "participle-gender": a participle whose
// gender differs from the known gender of the person found for it does not
// speak for that person ("أعلنت حكومة الإقليم … أن زيارة الوزير خالد … ،
// مؤكدة أن …": the feminine participle agrees with the government, not with
// the man named in between), so its clause is no quote of his.
func (c *Context) participleDisagrees(pg string, e int) bool {
	if pg == "" || pg == "-" || e < 0 {
		return false
	}
	eg := c.genderOf(e)
	return eg != "" && eg != pg
}

// quoteInSpan reports whether a quotation opens inside span sp.
func quoteInSpan(qs []quoteMark, sp text.Span) bool {
	for _, q := range qs {
		if sp.Start <= q.open.Start && q.open.Start < sp.End {
			return true
		}
	}
	return false
}

// wordsAfterVerb reports whether token k, right after a speech verb whose
// clause was not read, holds words of the verb's own: any word where the
// subject comes before the verb, or a circumstance preposition ("to",
// "after") where the verb comes first and a word after it is its subject.
func (c *Context) wordsAfterVerb(k int) bool {
	if lang.Has(c.L.CircumstancePreps, c.Doc.Tokens[k].Fold) {
		return true
	}
	return !c.L.VerbFirst && c.Doc.Tokens[k].Class == text.Word
}
