package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// fieldBeforeTitle is the rule field-before-title: one to three lower-case
// words of three letters or more, none a verb, conjunction or determiner,
// ahead of a title at token j name the title's field ("local government
// spokesman", "home affairs spokesman"); it returns the title's first
// token, or j. skipLeadingTitle takes it only after an organisation, a
// possessive, a title or a determiner, so a verb that opens a clause
// ("said health spokesman X") is never skipped; an honorific after the
// words is no title ("the lawyer representing Mr X").
func (c *Context) fieldBeforeTitle(j, end int) int {
	for n := j; n < end && n < j+3; n++ {
		t := c.Doc.Tokens[n]
		if t.Class != text.Word || startsUpperTok(t) || len(t.Fold) < 3 || c.mentionStarting(n) >= 0 || c.fieldBreak(n, end) {
			return j
		}
		if _, ok := c.L.Honorifics.At(c.Doc.Tokens, n+1, end, true); ok {
			return j // "portrayed Mr Howard", "representing Mr Abbasi": an honorific, not a title
		}
		if m, ok := c.L.Titles.At(c.Doc.Tokens, n+1, end, true); ok && m.End > n+1 {
			return n + 1
		}
	}
	return j
}

// fieldBreak reports whether token n cannot be a word of a title's field: a
// speech verb, an auxiliary, a form of "be", a conjunction or a determiner.
func (c *Context) fieldBreak(n, end int) bool {
	if _, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, n, end, true); ok {
		return true
	}
	f := c.Doc.Tokens[n].Fold
	return lang.Has(c.L.Auxiliaries, f) || lang.Has(c.L.BeVerbs, f) || lang.Has(c.L.Conjunctions, f) || lang.Has(c.L.Determiners, f)
}
