package relations

import (
	"graphbuild/internal/lang"
	"unicode"
	"unicode/utf8"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// adjacentSubject returns the subject of a cue marked "adjacent" in
// relation_triggers ("based in"): the mention right before the cue, with
// only the words of cue_bridges between ("Atticus, which is based in"), or
// -1. "flight attendants based in London" describes the attendants, not an
// organisation named earlier in the sentence.
func (c *Context) adjacentSubject(cue, first int, types []schema.Type) int {
	bridges := c.L.CueBridges
	k := cue
	for k > first && cue-k < 4 {
		if _, ok := bridges.Has(c.Doc.Tokens[k-1].Text); !ok {
			break
		}
		k--
	}
	if i := c.mentionEndingAt(k, types); i >= 0 {
		return i
	}
	// "Corvid, a chip designer based in Taipei": an apposition of
	// lower-case words after a comma and an article describes the name
	// before it.
	j := k
	for j > first && k-j < 4 && c.Doc.Tokens[j-1].Class == text.Word && isLowerWord(c.Doc.Tokens[j-1].Text) && !lang.Has(c.L.Determiners, c.Doc.Tokens[j-1].Fold) {
		j--
	}
	if j < k && j-2 >= first && lang.Has(c.L.Determiners, c.Doc.Tokens[j-1].Fold) && c.tokText(j-2) == "," {
		return c.mentionEndingAt(j-2, types)
	}
	return -1
}

// mentionEndingAt returns the entity mention of one of types ending at token
// k, or -1.
func (c *Context) mentionEndingAt(k int, types []schema.Type) int {
	for _, i := range c.index().end[k] {
		if m := c.R.Mentions[i]; m.Entity >= 0 && hasType(m.Type, types) {
			return i
		}
	}
	return -1
}

func isLowerWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// blocked reports whether a word of cue_blockers for pred stands in tokens
// [from, to) without a word that lifts the block: "raised its offer to
// A$8.4bn" is no funding, "bought a 10% stake in" no acquisition, "a
// controlling stake" is.
func (c *Context) blocked(pred string, from, to int) bool {
	list := c.L.CueBlockers
	block := false
	for k := from; k < to && k < len(c.Doc.Tokens); k++ {
		for _, e := range list.Starting(c.Doc.Tokens[k].Text) {
			if len(e.Toks) != 1 || e.Value.Predicate != pred {
				continue
			}
			if e.Value.Allow {
				return false
			}
			block = true
		}
	}
	return block
}
