package relations

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// positionOnlySpeaker reports a speaker the document names only by one word
// that nothing but its place after a speech verb marks as a person: no
// lexicon entry, no first name, every mention a single word from the
// speech-verb-subject recognizer. Such a word is as often a noun or a verb
// the verb is followed by ("قال مخرج", "تقول لافتة", "أكد عديد من",
// "ورأى المرصد") as a surname, and a quote needs a named person.
func (c *Context) positionOnlySpeaker(spk int) bool {
	if !c.L.VerbFirst {
		return false
	}
	e := c.R.Entities[spk]
	if e.LexID != "" || e.Type != schema.Person {
		return false
	}
	seen := false
	for _, mi := range e.Mentions {
		m := c.R.Mentions[mi]
		if m.Tok[1]-m.Tok[0] != 1 || m.Source != speechSubjectSource {
			return false
		}
		seen = true
		if _, ok := c.L.FirstNames.Has(c.Doc.Tokens[m.Tok[0]].Text); ok {
			return false
		}
	}
	if !seen {
		return false
	}
	// The surname of a person the document names in full ("مجيد الكرخي"
	// … "وأوضح الكرخي") is a name, even if the two were not joined.
	word := c.Doc.Tokens[c.R.Mentions[e.Mentions[0]].Tok[0]].Fold
	for _, m := range c.R.Mentions {
		if m.Type == schema.Person && m.Entity != spk && m.Tok[1]-m.Tok[0] > 1 && c.Doc.Tokens[m.Tok[1]-1].Fold == word {
			return false
		}
	}
	return true
}

// speechSubjectSource is the entities recognizer that names a person by its
// place after a speech verb.
const speechSubjectSource = "speech-verb-subject"

// orgHeadSpeaker is the rule "org-head-speaker": a speaker whose name opens
// with a noun that starts a body's name and never a person's
// (org_speaker_heads.txt: "مكتب الإحصاء الاتحادي", "حركة التحرير الوطني")
// is an organisation the tagger read as a person; its statement is no
// person's quote.
func (c *Context) orgHeadSpeaker(spk int) bool {
	e := c.R.Entities[spk]
	if e.LexID != "" {
		return false
	}
	words := strings.Fields(text.Fold(e.Name))
	return len(words) > 1 && lang.Has(c.L.OrgSpeakerHeads, words[0])
}
