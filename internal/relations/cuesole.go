package relations

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// soleSubject returns the subject of a cue whose subject is not written
// near it, in a language whose verbs come first (lang.Profile.VerbFirst):
// a pro-dropped verb or a verbal noun far into a sentence that named one
// organisation at its start, "تصرف شل … حيث وقعت في ابريل اتفاقا بقيمة 70
// بليون دولار للاستحواذ على مجموعة "بي جي"" (rule cue-sole-subject). The
// mention is the last of the one entity that the sentence names before the
// cue; -1 when that entity is not of types, or when the sentence names
// none or several people or organisations there (the cue's subject is then
// not ours to guess: "دفع جيمس تومسون … لتطبيق صممته X … يأمل في أن يستخدم
// هاتف آيفون").
func (c *Context) soleSubject(si, cueStart int, types []schema.Type) int {
	found, ent := -1, -1
	for _, mi := range c.mentionsIn(si) {
		m := c.R.Mentions[mi]
		if m.Tok[1] > cueStart || m.Entity < 0 || !hasType(m.Type, append([]schema.Type{schema.Person, schema.Organization}, types...)) || c.governed(mi) {
			continue
		}
		if ent >= 0 && c.ent(mi) != ent {
			return -1
		}
		found, ent = mi, c.ent(mi)
	}
	if found < 0 || !hasType(c.typeOf(found), types) {
		return -1
	}
	return found
}

// governed reports whether mention mi stands in a prepositional phrase: a
// governing preposition (governing_prepositions.txt) right before it, or
// before a trigger noun and the quote marks in front of it ("على شركة
// «Oculus VR»"). Such a name is not the subject of a later deal, funding or
// product verb (rule cue-governed-not-subject); a place cue is read on the
// name before it whatever governs it ("في ميركاتور ومقرها دبي").
func (c *Context) governed(mi int) bool {
	if c.L.GoverningPreps == nil {
		return false
	}
	toks := c.Doc.Tokens
	first := c.Doc.Sentences[c.sentence(c.R.Mentions[mi].Tok[0])].FirstToken
	j := c.R.Mentions[mi].Tok[0] - 1
	trigger := false
	for j >= first {
		switch {
		case toks[j].Class == text.Punct && isQuoteMark(toks[j].Text):
			j--
			continue
		case !trigger:
			if _, ok := c.L.Triggers.Has(toks[j].Text); ok {
				trigger = true
				j--
				continue
			}
		}
		break
	}
	return j >= first && lang.Has(c.L.GoverningPreps, toks[j].Fold)
}

func isQuoteMark(s string) bool {
	return strings.ContainsAny(s, "«»\"“”")
}
