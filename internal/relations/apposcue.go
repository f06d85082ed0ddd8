package relations

import "graphbuild/internal/text"

// AppositionCue reads a relation from a noun phrase in apposition to a name,
// the phrase an 'apposition' cue of relation_triggers: "Vela Labs, the
// maker of the Falak model, …" and, fronted, "The maker of the Falak
// model, Vela Labs, …" (developed). The name in apposition is the subject,
// the name right after the cue (an article allowed) the object; the
// predicate's domain and range must fit, or nothing is said.
func AppositionCue() Rule { return ruleFunc{"apposition-cue", applyAppositionCue} }

var _ = registerRule(RuleSpec{Name: "apposition-cue", Stage: StageFacts, Order: 180, New: AppositionCue})

func applyAppositionCue(c *Context, rule string) {
	toks := c.Doc.Tokens
	comma := func(t int) bool { return t >= 0 && t < len(toks) && c.L.IsComma(toks[t].Text) }
	for _, s := range c.Doc.Sentences {
		if !s.Kind.Readable() {
			continue
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			m, ok := c.L.Cues.At(toks, i, s.EndToken, c.L.Clitics)
			if !ok || !m.Value.Apposition {
				continue
			}
			obj := c.mentionStarting(m.End)
			if obj < 0 && m.End+1 < s.EndToken {
				if _, det := c.L.Stopwords.Has(toks[m.End].Text); det {
					obj = c.mentionStarting(m.End + 1) // "the maker of the Falak model"
				}
			}
			if obj < 0 {
				continue
			}
			subj := -1
			if comma(i - 1) {
				// "SUBJ, CUE OBJ"
				for k := range c.R.Mentions {
					if c.R.Mentions[k].Tok[1] == i-1 && c.R.Mentions[k].Entity >= 0 {
						subj = k
					}
				}
			} else if i == s.FirstToken || toks[i-1].Class == text.Punct {
				// "CUE OBJ …, SUBJ"
				end := c.R.Mentions[obj].Tok[1]
				for end < s.EndToken && !comma(end) && toks[end].Class != text.Punct {
					end++
				}
				if comma(end) {
					subj = c.mentionStarting(end + 1)
				}
			}
			if subj < 0 || subj == obj {
				continue
			}
			c.AddFact(Fact{Subject: c.ent(subj), Predicate: m.Value.Predicate, Object: c.ent(obj), Evidence: s.Span, Confidence: 0.8, Rule: rule})
			i = m.End - 1
		}
	}
}
