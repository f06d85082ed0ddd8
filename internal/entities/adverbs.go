package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// dropOpeningAdverbs is the rule "opening-adverb": a one-word tagger name
// that opens a sentence, ends in -ly and is followed by a comma or a
// lower-case word is the adverb the sentence starts with ("Additionally, a
// link …", "Barely a third …"), not a name. A given name (Kelly), a name of
// the lexicon (Italy) or a word written capitalised inside a sentence
// elsewhere in the text keeps its reading.
func dropOpeningAdverbs(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if !L.CasedNames {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Source == srcTagger && m.LexID == "" && m.Tok[1]-m.Tok[0] == 1 && openingAdverb(d, L, m.Tok[0]) {
			continue
		}
		if m.Source == srcTagger && m.LexID == "" && m.Tok[1]-m.Tok[0] > 1 && openingGerund(d, L, m.Tok[0]) {
			m.Tok[0]++
			if _, det := L.Stopwords.Has(d.Tokens[m.Tok[0]].Text); det && m.Tok[1]-m.Tok[0] > 1 {
				m.Tok[0]++ // "Launching the Department for …"
			}
			m.Span.Start = d.Tokens[m.Tok[0]].Start
			m.Text = d.Slice(m.Span)
		}
		out = append(out, m)
	}
	return out
}

// openingGerund is the rule "opening-gerund": the -ing word that opens a
// sentence is the verb it starts with, not the first word of the name the
// tagger read after it ("Bringing Kalvex production to Sweden …",
// "Following Kalvex's lead …"): an ordinary word of the language
// (common_words) that is no given name and is not written capitalised
// inside a sentence elsewhere in the text.
func openingGerund(d *text.Document, L *lang.Profile, i int) bool {
	t := d.Tokens[i]
	if i != d.Sentences[t.Sent].FirstToken || !L.GerundShaped(t.Fold) || len(t.Fold) < 6 || !L.IsCommon(t.Fold) {
		return false
	}
	if _, ok := firstName(d.Lang, t); ok {
		return false
	}
	for k, o := range d.Tokens {
		if o.Text == t.Text && k != d.Sentences[o.Sent].FirstToken {
			return false
		}
	}
	return true
}

func openingAdverb(d *text.Document, L *lang.Profile, i int) bool {
	t := d.Tokens[i]
	s := d.Sentences[t.Sent]
	if i != s.FirstToken || i+1 >= s.EndToken || !L.AdverbShaped(t.Fold) || len(t.Fold) < 5 {
		return false
	}
	if next := d.Tokens[i+1]; next.Text != "," && next.Class != text.Number && !lowerWord(next) {
		return false
	}
	if _, ok := firstName(d.Lang, t); ok {
		return false
	}
	if c, _, _ := defaultGazetteer().lookup(d.Tokens, i, i+1); c != nil {
		return false
	}
	for k, o := range d.Tokens {
		if o.Text == t.Text && k != d.Sentences[o.Sent].FirstToken {
			return false // "… said Kimberly": a name inside a sentence
		}
	}
	return true
}
