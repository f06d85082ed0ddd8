package relations

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// governedPerson is the rule "governed-not-speaker": a person whose name
// stands after a preposition or an object word (object_governors.txt: «مع»,
// «لدى استقباله», «بحضور») or inside an institution's name («جامعة الملك
// …»), with at most four address forms, honorifics, titles, nationality
// adjectives or counterpart nouns (counterpart_nouns.txt) between
// («لسمو الأمير محمد», «مع نظيره المصري سامح شكري», «بمشاركة وزير
// الخارجية …»), is a complement, not the subject of a participle or of a
// speech verb with no name of its own after it. Such a person speaks only
// where the verb names him; a participle with no other candidate is left
// without a speaker (its real subject is a title or a surname no rule
// resolved: «وأعرب اللواء عرفة … لسمو الأمير … متمنيا»).
func (c *Context) governedPerson(mi, first int) bool {
	if c.L.ObjectGovernors.Len() == 0 { // a language without the list (English) reads its subjects otherwise
		return false
	}
	toks := c.Doc.Tokens
	if c.reportedAsAround(mi) {
		return false // "ونقلت الوكالة عن فلان قوله": the one quoted
	}
	j := c.R.Mentions[mi].Tok[0] - 1
	for n := 0; j >= first && n <= 4; n++ {
		t := toks[j]
		if t.Class != text.Word {
			return false
		}
		if (lang.Has(c.L.GoverningPreps, t.Fold) && !c.givenNameAsWritten(t)) || lang.Has(c.L.ObjectGovernors, t.Fold) || c.gluedChainWord(t.Fold) {
			return true // "مع نظيره", "لسمو", "للرئيس"
		}
		if c.chainWord(t.Fold) {
			j--
			continue
		}
		// "جامعة الملك عبد العزيز": an institution named after a person;
		// the trigger noun, in the construct state, has no article and no
		// clitic ("عضو المجلس الدكتورة X", "بالجامعة الدكتور X" are titles).
		_, inst := c.L.Triggers.Word(t.Fold)
		return inst && n > 0 && text.StripArticle(t.Fold) == t.Fold
	}
	return false
}

// addressWord reports whether the folded word f is an honorific, an
// address form or a counterpart noun.
func (c *Context) addressWord(f string) bool {
	if _, ok := c.L.Honorifics.Word(f); ok {
		return true
	}
	if _, ok := c.L.AddressForms.Word(f); ok {
		return true
	}
	return lang.Has(c.L.CounterpartNouns, f)
}

// chainWord reports whether the folded word f may stand between a governor
// and the name it governs: an address form, an honorific, a one-word
// title, a nationality adjective or a counterpart noun.
func (c *Context) chainWord(f string) bool {
	if _, ok := c.L.Honorifics.Word(f); ok {
		return true
	}
	if _, ok := c.L.AddressForms.Word(f); ok {
		return true
	}
	if _, ok := c.L.Titles.Word(f); ok {
		return true
	}
	if _, ok := c.L.Nationalities.Word(f); ok {
		return true
	}
	return lang.Has(c.L.CounterpartNouns, f)
}

// reportedAsAround reports a mention followed by, or ending in, a word of
// reported_as.txt ("عن فلان قوله", "نقلت عن فلان قولها"): the person
// the preposition governs is the one quoted.
func (c *Context) reportedAsAround(mi int) bool {
	m := c.R.Mentions[mi]
	for k := m.Tok[1] - 1; k <= m.Tok[1] && k < len(c.Doc.Tokens); k++ {
		if k > m.Tok[0] || k == m.Tok[1] {
			if _, ok := c.L.ReportedAs.At(c.Doc.Tokens, k, len(c.Doc.Tokens), true); ok {
				return true
			}
		}
	}
	return false
}

// givenNameAsWritten reports a word that folds to a preposition but is
// written as a given name: "علي" (Ali) folds like "على" (on), and "علي
// موسى الربعي" is a name, not "on موسى الربعي".
func (c *Context) givenNameAsWritten(t text.Token) bool {
	if !strings.HasSuffix(t.Text, "ي") {
		return false
	}
	_, ok := c.L.FirstNames.Word(t.Fold)
	return ok
}

// gluedChainWord reports whether the folded word f is an address form, an
// honorific or a counterpart noun with a preposition glued to it ("لسمو",
// "لفخامة", "بالأمير", "لنظيره"); a title with one ("بالمؤسسة",
// "بالجامعة") is as often the speaker's workplace.
func (c *Context) gluedChainWord(f string) bool {
	forms := text.StripFolded(f)
	for _, rest := range forms[1:] {
		if !strings.HasSuffix(forms[0], rest) {
			continue
		}
		if lang.Has(c.L.PrepositionProclitics, strings.TrimSuffix(forms[0], rest)) && c.addressWord(rest) {
			return true
		}
	}
	return false
}

// participleSubject returns the person a participle at token t speaks for
// (sentence from token first): the sentence's subject, else the person
// nearest before it. By rule governed-not-speaker a governed person is not
// that subject; governed is then true and the participle has no named
// speaker (its subject is a title or a name no rule resolved). A later
// person is not tried: in "من X، Y إلى Z" the list goes on under the
// preposition.
func (c *Context) participleSubject(t, first int) (pm int, governed bool) {
	pm = c.sentenceSubject(t, first)
	if pm < 0 {
		pm = c.prevMention(t, first, schema.Person)
	}
	if pm >= 0 && c.governedPerson(pm, first) {
		return -1, true
	}
	return pm, false
}
