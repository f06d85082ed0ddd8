package relations

import (
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// titledSubjectFirst is the rule "titled-subject-first": in a language
// that puts the verb first, a sentence that opens with a title (after at
// most two function words: "إلا أن الكاتب الرياضي فلان أبدى …، وقال",
// "الناقد الرياضي … فلان يؤكد …، ويضيف") and names no person before the
// speech verb at token v has that titled person as its subject, whom the
// recognizer did not read: a word that could be a name follows the title
// (unresolvedSubject; "رئيس مجلس المحافظة صباح كرحوت في تصريح …،
// مشيرا"), and it is no surname of a person named in full before
// (surnameSpeaker: "وقال العميد عسيري: …، مؤكدا" is عسيري's). A title
// alone before "إن" or a comma ("وقالت العمدة إن …، مضيفة") is left to
// the other rules: it is as often the last speaker. A pronoun verb or participle there is then not
// the last named speaker's: it is the one person the article gave that
// title (titleHolder), else no one named. It returns the speaker (-1 for
// none) and whether the rule applies.
func (c *Context) titledSubjectFirst(v, first int) (int, bool) {
	if !c.L.VerbFirst || v <= first {
		return -1, false
	}
	k := first
	for n := 0; n < 2 && k < v; n++ {
		t := c.Doc.Tokens[k]
		if t.Class != text.Word {
			break
		}
		if _, ok := c.L.Stopwords.Has(t.Text); !ok {
			break
		}
		k++
	}
	ti, tj, _, _, ok := c.readTitle(k, v)
	if !ok || ti != k || tj >= v {
		return -1, false
	}
	if pm := c.prevMention(v, first, schema.Person); pm >= 0 {
		return -1, false // a person named before the verb: the other rules read it
	}
	if c.unnamedSource(k, v) {
		return -1, true // "وكان مسؤول في الإدارة ذكر أن": a source not named
	}
	if e, _ := c.surnameSpeaker(tj, v); e >= 0 {
		return e, true // "وقال العميد عسيري: …، مؤكدا": the surname of one named in full
	}
	if !c.unresolvedSubject(tj, v) {
		return -1, false // "وقالت العمدة إن …، مضيفة": the title alone, often the last speaker
	}
	return c.titleHolder(ti, tj), true
}
