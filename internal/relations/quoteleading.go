package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// QuoteLeadingClause reads reported speech that comes before its
// attribution: "Mistral AI will open an office in Abu Dhabi, its chief
// executive Arthur Mensch told Reuters", "…، قال المتحدث باسم الشركة X".
// The clause runs from the sentence start (after a wire dateline's dash)
// to the comma; the person and the speech verb follow within a few words.
func QuoteLeadingClause() QuoteRule { return quoteLeadingClause{} }

var _ = registerQuoteRule(QuoteSpec{Name: "quote-leading-clause", Order: 90, New: QuoteLeadingClause})

type quoteLeadingClause struct{}

func (quoteLeadingClause) Name() string { return "quote-leading-clause" }

func (r quoteLeadingClause) readSentence(st *quoteState, sc *quoteScan) bool {
	c, s := st.c, sc.s
	toks := c.Doc.Tokens
	for k := s.FirstToken + 4; k < s.EndToken-2; k++ {
		if t := toks[k].Text; !c.L.IsComma(t) {
			continue
		}
		j := k + 1
		for j < s.EndToken && j-k <= 6 {
			if pm := c.mentionStarting(j); pm >= 0 && c.typeOf(pm) == schema.Person {
				e := c.R.Mentions[pm].Tok[1]
				if vm, ok := c.L.SpeechVerbs.At(toks, e, s.EndToken, true); ok {
					if c.verbHasObject(e, vm.End, string(vm.Value.Mode), s.EndToken) {
						// "…, Mr Brown continued his devotion": the verb has an
						// object, so the clause before is no speech of his;
						// he is still the one a later "he said" means.
						st.spoke(c.ent(pm), "")
						return false
					}
					start := s.FirstToken
					for x := s.FirstToken; x < k && x < s.FirstToken+12; x++ {
						if toks[x].Text == "-" || toks[x].Text == "–" || toks[x].Text == "—" {
							start = x + 1 // "PARIS, Nov. 2 (Reuters) - …"
						}
					}
					if k-start < 4 {
						return false
					}
					if c.participleOpening(start) {
						st.spoke(c.ent(pm), "") // the speaker, but no words of theirs
						return false
					}
					sp := text.Span{Start: toks[start].Start, End: toks[k-1].End}
					st.addQuote(c.ent(pm), sp, false, s.Span, r.Name(), 0.7)
					st.spoke(c.ent(pm), "")
					return true
				}
				break
			}
			if toks[j].Class == text.Punct {
				break
			}
			j++
		}
	}
	return false
}

// participleOpening reports a clause opened by a participle ("Speaking at a
// BMW event …, X predicted", "Asked about the deal, X said"): the
// circumstance of the speech, not what was said (rule
// "participle-clause").
func (c *Context) participleOpening(k int) bool {
	t := c.Doc.Tokens[k]
	if t.Class != text.Word || !c.L.IsCommon(t.Fold) {
		return false
	}
	return c.L.GerundShaped(t.Fold) && len(t.Fold) > 5 || lang.Has(c.L.ParticipleOpeners, t.Fold)
}

// verbHasObject is rule verb-with-object: the speech verb at tokens [v, k)
// is followed by its object, not by the end of an attribution: any word
// after a verb of mode "that" ("Mr Brown continued his devotion"), else a
// word that is no time phrase, no hearer and no "that" ("Mr Sullivan
// admitted to falsifying", "Kipchoge responded and"). "…, X said on
// Monday", "…, X said in his interview", "…, X told reporters" and "…, X
// warned the board" still attribute.
func (c *Context) verbHasObject(v, k int, mode string, end int) bool {
	toks := c.Doc.Tokens
	if k >= end || toks[k].Class != text.Word {
		return false
	}
	if mode == "that" {
		return true
	}
	if _, ok := c.L.ClauseOpeners.At(toks, k, end, false); ok {
		return false
	}
	if lang.Has(c.L.EmployerPrepositions, toks[k].Fold) {
		return false // "…, Lord Butler said in his interview"
	}
	if c.hearerVerb(k-1) || lang.Has(c.L.HearerOptionalVerbs, toks[k-1].Fold) || lang.Has(c.L.ThatWords, toks[k].Fold) {
		return false
	}
	return toks[k].Text == toks[k].Fold // a lower-case word: "to", "his"
}
