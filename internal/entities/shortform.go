package entities

import (
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// quotedShortForms joins an organisation's name and the short form the
// writer puts in quotes or brackets right after it: `شركة مصر لإنتاج
// الأسمدة "موبكو"`, `شركة بترول أبوظبي الوطنية "أدنوك"`, "Abu Dhabi
// National Oil Company (ADNOC)". The short form is one or two words that
// close the bracket; it takes the name's type and becomes one of its names.
func quotedShortForms(d *text.Document, ms []Mention, byStart map[int][]int, union func(a, b int)) {
	for i := range ms {
		m := ms[i]
		if m.Entity < 0 || m.Type != schema.Organization || m.Tok[1]-m.Tok[0] < 2 {
			continue
		}
		k := m.Tok[1]
		s := d.Sentences[d.Tokens[m.Tok[0]].Sent]
		if k+2 >= s.EndToken || !isOpening(d.Tokens[k].Text) && d.Tokens[k].Text != "(" {
			continue
		}
		for _, j := range byStart[k+1] {
			o := ms[j]
			n := o.Tok[1] - o.Tok[0]
			if o.Entity < 0 || n > 2 || o.Tok[1] >= s.EndToken || o.Type == schema.Person && o.personCue {
				continue
			}
			if c := d.Tokens[o.Tok[1]].Text; isClosing(c) || c == "\"" || c == ")" {
				ms[j].Type = m.Type
				union(i, j)
				break
			}
		}
	}
}
