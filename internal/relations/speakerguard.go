package relations

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// The checks that keep a speech verb from being credited to the wrong
// person in English: a passive verb has no speaker ("is said to have
// turned down", "it is predicted that", "was told"), and a verb whose
// subject is a noun that is not a person's name ("The ILO estimated that",
// "Mr Glazer's financial backers have said", "analysts say", "who it says
// headed") is someone else's speech, not the last speaker's.

// passiveSpeech reports a speech verb at token v that is passive: a form
// of "be" right before it (with passive_adverbs between: "also", "widely").
func (c *Context) passiveSpeech(v, first int) bool {
	for k := v - 1; k >= first && k >= v-3; k-- {
		f := c.Doc.Tokens[k].Fold
		if _, ok := c.L.BeVerbs.Word(f); ok {
			return true
		}
		if !lang.Has(c.L.PassiveAdverbs, f) {
			return false
		}
	}
	return false
}

// nonPersonSubject reports a speech verb at token v whose subject, right
// before it (past auxiliaries and adverbs), is a word that is not part of a
// person's name nor he/she: a common noun ("analysts", "backers", "the
// report"), an organisation ("The ILO"), or an impersonal pronoun ("it",
// "they"). A comma there is an apposition or a relative clause after the
// subject, which the caller resolves; a quotation mark is a quote's end.
func (c *Context) nonPersonSubject(v, first int) bool {
	if c.L.VerbFirst {
		return false
	}
	k := v - 1
	for k >= first && c.subjectSkip(k) {
		k--
	}
	if k < first {
		return false
	}
	t := c.Doc.Tokens[k]
	if t.Class == text.Punct && !c.L.Possessive(t) {
		return false
	}
	if lang.Has(c.L.PersonSubjects, t.Fold) {
		return false // "who said": the person before it, found by the caller
	}
	if _, ok := c.L.ImpersonalSubjects.Word(t.Fold); ok {
		return true
	}
	if t.Class != text.Word {
		return false
	}
	for _, mi := range c.mentionsCovering(k) {
		if c.typeOf(mi) == schema.Person {
			// "A spokesman for Mr Glazer said", "a friend of Jones says":
			// the person is the complement of the subject noun.
			return c.complementOf(mi, first)
		}
		if c.affiliationOfPerson(mi, first) {
			return false // "Mr Hirsch from Retail Banking Research said"
		}
	}
	return true
}

// affiliationOfPerson reports an organisation or place mention mi joined
// by "from", "of", "at" or "with" to a person's name right before it: "Mr
// Hirsch from Retail Banking Research", "Jim Lee of Acme".
func (c *Context) affiliationOfPerson(mi, first int) bool {
	j := c.R.Mentions[mi].Tok[0] - 1
	if j > first && lang.Has(c.L.DefiniteArticles, c.Doc.Tokens[j].Fold) {
		j--
	}
	if j <= first {
		return false
	}
	if !lang.Has(c.L.AffiliationPreps, c.Doc.Tokens[j].Fold) {
		return false
	}
	pm := c.prevMention(j, max(first, j-maxPersonWords), schema.Person)
	return pm >= 0 && c.R.Mentions[pm].Tok[1] == j
}

// asSaying returns the person named right before "as saying" within a few
// words after token k: "“…,” the newspaper quoted Qantas chief executive
// Geoff Dixon as saying"; -1 if none.
func (c *Context) asSaying(k, end int) int {
	for j := k; j+1 < end && j < k+14; j++ {
		if m, ok := c.L.ReportedAs.At(c.Doc.Tokens, j, end, false); !ok || m.End != j+2 {
			continue
		}
		if pm := c.prevMention(j, max(k, j-maxPersonWords), schema.Person); pm >= 0 && c.R.Mentions[pm].Tok[1] == j {
			return c.ent(pm)
		}
		return -1
	}
	return -1
}

// mentionsCovering returns the mentions that hold token k.
func (c *Context) mentionsCovering(k int) []int {
	var out []int
	if mi := c.prevMention(k+1, max(0, k-8)); mi >= 0 && c.R.Mentions[mi].Tok[0] <= k && c.R.Mentions[mi].Tok[1] > k {
		out = append(out, mi)
	}
	return out
}

// complementOf reports a person mention mi that follows "of" or "for"
// (with an honorific between): it completes a noun ("a spokesman for Mr
// X", "an associate of X") and is not the subject.
func (c *Context) complementOf(mi, first int) bool {
	j := c.R.Mentions[mi].Tok[0] - 1
	if j >= first && c.Doc.Tokens[j].Text == "." {
		j--
	}
	if j >= first {
		if _, ok := c.L.Honorifics.Has(c.Doc.Tokens[j].Text); ok {
			j--
		}
	}
	// "a spokesman for European Trade Commissioner X", "a spokesman for
	// Chancellor X": the title and its modifiers stand between.
	for k := j; k >= first && k > j-5; k-- {
		t := c.Doc.Tokens[k]
		if lang.Has(c.L.TitleComplements, t.Fold) {
			if k < j {
				if _, ok := c.L.Titles.EndingAt(c.Doc.Tokens, k+1, j+1, true); !ok {
					break
				}
			}
			j = k
			break
		}
		if t.Class != text.Word || !startsUpperTok(t) {
			break
		}
	}
	return j >= first && lang.Has(c.L.TitleComplements, c.Doc.Tokens[j].Fold)
}

// titleAfterPlainWords returns where a title starts at or after token k
// past at most two lower-case words that are not titles ("retail analyst",
// "insurance analyst"), or k when there is none.
func (c *Context) titleAfterPlainWords(k, end int) int {
	for j := k; j < end && j <= k+2; j++ {
		t := c.Doc.Tokens[j]
		if j > k && t.Class == text.Word {
			if m, ok := c.L.Titles.At(c.Doc.Tokens, j, end, true); ok && !c.isHonorific(j, m.End) {
				return j
			}
		}
		if t.Class != text.Word || t.Text == "" || strings.ToLower(t.Text) != t.Text || c.mentionStarting(j) >= 0 {
			return k
		}
		if _, stop := c.L.Stopwords.Has(t.Text); stop {
			return k // "said it appeared Mr Clarke …": a clause, not a title
		}
	}
	return k
}

// sentenceSubject returns the sentence's first person before token t, not
// inside quotation marks and not the complement of a noun ("a spokesman
// for Mr X"): the subject a participle ("adding", "saying") speaks for.
func (c *Context) sentenceSubject(t, first int) int {
	pm := c.firstMentionBefore(t, first, schema.Person)
	if pm < 0 || c.quotedBefore(c.R.Mentions[pm].Tok[0], first) || c.complementOf(pm, first) {
		return -1
	}
	return c.titledPersonAfter(pm, t)
}

// titledPersonAfter is the rule employer-before-title: a person mention
// followed by a title and another person ("Fair Trials Abroad director
// Stephen Jakobi", "Liberal Democrat peer Lord Carlile") is an employer or
// party the tagger read as a name; the person after the title is the
// subject. It returns that person's mention, or pm. Only where modifiers
// precede the head (not HeadFirst).
func (c *Context) titledPersonAfter(pm, end int) int {
	if c.L.HeadFirst {
		return pm
	}
	if _, j, _, _, ok := c.readTitle(c.R.Mentions[pm].Tok[1], end); ok && j < end {
		if p2 := c.mentionStarting(c.skipHonorific(j, end)); p2 >= 0 && c.typeOf(p2) == schema.Person && c.R.Mentions[p2].Tok[1] <= end {
			return p2
		}
	}
	return pm
}

// quotedBefore reports whether token t stands inside quotation marks that
// open in its sentence (from token first): an odd number of straight
// quotes, or more opening than closing curly ones, before it.
func (c *Context) quotedBefore(t, first int) bool {
	straight, curly := 0, 0
	for k := first; k < t; k++ {
		switch c.Doc.Tokens[k].Text {
		case "\"":
			straight++
		case "“":
			curly++
		case "”":
			curly--
		}
	}
	return straight%2 == 1 || curly > 0
}

// appositionSpeaker reads a person named right before the comma at token
// comma, in apposition to a title ("her lawyer, Perry Wander,"): the
// person and the token where what was said ends (the comma before the
// title), or -1.
func (c *Context) appositionSpeaker(comma, first int) (int, int) {
	pm := c.prevMention(comma, max(first, comma-maxPersonWords), schema.Person)
	if pm < 0 || c.R.Mentions[pm].Tok[1] != comma {
		return -1, 0
	}
	b := c.R.Mentions[pm].Tok[0] - 1
	if b <= first || c.Doc.Tokens[b].Text != "," {
		return -1, 0
	}
	for k := b - 1; k > first && k >= b-5; k-- {
		if c.Doc.Tokens[k].Text == "," {
			if _, _, _, _, ok := c.readTitle(c.skipDeterminer(c.skipPossessivePronoun(k+1)), b); ok {
				return c.ent(pm), k
			}
			return -1, 0
		}
	}
	return -1, 0
}

// skipPossessivePronoun returns the token after "her", "his", "its" or
// "their" at k, or k.
func (c *Context) skipPossessivePronoun(k int) int {
	if lang.Has(c.L.PossessiveDeterminers, c.Doc.Tokens[k].Fold) {
		return k + 1
	}
	return k
}

// pronounSpeaker resolves "he"/"she" at token t before a speech verb: the
// subject of the sentence before (or of this one, before the pronoun) when
// that is a person of the pronoun's gender who is not the last speaker
// ("Shadow home secretary David Davis echoed criticisms …. “…,” he said"),
// else the last speaker of that gender.
func (st *quoteState) pronounSpeaker(t int, gender string) int {
	c := st.c
	last := st.lastSpeaker(gender)
	si := c.sentence(t)
	for _, sg := range c.pronounSegments(si, t) {
		s, first, end := sg[0], sg[1], sg[2]
		if s < 0 || c.Doc.Sentences[s].Para != c.Doc.Sentences[si].Para && !c.opensWithQuote(si) {
			continue // a paragraph that opens with a quote continues the one before
		}
		pm := c.sentenceSubject(end, first)
		if op := c.openingPhraseSubject(first, end); op >= 0 {
			pm = op // "At a news conference with Mr Blair, Mr Abbas said"
		}
		if pm < 0 || !c.opensSentence(pm, first, end) && pm != c.openingPhraseSubject(first, end) {
			// "The prime minister ratcheted up …. He insisted …": a title
			// with no name opens the sentence; its one holder in the
			// document speaks, or nobody rather than the last speaker
			// (rule pronoun-title-subject).
			if k := c.skipDeterminer(c.skipOpeningWord(first, end)); k < end && (pm < 0 || c.R.Mentions[pm].Tok[0] > k) {
				if m, ok := c.L.Titles.At(c.Doc.Tokens, k, end, true); ok && m.End < end && c.mentionStarting(m.End) < 0 && c.Doc.Tokens[m.End].Class == text.Word && !startsUpperTok(c.Doc.Tokens[m.End]) {
					return c.titleHolder(k, m.End)
				}
			}
			continue // the subject must open the sentence
		}
		pm = c.possessedSubject(pm, end, last)
		e := c.ent(pm)
		if g := c.genderOf(e); gender != "" && g != "" && g != gender {
			continue
		}
		if e != last && !c.bareSpeaker(e) {
			return e
		}
		return last
	}
	if last >= 0 && st.competingPerson(si, t, gender, last) {
		return -1
	}
	return last
}

// skipLeadingTitle returns the first token of a sentence's subject name at
// or after token first: past a determiner, an honorific, an organisation, a
// possessive and title words with their modifiers ("Shadow home secretary
// David Davis", "The firm's boss X"); any other word ends the walk.
func (c *Context) skipLeadingTitle(first, end int) int {
	k := c.skipHonorific(c.skipDeterminer(c.skipOpeningWord(first, end)), end)
	for j := k; j < end && j <= k+8; {
		if pm := c.mentionStarting(j); pm >= 0 {
			if c.typeOf(pm) == schema.Person {
				return j
			}
			j = c.R.Mentions[pm].Tok[1]
			continue
		}
		t := c.Doc.Tokens[j]
		if c.L.Possessive(t) {
			j++
			continue
		}
		if m, ok := c.L.Titles.At(c.Doc.Tokens, j, end, true); ok {
			j = m.End
			continue
		}
		if _, ok := c.L.TitleModifiers.Has(t.Text); ok {
			j++
			continue
		}
		if pre, _, ok := strings.Cut(t.Text, "-"); ok && lang.Has(c.L.TitleModifiers, text.Fold(pre)) {
			j++ // "Vice-Prime Minister X"
			continue
		}
		if _, ok := c.L.Honorifics.Has(t.Text); ok {
			j++
			continue
		}
		if n := c.nameModifierBeforeTitle(j, end); n > j {
			j = n // rule party-before-title: "Tory leader X", "Lib Dem leader X"
			continue
		}
		if n := c.fieldBeforeTitle(j, end); n > j && (j > k || j > first && lang.Has(c.L.Determiners, c.Doc.Tokens[j-1].Fold)) {
			j = n // rule field-before-title: "Plaid Cymru's local government spokesman X"
			continue
		}
		break
	}
	return k
}

// nameModifierBeforeTitle returns the token after one or two capitalised
// words at j that a title follows ("Tory leader", "Lib Dem leader"), or j.
func (c *Context) nameModifierBeforeTitle(j, end int) int {
	for n := j; n < end && n < j+2 && c.Doc.Tokens[n].Class == text.Word && startsUpperTok(c.Doc.Tokens[n]); n++ {
		if _, ok := c.L.Titles.At(c.Doc.Tokens, n+1, end, true); ok {
			return n + 1
		}
	}
	return j
}

// skipOpeningWord returns the token after the ordinary word that opens a
// sentence before its subject ("Earlier Tony Blair defended …", "However,
// the minister …"): a word of the language's common vocabulary that no
// mention starts, with its comma; else first.
func (c *Context) skipOpeningWord(first, end int) int {
	if first+1 >= end || c.mentionStarting(first) >= 0 {
		return first
	}
	t := c.Doc.Tokens[first]
	if t.Class != text.Word || !c.L.IsCommon(t.Fold) || lang.Has(c.L.Determiners, t.Fold) {
		return first
	}
	if _, ok := c.L.Titles.At(c.Doc.Tokens, first, end, true); ok {
		return first
	}
	if _, ok := c.L.TitleModifiers.Has(t.Text); ok {
		return first
	}
	if c.Doc.Tokens[first+1].Text == "," && first+2 < end {
		return first + 2
	}
	return first + 1
}

// opensWithQuote reports whether sentence si opens its paragraph with a
// quotation mark.
func (c *Context) opensWithQuote(si int) bool {
	s := c.Doc.Sentences[si]
	if si > 0 && c.Doc.Sentences[si-1].Para == s.Para || s.FirstToken >= s.EndToken {
		return false
	}
	return isOpenQuoteTok(c.Doc.Tokens[s.FirstToken].Text)
}

// subjectSkip reports a word between a subject and its verb at token k
// (subject_skips.txt: "has also said").
func (c *Context) subjectSkip(k int) bool {
	_, ok := c.L.SubjectSkips.Word(c.Doc.Tokens[k].Fold)
	return ok
}

// possessedSubject reads a subject person pm that owns the noun after it
// (rule pronoun-possessed-subject): the person the noun names
// ("Sylvester Stallone's ex-wife Brigitte Nielsen nominated …", "Fletcher's
// daughter Jill said …"); else the last speaker when the sentence names
// them after the possessor ("Gordon Brown's decision was sensible, Mr
// Balls told the BBC. He said …": the decision does not speak); else the
// possessor ("Mr Campbell's e-mail suggested …. In it, he said"). It
// returns a mention; a subject with no possessive is pm itself.
func (c *Context) possessedSubject(pm, end, last int) int {
	k := c.R.Mentions[pm].Tok[1]
	if k >= end || !c.L.Possessive(c.Doc.Tokens[k]) {
		return pm
	}
	j := c.skipLeadingTitle(k+1, end)
	for n := 0; n < 3 && j < end && c.mentionStarting(j) < 0; n++ {
		t := c.Doc.Tokens[j]
		if t.Text != "-" && (t.Class != text.Word || startsUpperTok(t)) {
			break
		}
		j++ // "ex-wife", "younger brother"
	}
	if p2 := c.mentionStarting(j); j < end && p2 >= 0 && c.typeOf(p2) == schema.Person {
		return p2
	}
	if last >= 0 && last != c.ent(pm) {
		for m := k; m < end; m++ {
			if p2 := c.mentionStarting(m); p2 >= 0 && c.typeOf(p2) == schema.Person && c.ent(p2) == last {
				return p2
			}
		}
	}
	return pm
}

// opensSentence reports whether person mention pm is the name that opens
// the sentence [first, end) past its titles, or the person after the
// title of a misread employer that opens it (employer-before-title).
func (c *Context) opensSentence(pm, first, end int) bool {
	lead := c.skipLeadingTitle(first, end)
	if c.R.Mentions[pm].Tok[0] == lead {
		return true
	}
	lm := c.mentionStarting(lead)
	return lm >= 0 && lm != pm && c.typeOf(lm) == schema.Person && c.titledPersonAfter(lm, end) == pm
}

// clauseSubjectAfterVerb is the rule clause-subject-after-verb: a person's
// name right after a speech verb (at most three words, a title or an
// honorific, before it) and followed by an auxiliary (auxiliaries.txt) is
// the subject of the reported clause, not the speaker, though a comma
// comes before the verb: "Noel Dempsey, the communications minister, said
// Mr Ahern had been committed", "A majority, 52%, said Chancellor Gordon
// Brown had done a good job". Only after a one-word verb: "according to"
// takes a name, not a clause ("according to analyst X is 'seldom strong'").
func (c *Context) clauseSubjectAfterVerb(k, end int) bool {
	for j := k; j < end && j <= k+3; j++ {
		if c.Doc.Tokens[j].Class == text.Punct {
			return false
		}
		pm := c.mentionStarting(j)
		if pm < 0 || c.typeOf(pm) != schema.Person {
			continue
		}
		e := c.R.Mentions[pm].Tok[1]
		if e >= end {
			return false
		}
		return lang.Has(c.L.Auxiliaries, c.Doc.Tokens[e].Fold)
	}
	return false
}
