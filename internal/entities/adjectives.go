package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// dropNationalityAdjectives is the rule "nationality-adjective": a
// one-word place whose word is also a nationality adjective
// (nationalities.txt: السعودية is Saudi Arabia and "Saudi") agrees, right
// after a definite noun, with that noun as its adjective ("البنوك
// السعودية", "للشركة السعودية"): a place evoked by an adjective is no
// place mention. The word must carry the article itself (not "والسعودية",
// a coordinated place), and a preceding nationality adjective ("العربية
// السعودية", the country's long name cut short) keeps it a place.
func dropNationalityAdjectives(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if L.Article == "" {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Type == schema.Place && m.Tok[1]-m.Tok[0] == 1 && nationalityAdjective(d, L, m.Tok[0]) {
			continue
		}
		out = append(out, m)
	}
	return out
}

func nationalityAdjective(d *text.Document, L *lang.Profile, i int) bool {
	t := d.Tokens[i]
	if !L.Definite(t.Fold) {
		return false
	}
	if _, ok := L.Nationalities.Has(t.Text); !ok {
		return false
	}
	if i == 0 || d.Tokens[i-1].Sent != t.Sent {
		return false
	}
	p := d.Tokens[i-1]
	if p.Class != text.Word || !L.InScript(p.Text) || !definiteWord(L, p) {
		return false
	}
	if _, nat := L.Nationalities.Has(p.Text); nat {
		return false
	}
	return true
}
