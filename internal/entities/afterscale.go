package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// dropAfterScale is the rule "after-scale": a name that only the tagger
// saw, right after a number's scale word (scales.txt: مليار، مليون، ألف), is
// the unit or the thing counted ("3.483 مليار دينار", "مليون شخص"), not a
// name. In the 30k Arabic news articles the 19k words after a scale word are
// currencies, units and counted nouns (ريال 2.5k, دولار 1.7k, برميل 731, شخص
// 382, …), with no name among the 40 most frequent. A lexicon match stays
// (the mention carries its id). Only in a script without capitals: in
// English a capitalised word after a scale is often a name used as a
// modifier ("7 million NCCI shares", "five million Freeview boxes"), and the
// capital already tells the tagger.
func dropAfterScale(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if L.Scales == nil || L.CasedNames {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Source == srcTagger && m.LexID == "" && m.Tok[0] > 0 && d.Tokens[m.Tok[0]-1].Sent == d.Tokens[m.Tok[0]].Sent {
			if _, ok := L.Scales.Has(d.Tokens[m.Tok[0]-1].Text); ok {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}
