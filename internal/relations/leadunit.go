package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/schema"
)

// leadsWhole is the lead-of-unit guard: a lead title ("head", "leader") in
// tokens [i, j) heads the whole organisation of mention om, and so gives
// `leads`, only when nothing narrows it to a part:
//   - a word before the lead word inside the title: "deputy leader",
//     "regulatory head";
//   - lead-of-field: the organisation first and a preposition right after
//     the lead word: "Christian Aid's head of Trade Policy";
//   - a second employer preposition between the title and the organisation:
//     "head of new media at Virgin Radio";
//   - after the organisation's name (when it follows the title), a possessive ("head of the Tate's
//     digital programme"), a unit noun of unit_nouns.txt ("head of MMS firm
//     Adamind", "leader of the Labour group on Newham") or a preposition and
//     a place ("head of EA in Europe").
//
// worksAt and jobTitle stay: the person works there either way.
func (c *Context) leadsWhole(i, j, om int) bool {
	toks := c.Doc.Tokens
	for k := i; k < j; k++ {
		if r, ok := c.L.TitleRoles.At(toks, k, j, false); ok && r.Value.Role == "lead" {
			if k > i {
				return false
			}
			break
		}
	}
	m := c.R.Mentions[om]
	if m.Tok[0] < j {
		// "UKIP's leader X", "Tory leader X": the organisation first.
		// lead-of-field: a preposition right after the lead word names
		// what is headed: "the BBC's head of development".
		return j >= len(toks) || !lang.Has(c.L.EmployerPrepositions, toks[j].Fold)
	}
	preps := 0
	for t := j; t < m.Tok[0]; t++ {
		if lang.Has(c.L.EmployerPrepositions, toks[t].Fold) {
			preps++
		}
	}
	if preps > 1 {
		return false
	}
	e, end := m.Tok[1], c.Doc.Sentences[c.sentence(m.Tok[0])].EndToken
	if e >= end {
		return true
	}
	if c.L.Possessive(toks[e]) || lang.Has(c.L.UnitNouns, toks[e].Fold) {
		return false
	}
	if e+1 < end && lang.Has(c.L.EmployerPrepositions, toks[e].Fold) {
		if pm := c.mentionStarting(e + 1); pm >= 0 && c.typeOf(pm) == schema.Place {
			return false
		}
	}
	return true
}
