package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// unresolvedSubject is the rule "unresolved-subject": in a language that
// puts the verb first, a speech verb followed by a word that is its own
// subject, which no rule resolved to a named person, has a speaker who is
// not the last one named: a body ("وقالت الوزارة", "وأضاف البيان"), an
// abbreviated honorific ("ولفت م. نعيم …"), a name the tagger missed
// ("وبيّنت العنود …"). A pronoun verb after it ("وأضاف أن", "وقالت:") is
// then not given to the earlier speaker. Left alone: a title ("وقال رئيس
// الحكومة التركية" is as often the last speaker as another), and what
// follows a verb without being its subject: a function word or a pronoun
// ("قال عنه", "قال ذلك"), a phrase with a glued preposition ("قال
// لمحافظة", "قال بصوت"), an adverb with tanween ("قائلاً", "ردًا"), "that"
// or "to".
func (c *Context) unresolvedSubject(k, end int) bool {
	if !c.L.VerbFirst || k >= end {
		return false
	}
	t := c.Doc.Tokens[k]
	if t.Class != text.Word || c.isPronoun(t.Fold) || lang.Has(c.L.ToWords, t.Fold) || lang.Has(c.L.ThatWords, t.Fold) {
		return false
	}
	if _, ok := c.L.Stopwords.Has(t.Text); ok {
		return false
	}
	if c.gluedPreposition(t) || c.indefiniteWord(t) || c.L.ToClitic(t.Fold) {
		return false
	}
	if _, ok := c.introducerAt(k, end); ok {
		return false
	}
	if _, _, _, _, ok := c.readTitle(k, end); ok && !c.topicOpenedVerb(k) {
		return false // "وقال رئيس الحكومة التركية": often the last speaker, by his title
	}
	return true
}

// topicOpenedVerb is the rule "topic-opener-title": a speech verb that
// ends at token k and opens its sentence right after a topic opener ("من
// جانبه، قال وزير الخارجية المصري، إن …", "بدوره، أوضح المدير …";
// topic_openers.txt) turns to a person other than the one who spoke
// before, so a title alone after it, which no person of the article holds
// (titleHolder), is someone not named, not the last speaker.
func (c *Context) topicOpenedVerb(k int) bool {
	if k <= 0 || k > len(c.Doc.Tokens) {
		return false
	}
	s := c.Doc.Sentences[c.sentence(k-1)]
	p := c.skipTopicOpener(s.FirstToken, s.EndToken)
	if p == s.FirstToken {
		return false
	}
	m, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, p, s.EndToken, true)
	return ok && m.End == k
}

// surnameSpeaker is the rule "surname-speaker": the word after a speech
// verb, or after an honorific or a title there ("وأضاف العمرة:", "وأوضح د.
// باقادر أن", "وأضاف اللواء العمودي"), that is the last word of exactly one
// person the document named in full before ("المهندس محمد العمرة"), or the
// word the document writes right after a person's name ("معاذ الخلف", where
// the recognizer read only معاذ), is that person, even where the recognizer
// did not join the mentions. A person's name right after the honorific
// ("وقال م. حمد الوابل") is the speaker too. It returns the person and the
// token after the name, or -1.
func (c *Context) surnameSpeaker(k, end int) (int, int) {
	if !c.L.VerbFirst {
		return -1, 0
	}
	for n := 0; n < 2 && k < end; n++ {
		j := c.skipHonorific(k, end)
		if j < end && j > k && c.Doc.Tokens[j].Text == "." {
			j++ // "د. باقادر"
		}
		if j == k {
			if _, tj, _, _, ok := c.readTitle(k, end); ok && tj-k <= 2 {
				j = tj // "وتابع المسؤول التركي", not a title with its organisation
			}
		}
		if j == k {
			break
		}
		k = j
	}
	if k >= end || c.Doc.Tokens[k].Class != text.Word {
		return -1, 0
	}
	if pm := c.mentionStarting(k); pm >= 0 && c.typeOf(pm) == schema.Person && c.R.Mentions[pm].Entity >= 0 {
		if c.governedPerson(pm, c.Doc.Sentences[c.sentence(k)].FirstToken) {
			return -1, 0 // rule governed-not-speaker: "وقال مدير جامعة الملك عبد العزيز"
		}
		return c.ent(pm), c.R.Mentions[pm].Tok[1] // "وقال م. حمد الوابل": the name after the honorific
	}
	word := c.Doc.Tokens[k].Fold
	found := -1
	for _, m := range c.R.Mentions {
		if m.Type != schema.Person || m.Entity < 0 || m.Tok[0] >= k {
			continue
		}
		// The last word of a name in full, or the word right after a
		// name the recognizer cut ("معاذ الخلف" read as معاذ).
		last := m.Tok[1]-m.Tok[0] >= 2 && c.Doc.Tokens[m.Tok[1]-1].Fold == word
		next := m.Tok[1] < k && c.Doc.Tokens[m.Tok[1]].Fold == word
		if !last && !next {
			continue
		}
		if found >= 0 && found != m.Entity {
			return -1, 0 // two people share the surname
		}
		found = m.Entity
	}
	return found, k + 1
}

// quotedSurnameSpeaker is the rule "quoted-surname-speaker": one word in
// quotation marks right after a speech verb is its subject, a name the
// paper sets in quotes (وأضاف "العتيبي": "…"، وتابع "الرقيطي" أن …، ويقول
// «جديدي» for جديدي يخلاص). It reports whether the marks are there (not
// after the preposition of a hearer: قال لـ"سبق"), and returns the person
// whose name ends in that word (surname-speaker), else the one person whose
// name holds it, else -1 (an organisation, وتابعت "المؤسسة":, or a name the
// article did not give in full): someone other than the last speaker either
// way. The second value is the token after the closing mark.
func (c *Context) quotedSurnameSpeaker(k, end int) (int, int, bool) {
	toks := c.Doc.Tokens
	if !c.L.VerbFirst || k+2 >= end || !isOpenQuoteTok(toks[k].Text) || !isCloseQuoteTok(toks[k+2].Text) || toks[k+1].Class != text.Word {
		return -1, 0, false
	}
	if k > 0 && toks[k-1].Class == text.Word && c.L.ToClitic(toks[k-1].Fold) {
		return -1, 0, false
	}
	if e, _ := c.surnameSpeaker(k+1, k+2); e >= 0 {
		return e, k + 3, true
	}
	word, found := toks[k+1].Fold, -1
	for _, m := range c.R.Mentions {
		if m.Type != schema.Person || m.Entity < 0 || m.Tok[0] >= k {
			continue
		}
		for t := m.Tok[0]; t < m.Tok[1]; t++ {
			if toks[t].Fold == word {
				if found >= 0 && found != m.Entity {
					return -1, k + 3, true // two people share the word
				}
				found = m.Entity
			}
		}
	}
	return found, k + 3, true
}
