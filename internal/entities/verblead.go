package entities

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// dropVerbLead is the rule "verb-lead": a name of several words that only
// the tagger saw and whose first word is a verb by the news vocabulary (an
// imperfect verb, or one with the future prefix: lang.Profile.VocabularyKind
// "verb") does not start there — a name does not open with a verb
// ("سنختار بنكا", "وسيترك بلاتر"). The verb is left out; when one word is
// left that is no given name and no word of a longer name of the document
// (بلاتر after سيب بلاتر), nothing is left (the object of the verb, "بنكا").
// The verb is the word itself or after the conjunction و, not after another
// clitic (لينسي is a name, not ل + ينسي); a given name that is also a verb
// (يزيد, يحيى) opens a name.
func dropVerbLead(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if len(L.Vocabulary) == 0 {
		return ms
	}
	var out []Mention
	for i, m := range ms {
		if m.Source != srcTagger || m.LexID != "" || m.Tok[1]-m.Tok[0] < 2 || m.Span.Start != d.Tokens[m.Tok[0]].Start {
			out = append(out, m)
			continue
		}
		t := d.Tokens[m.Tok[0]]
		if _, given := firstName(d.Lang, t); given || !leadingVerb(L, t.Fold) {
			out = append(out, m)
			continue
		}
		m.Tok[0]++
		if m.Tok[1]-m.Tok[0] == 1 {
			others := append(ms[:i:i], ms[i+1:]...)
			if _, given := firstName(d.Lang, d.Tokens[m.Tok[0]]); !given && !inLongerName(d, others, m) {
				continue
			}
		}
		m.Span.Start = d.Tokens[m.Tok[0]].Start
		m.Text = d.Slice(m.Span)
		out = append(out, m)
	}
	return out
}

// leadingVerb reports an imperfect verb of the vocabulary, or one with the
// future prefix, written alone or after the conjunction.
func leadingVerb(L *lang.Profile, f string) bool {
	w := L.TrimAnd(f)
	if L.Vocabulary[w] == "verb" {
		return true
	}
	for _, fut := range L.FuturePrefixes {
		if strings.HasPrefix(w, fut) && L.VocabularyKind(w) == "verb" {
			return true
		}
	}
	return false
}
