package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

const srcPlaceOrg = "place-named-org"

var _ = registerSource(Source{Name: srcPlaceOrg, Rank: 4, Doc: "an organisation named by a trigger noun and a known place (مجموعة دبي، بنك الرياض، جامعة جدة)"})

// placeOrgs finds, in a language with clitics, an organisation named by a
// singular organisation trigger noun and a place the lexicon knows right
// after it: "مجموعة دبي", "بنك الرياض", "طيران الإمارات". The trigger is
// part of the name (the place alone names the place); a plural trigger
// ("شركات مصر") or a definite one ("الشركة السعودية") describes. A longer
// name found otherwise ("بنك الكويت الوطني") wins by its length.
func placeOrgs(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	if !L.Clitics {
		return nil
	}
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		for i := s.FirstToken; i < s.EndToken-1; i++ {
			t := d.Tokens[i]
			e, ok := L.Triggers.HasToken(&d.Tokens[i])
			if !ok || e.Value.Type != schema.Organization || definiteWord(L, t) {
				continue
			}
			forms := text.StripProclitics(t.Text)
			stem := forms[len(forms)-1]
			for _, f := range forms {
				if f == e.Toks[0] {
					stem = f
				}
			}
			if L.FemininePluralWord(stem) {
				continue // شركات، مجموعات: a plural describes
			}
			c, n, skip := defaultGazetteer().lookup(d.Tokens, i+1, s.EndToken)
			if c == nil || skip > 0 || c.entry.Type != schema.Place || n > 2 {
				continue
			}
			cut := 0
			if stem != forms[0] {
				cut = cliticBytes(t.Text, stem)
			}
			j := i + 1 + n
			sp := text.Span{Start: t.Start + cut, End: d.Tokens[j-1].End}
			out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Organization, Tok: [2]int{i, j}, Source: srcPlaceOrg,
				Conf: 0.7, Kind: s.Kind, clitic: cut > 0})
			i = j - 1
		}
	}
	return out
}
