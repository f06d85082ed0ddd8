package relations

import (
	"sort"

	"graphbuild/internal/lang"
	"graphbuild/internal/phrase"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// The speaker analysis the quote rules share: who the subject of a speech
// verb is, and who spoke last, by gender, for a pronoun ("she added",
// "قالت ذلك") to refer to.

type speaker struct {
	ent    int
	gender string
}

type quoteState struct {
	c        *Context
	speakers []speaker // in order of speaking; ent -1 for an unnamed source
	part     *phrase.Set[lang.Participle]

	unnamedVerbs map[int]bool // speech verbs whose subject is an unnamed source (unnamed.go)
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

// spoke records e as the latest speaker, with the gender its verb marks.
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

func (st *quoteState) spokeAs(e int, gender string) {
	if e >= 0 {
		st.c.markGender(e, gender)
	}
}

// verbSpeaker reads a speech verb at token i and its speaker: the person
// named right after it, or right before it; a verb with no name is a
// pronoun, resolved by its gender. It returns the verb's end, the speaker
// (-1 if none) and whether a verb was there.
func (st *quoteState) verbSpeaker(i, end, first int) (int, int, bool) {
	c := st.c
	m, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, i, end, true)
	if !ok {
		return 0, -1, false
	}
	if !c.L.VerbFirst && m.Start > first && c.passiveSpeech(m.Start, first) {
		return 0, -1, false // "is said to have", "it is predicted that", "was told"
	}
	if c.impersonalSpeech(m.Start, end, first) {
		return m.End, -1, true // "يذكر أن", "مما يعني أن": no one spoke
	}
	gender := string(m.Value.Gender)
	if gender == "-" {
		gender = ""
	}
	if e, ok := c.relativeSubject(m.Start, first); ok {
		st.spokeAs(e, gender) // rule relative-subject (speakerrelative.go)
		return m.End, e, true
	}
	if gender == "p" {
		// Rule "plural-speech": "حتى الدبلوماسيون الأوروبيون، قالوا إن …",
		// "يقولون إن": a plural subject is no one named person, and the
		// quotes after it are not the last speaker's.
		st.unnamedSpoke(m.Start, "")
		return m.End, unnamedSpeaker, true
	}
	// A name right after the verb is its subject in Arabic ("قال X") and in
	// English only after a quote or a comma ("“…,” said X"): "Ms Chen said
	// Tessaro would …" names what was said about.
	inverted := c.L.VerbFirst || m.Start == first || c.Doc.Tokens[m.Start-1].Class == text.Punct
	if inverted && !c.L.VerbFirst && m.End-m.Start == 1 && c.clauseSubjectAfterVerb(m.End, end) {
		inverted = false // rule clause-subject-after-verb: "Noel Dempsey, the minister, said Mr Ahern had been …"
	}
	subj := m.End
	if inverted {
		subj = c.addresseeEnd(m.End, end) // "قال لـ«الشرق الأوسط» فلان"
		if c.unnamedSource(subj, end) {
			st.unnamedSpoke(m.Start, gender) // "قال مصدر عسكري", "تقول مصادر المعارضة"
			return m.End, unnamedSpeaker, true
		}
	}
	if pm := c.mentionStarting(subj); pm >= 0 && inverted && c.typeOf(pm) == schema.Person {
		// "said Investec economist David Page": a name, a title and a
		// person is an employer the tagger misread, then the speaker.
		if _, j, _, _, ok := c.readTitle(c.R.Mentions[pm].Tok[1], end); ok && !c.L.HeadFirst {
			if p2 := c.mentionStarting(j); p2 >= 0 && c.typeOf(p2) == schema.Person {
				pm = p2
			}
		}
		if c.L.VerbFirst {
			st.spokeAs(c.ent(pm), gender)
		} else {
			st.spoke(c.ent(pm), gender) // rule inverted-speaker: "…, says X" — X has spoken, quoted or not
		}
		return c.R.Mentions[pm].Tok[1], c.ent(pm), true
	}
	// "وقال المدير التنفيذي للشركة، طارق العتيبي،": a title first, then the
	// name in apposition.
	if inverted {
		at := subj
		if om := c.mentionStarting(at); om >= 0 && c.typeOf(om) == schema.Organization {
			at = c.R.Mentions[om].Tok[1] // "wrote Morgan Stanley analyst Tom Becker"
		}
		if at < end && at > m.End && c.L.Possessive(c.Doc.Tokens[at]) {
			at++ // "said GE's chief executive Jeff Immelt"
		}
		at = c.titleAfterPlainWords(at, end) // "said retail analyst Nick Bubb"
		if _, j, _, _, ok := c.readTitle(at, end); ok {
			k := j
			for k < end && k-j < 4 && !c.L.IsComma(c.Doc.Tokens[k].Text) {
				if pm := c.mentionStarting(k); pm >= 0 && c.typeOf(pm) == schema.Person {
					break // "analyst Tom Becker": no comma before the name
				}
				k++ // the title's complement: "للشركة", "of the company"
			}
			if k < end && c.L.IsComma(c.Doc.Tokens[k].Text) {
				k++
			}
			if pm := c.mentionStarting(k); pm >= 0 && c.typeOf(pm) == schema.Person && !c.governedPerson(pm, first) {
				st.spokeAs(c.ent(pm), gender)
				return c.R.Mentions[pm].Tok[1], c.ent(pm), true
			}
			// A longer complement: a second title, the organisation, an
			// honorific after a comma.
			if pm := c.speakerAfterTitle(j, end); pm >= 0 {
				st.spokeAs(c.ent(pm), gender)
				return c.R.Mentions[pm].Tok[1], c.ent(pm), true
			}
			// No name: the title stands for the one person the article
			// gave it ("وأضافت المتحدثة باسم الادعاء العام، أن").
			if at == subj {
				if ti, tj, _, _, ok := c.readTitle(at, end); ok {
					if e := c.titleHolder(ti, tj); e >= 0 {
						st.spokeAs(e, gender)
						return tj, e, true
					}
				}
			}
		}
	}
	if pm := c.mentionStarting(m.End); pm >= 0 && inverted && c.typeOf(pm) != schema.Person {
		return m.End, -1, true // an organisation "said": not a person's quote
	}
	// "X said": the person just before. Where the subject comes before the
	// verb (not VerbFirst) a name of any length ends there ("… and manager
	// Jose Mourinho said:"); in a verb-first language a word before the
	// verb is rarely its subject, so only a one-word mention counts. "A
	// spokesman for Mr X said": X is the complement of a noun, not the
	// subject.
	if m.Start > first {
		back := 1
		if !c.L.VerbFirst {
			back = maxPersonWords
		}
		if pm := c.prevMention(m.Start, max(first, m.Start-back), schema.Person); pm >= 0 && c.R.Mentions[pm].Tok[1] == m.Start && !c.complementOf(pm, first) {
			st.spokeAs(c.ent(pm), gender)
			return m.End, c.ent(pm), true
		}
	}
	// "Speaking at the trial of his boss Victor Hale, Ivo Marr said": the
	// name right before the verb, after a comma, is its subject.
	if pm := c.subjectAfterComma(m.Start, first); pm >= 0 {
		st.spokeAs(c.ent(pm), gender)
		return m.End, c.ent(pm), true
	}
	// "The ILO estimated that", "his backers have said", "it says": a
	// subject that is no person's name (speakerguard.go).
	if _, part := st.part.At(c.Doc.Tokens, m.Start, m.End, true); !part && m.Start > first && c.nonPersonSubject(m.Start, first) {
		return m.End, -1, true
	}
	// "she said", "he added": a pronoun just before the verb.
	pr := m.Start - 1 // "he said", "he also said", "she has told"
	for !c.L.VerbFirst && pr > first && c.subjectSkip(pr) {
		pr--
	}
	if m.Start > first && pr >= first && c.isPronoun(c.Doc.Tokens[pr].Fold) {
		if g := c.pronounGender(c.Doc.Tokens[pr].Fold); g != "" {
			gender = g
		}
		return m.End, st.pronounSpeaker(pr, gender), true
	}
	// A participle ("مشيرًا إلى", "adding that") speaks for the subject of
	// the sentence's main verb: the nearest person before it.
	if _, ok := st.part.At(c.Doc.Tokens, m.Start, m.End, true); ok {
		pm, governed := c.participleSubject(m.Start, first) // "X said …, adding": X, not a person named in between
		if governed {
			return m.End, -1, true // rule governed-not-speaker: "… لسمو الأمير فلان …، متمنيا": not his words
		}
		if pm >= 0 && c.participleDisagrees(gender, c.ent(pm)) {
			return m.End, -1, true // "أعلنت الحكومة … الوزير خالد …، مؤكدة": not his
		}
		if pm >= 0 && c.reportedBefore(c.R.Mentions[pm].Tok[0], m.Start, first) {
			return m.End, -1, true // rule participle-not-in-report (speakerparticiple.go)
		}
		if pm >= 0 {
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
		pm := c.firstMentionBefore(m.Start, first, schema.Person)
		if pm >= 0 {
			pm = c.titledPersonAfter(pm, m.Start)
		}
		if op := c.openingPhraseSubject(first, m.Start); op >= 0 {
			pm = op // "At a news conference with Mr Blair, Mr Abbas said"
		}
		if pm >= 0 && !c.quotedBefore(c.R.Mentions[pm].Tok[0], first) {
			e := c.ent(pm)
			if g := c.genderOf(e); gender == "" || g == "" || g == gender {
				if !c.speechBetween(c.R.Mentions[pm].Tok[1], m.Start) {
					st.spokeAs(e, gender)
					return m.End, e, true
				}
			}
		}
	}
	// English with a subject before the verb that is no person ("China's
	// Baoshan, the largest producer, said that", "many experts, including
	// the World Bank, have pointed out that"): someone not named.
	if !c.L.VerbFirst && m.Start > first && !isCloseQuoteTok(c.Doc.Tokens[m.Start-1].Text) {
		if _, part := st.part.At(c.Doc.Tokens, m.Start, m.End, true); !part {
			return m.End, -1, true
		}
	}
	// A pronoun subject: "قال ذلك", "أضافت", "he said". A verb followed by
	// some other noun ("حذر بعض المطورين", "يشير الخبراء") has a subject
	// that is not a named person.
	k := m.End
	if e, after, ok := c.quotedSurnameSpeaker(k, end); ok {
		if e >= 0 {
			st.spokeAs(e, gender)
		} else {
			st.unnamedSpoke(m.Start, gender)
		}
		return after, e, true // rule quoted-surname-speaker (speakerunresolved.go): وأضاف "العتيبي":
	}
	if k < end && c.Doc.Tokens[k].Class == text.Word && !c.isPronoun(c.Doc.Tokens[k].Fold) && !lang.Has(c.L.ToWords, c.Doc.Tokens[k].Fold) {
		if _, intro := c.introducerAt(k, end); !intro {
			if e, after := c.surnameSpeaker(k, end); e >= 0 {
				st.spokeAs(e, gender) // rule surname-speaker: "وأضاف العمرة:"
				return after, e, true
			}
			if c.unresolvedSubject(k, end) {
				st.unnamedSpoke(m.Start, gender) // rule unresolved-subject: "وقالت الوزارة", "ولفت م. نعيم"
			}
			return m.End, -1, true
		}
	}
	if k < end && c.isPronoun(c.Doc.Tokens[k].Fold) {
		if g := c.pronounGender(c.Doc.Tokens[k].Fold); g != "" {
			gender = g
		}
		k++
	}
	if e, ok := c.titledSubjectFirst(m.Start, first); ok {
		if e >= 0 {
			st.spokeAs(e, gender)
			return k, e, true
		}
		st.unnamedSpoke(m.Start, gender) // rule titled-subject-first (speakertitledfirst.go)
		return k, -1, true
	}
	return k, st.bareVerbSpeaker(i, gender), true
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

// isPronoun reports whether the folded word f is a pronoun that stands for
// a speaker (pronouns.txt).
func (c *Context) isPronoun(f string) bool {
	_, ok := c.L.Pronouns.Word(f)
	return ok
}

// pronounGender is the gender of the pronoun f ("m", "f"), "" when f is
// none or marks no gender.
func (c *Context) pronounGender(f string) string {
	if e, ok := c.L.Pronouns.Word(f); ok && e.Value.Gender != "-" {
		return string(e.Value.Gender)
	}
	return ""
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

// firstMentionBefore returns the first mention of one of types that ends
// at or before token t and starts at or after start; -1 if none.
func (c *Context) firstMentionBefore(t, start int, types ...schema.Type) int {
	if c.index().sorted {
		// Mentions in token order: the first one from start on.
		ms := c.R.Mentions
		for i := sort.Search(len(ms), func(i int) bool { return ms[i].Tok[0] >= start }); i < len(ms) && ms[i].Tok[0] < t; i++ {
			if ms[i].Tok[1] <= t && hasType(ms[i].Type, types) {
				return i
			}
		}
		return -1
	}
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
	if k < len(c.Doc.Tokens) && lang.Has(c.L.Determiners, c.Doc.Tokens[k].Fold) {
		return k + 1
	}
	return k
}
