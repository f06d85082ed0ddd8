package relations

import "graphbuild/schema"

// The rule "institution-name-speaker": a person's name inside an
// institution's name ("مدير عام جمرك مطار الملك عبدالعزيز الدولي محمد
// العقيل", "المتحدث الرسمي لمركز الملك سلمان للإغاثة رأفت الصباغ",
// "وأوضحت إدارة مكتبة الملك عبدالعزيز العامة أن") is part of that name, not
// a speaker: the quote analysis reads such a mention as an organisation's,
// so the speaker is the person named after it, or nobody when the
// institution spoke. Such a mention is a trigger noun of named_after.txt
// without the article (with a glued preposition: "لمركز", "بجامعة") and a
// title
// (الملك, الأمير, الإمام), the title inside the mention or right before it.

// institutionPersons returns the person mentions that stand inside an
// institution's name.
func (c *Context) institutionPersons() map[int]bool {
	var out map[int]bool
	toks := c.Doc.Tokens
	for mi, m := range c.R.Mentions {
		if m.Type != schema.Person {
			continue
		}
		a := m.Tok[0]
		if t, ok := c.L.Titles.At(toks, a, m.Tok[1], false); !ok || t.End >= m.Tok[1] {
			// The title is not inside the mention: it must stand right before.
			if a < 2 {
				continue
			}
			if t, ok := c.L.Titles.At(toks, a-1, a, false); !ok || t.End != a {
				continue
			}
			a--
		}
		if a < 1 {
			continue
		}
		if n, ok := c.L.NamedAfter.At(toks, a-1, a, true); !ok || n.End != a || c.L.CliticEndsInArticle(n.Clitic) {
			continue // "مدير المستشفى الدكتور X": the hospital, then a person's title
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[mi] = true
	}
	return out
}

// readInstitutionNames makes the person mentions inside an institution's
// name organisations' for the quote analysis, and returns the function that
// restores them.
func (c *Context) readInstitutionNames() func() {
	ms := c.institutionPersons()
	for mi := range ms {
		c.R.Mentions[mi].Type = schema.Organization
	}
	return func() {
		for mi := range ms {
			c.R.Mentions[mi].Type = schema.Person
		}
	}
}
