package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// dropNotNames is the rule "not-a-name": a one-word mention that the
// language's not_names list holds — a format or technical standard (DVD,
// UMD, MP3) or an honour (OBE, MBE) — names no entity, whatever the tagger
// typed it ("on the UMD format", "made an OBE"). A longer name that holds
// such a word stays ("RipGuard DVD"); lexicon matches stay.
func dropNotNames(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if L.NotNames == nil {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Value == nil && m.LexID == "" && m.Tok[1]-m.Tok[0] == 1 {
			if _, ok := L.NotNames.Has(d.Tokens[m.Tok[0]].Text); ok {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}
