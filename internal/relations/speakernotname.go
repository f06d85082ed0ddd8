package relations

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// placeOrBodySpeaker is the rule "place-or-body-speaker": a speaker the
// tagger typed Person whom the same document writes right after a word
// that makes a name a place or a body (not_person_before.txt: "في هاواي")
// or right after a trigger noun of a place or an organisation (triggers.txt:
// "نادي تشيلسي", "صحيفة ميل أون صنداي", "ولاية هاواي") is that place or
// body, not a person; its words are no person's quote. A name opening with a
// first name or holding a name particle (بن، أبو) is left alone: companies
// and groups are named after persons.
// A trigger with the article ends a title ("المتحدث باسم الصندوق X").
func (c *Context) placeOrBodySpeaker(spk int) bool {
	e := c.R.Entities[spk]
	if e.LexID != "" || c.L.NotPersonBefore == nil || c.L.NotPersonBefore.Len() == 0 {
		return false
	}
	words := strings.Fields(text.Fold(e.Name))
	if len(words) == 0 {
		return false
	}
	if _, ok := c.L.FirstNames.Has(words[0]); ok {
		return false // "شركة محمد النهدي": a company named after a person
	}
	for _, w := range words {
		if lang.Has(c.L.NameParticles, w) {
			return false // "مجموعة أبو هريرة": a person's group
		}
	}
	toks := c.Doc.Tokens
	for k := 1; k+len(words) <= len(toks); k++ {
		if !c.nameAt(k, words) {
			continue
		}
		prev := toks[k-1]
		if lang.Has(c.L.NotPersonBefore, prev.Text) {
			return true
		}
		if tr, ok := c.L.Triggers.Word(prev.Fold); ok && text.StripArticle(prev.Fold) == prev.Fold && (tr.Value.Type == schema.Place || tr.Value.Type == schema.Organization) {
			return true // "نادي X"; not "مدير الجمعية X" nor "المدير الفني للفريق X", where the trigger ends a title
		}
	}
	return false
}

// nameAt reports whether the folded words of a name stand at token k.
func (c *Context) nameAt(k int, words []string) bool {
	for i, w := range words {
		if c.Doc.Tokens[k+i].Fold != w {
			return false
		}
	}
	return true
}

// gluedPrepositionSpeaker is the rule "glued-preposition-speaker": a speaker
// whose name opens with a preposition written joined to it
// (preposition_proclitics.txt) is the object of that preposition, a club, a
// body the tagger read as the speaker ("للنصر", "للهلال الأحمر"), not a
// person: the preposition is glued to the article, which no person's name
// carries. A whole word that is a first name ("لبنى") is a name. A bare ل
// before a person's name is left alone: "وفي تصريح ليوسف X" names the
// speaker with the clitic glued, a span for the entities to cut.
func (c *Context) gluedPrepositionSpeaker(spk int) bool {
	e := c.R.Entities[spk]
	if e.LexID != "" {
		return false
	}
	words := strings.Fields(e.Name)
	if len(words) == 0 {
		return false
	}
	if _, ok := c.L.FirstNames.Word(text.Fold(words[0])); ok {
		return false
	}
	forms := text.StripProclitics(words[0])
	for _, rest := range forms[1:] {
		if !strings.HasSuffix(forms[0], rest) {
			continue
		}
		pre := strings.TrimSuffix(forms[0], rest)
		if !lang.Has(c.L.PrepositionProclitics, pre) {
			continue
		}
		if len([]rune(pre)) > 1 || text.StripArticle(rest) != rest {
			return true // "للنصر", "بالهلال": preposition and article
		}
	}
	return false
}
