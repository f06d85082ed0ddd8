package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// completeParticleNames is the rule "particle-end": a person's name never
// ends on a name particle (name_particles.txt: بن، آل، أبو، عبد), which only
// joins the word after it. A name that a recognizer ended on one takes in
// that word — "عبداللطيف بن عبدالملك آل الشيخ" was read as "… آل" (الشيخ is
// also an honorific), "هاني أبو راس" as "هاني أبو" (راس is also a common
// word) — when it is a plain word of the same sentence on which no other
// mention starts and that can be part of a name (not a function word, an
// imperfect verb, a preposition-glued common word or a word with tanween;
// see notNameEnd), or a word that makes a listed given name with the
// particle ("ماجد بن عبد الله"). A definite family name (nisba) after it that is not
// common vocabulary comes too ("عطية بن مساعد الثبيتي"). Otherwise the
// particle is taken off, and a name of particles alone is dropped. A name
// right after a listed given name and a particle starts with them ("الأمير
// تركي بن محمد بن فهد" was read as "محمد بن فهد", his father). Lexicon
// names are not touched.
func completeParticleNames(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if L.NameParticles == nil || L.NameParticles.Len() == 0 {
		return ms
	}
	starts := map[int]bool{}
	for _, m := range ms {
		starts[m.Tok[0]] = true
	}
	out := ms[:0]
	for _, m := range ms {
		a, b := m.Tok[0], m.Tok[1]
		if spanRuleTarget(m) && givenNameBefore(d, L, a, starts) {
			// "الأمير تركي بن محمد بن فهد": read as "محمد بن فهد", the
			// father's name; the given name and its بن come first.
			a -= 2
			m.Span.Start, m.clitic = d.Tokens[a].Start, false
			if rest, ok := L.CutAnd(d.Tokens[a].Text); ok {
				if e, whole := L.FirstNames.Has(d.Tokens[a].Text); !whole || e.Toks[0] != d.Tokens[a].Fold {
					m.Span.Start += len(d.Tokens[a].Text) - len(rest) // "ومحمد بن فيصل": not the و (but وليد)
				}
			}
			m.Tok[0] = a
			m.Text = d.Slice(m.Span)
		}
		if !spanRuleTarget(m) || b-a < 2 || !isParticle(L, d.Tokens[b-1]) {
			out = append(out, m)
			continue
		}
		if nameWordAt(d, L, b, d.Tokens[b-1].Sent, starts) || joinedGivenName(d, L, b, starts) {
			b++
			if nameWordAt(d, L, b, d.Tokens[b-1].Sent, starts) && L.Definite(d.Tokens[b].Fold) && !L.Common[d.Tokens[b].Fold] && !L.Common[text.StripArticle(d.Tokens[b].Fold)] {
				b++ // "عطية بن مساعد الثبيتي": the family name
			}
		} else {
			for b-a > 1 && isParticle(L, d.Tokens[b-1]) {
				b-- // "ريتشارد ابن،": a particle is no name's end
			}
		}
		if b-a == 1 && isParticle(L, d.Tokens[a]) {
			continue // "أبو بنت": particles only, no name
		}
		m.Span.End = d.Tokens[b-1].End
		m.Tok[1] = b
		m.Text = d.Slice(m.Span)
		out = append(out, m)
	}
	return out
}

// givenNameBefore reports a listed given name and a name particle right
// before token a, in the same sentence, on which no mention starts: the
// name at a is the father's in a longer name.
func givenNameBefore(d *text.Document, L *lang.Profile, a int, starts map[int]bool) bool {
	if a < 2 || starts[a-2] || starts[a-1] || !isParticle(L, d.Tokens[a-1]) {
		return false
	}
	g := d.Tokens[a-2]
	if g.Class != text.Word || g.Sent != d.Tokens[a].Sent {
		return false
	}
	if _, stop := L.Stopwords.Has(g.Text); stop {
		return false // "على أم محمد": على is no given name here
	}
	_, given := L.FirstName(g.Text)
	return given
}

// joinedGivenName reports a word k that makes a listed given name with the
// particle before it, written apart: "عبد" "الله" (عبدالله).
func joinedGivenName(d *text.Document, L *lang.Profile, k int, starts map[int]bool) bool {
	if k >= len(d.Tokens) || starts[k] || d.Tokens[k].Class != text.Word || d.Tokens[k].Sent != d.Tokens[k-1].Sent {
		return false
	}
	_, ok := L.FirstName(d.Tokens[k-1].Text + d.Tokens[k].Text)
	return ok
}

// isParticle reports a name particle as written: not a folded surname
// ("شينزو آبي") nor one with a clitic ("بابا").
func isParticle(L *lang.Profile, t text.Token) bool {
	return lang.HasWritten(L.NameParticles, t.Text)
}

// nameWordAt reports whether token k is a plain word of sentence sent that
// can go on a person's name: no other mention starts there, and it is no
// function word or word that cannot end a name.
func nameWordAt(d *text.Document, L *lang.Profile, k, sent int, starts map[int]bool) bool {
	if k >= len(d.Tokens) || starts[k] {
		return false
	}
	t := d.Tokens[k]
	if t.Class != text.Word || t.Sent != sent || isParticle(L, t) {
		return false
	}
	if _, stop := L.Stopwords.Has(t.Text); stop {
		return false
	}
	return !notNameEnd(L, t)
}
