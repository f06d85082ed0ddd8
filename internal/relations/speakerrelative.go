package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/schema"
)

// relativeSubject reads a speech verb right after a relative pronoun
// ("…ومنهم سامر ليفي، الذي قال: «…»", "…مع الدكتور سامر ليفي الذي أكد أنه
// …"): the verb's subject is the pronoun's antecedent, not the sentence's
// subject nor the last speaker. Rule relative-subject: a person's name
// ending right before the pronoun (a comma between at most) is the speaker.
// Not ok when no relative pronoun stands before the verb or no name before
// it (an antecedent after a title or a body is left to the other rules).
func (c *Context) relativeSubject(v, first int) (int, bool) {
	r := v - 1
	if r <= first || !lang.Has(c.L.RelativePronouns, c.Doc.Tokens[r].Fold) {
		return -1, false
	}
	end := r
	if end-1 > first && c.L.IsComma(c.Doc.Tokens[end-1].Text) {
		end--
	}
	if pm := c.prevMention(end, max(first, end-maxPersonWords), schema.Person); pm >= 0 && c.R.Mentions[pm].Tok[1] == end {
		return c.ent(pm), true
	}
	return -1, false
}
