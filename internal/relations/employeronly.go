package relations

import (
	"slices"
	"strings"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// EmployerOnlyTitle drops a jobTitle whose title is one of titles.txt's
// employer-only titles (a third column: the words that must follow it)
// when no such word and an organisation follow it in the fact's evidence:
// "a partner at Vistula Ventures" stays; "writing partner Jim Taylor",
// "Sir Elton John's partner David Furnish" and "his business partner" go,
// with the worksAt, leads or formerlyWorkedAt the same rule drew from the
// same sentence for that person. It runs after the title rules.
func EmployerOnlyTitle() Rule { return ruleFunc{"employer-only-title", applyEmployerOnlyTitle} }

var _ = registerRule(RuleSpec{Name: "employer-only-title", Stage: StageChecks, Order: 20, New: EmployerOnlyTitle})

type factKey struct {
	subject int
	rule    string
	ev      text.Span
}

func applyEmployerOnlyTitle(c *Context, rule string) {
	drop := map[factKey]bool{}
	for _, f := range c.Out.Facts {
		if f.Predicate != "jobTitle" || f.Value == nil || !c.employerOnly(f.Value.Text) {
			continue
		}
		if !c.titleBeforeEmployer(f.Evidence) {
			drop[factKey{f.Subject, f.Rule, f.Evidence}] = true
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := c.Out.Facts[:0]
	for _, f := range c.Out.Facts {
		if drop[factKey{f.Subject, f.Rule, f.Evidence}] && (f.Predicate == "jobTitle" || employment(f.Predicate)) {
			continue
		}
		kept = append(kept, f)
	}
	c.Out.Facts = kept
}

// employerOnly reports whether the title value ends in an employer-only
// title ("partner", "executive partner") and is not itself a title of
// its own ("managing partner").
func (c *Context) employerOnly(title string) bool {
	words := strings.Fields(title)
	for i := range words {
		toks := make([]text.Token, 0, len(words)-i)
		for _, w := range words[i:] {
			toks = append(toks, text.Token{Text: w, Fold: text.Fold(w), Class: text.Word})
		}
		if m, ok := c.L.Titles.At(toks, 0, len(toks), false); ok && m.End == len(toks) {
			return len(m.Value.OnlyBefore) > 0
		}
	}
	return false
}

// employerGap is how many words may stand between the preposition after an
// employer-only title and the organisation: "a partner at Warsaw-based
// Vistula Ventures", "a partner at the law firm Brivex Legal".
const employerGap = 3

// titleBeforeEmployer reports whether, in span ev, an employer-only title
// is followed by one of its words and, within employerGap words, an
// organisation.
func (c *Context) titleBeforeEmployer(ev text.Span) bool {
	toks := c.Doc.Tokens
	end := c.tokenAt(ev.End)
	for k := c.tokenAt(ev.Start); k < end; k++ {
		m, ok := c.L.Titles.At(toks, k, end, false)
		if !ok || len(m.Value.OnlyBefore) == 0 || m.End+1 >= end || !slices.Contains(m.Value.OnlyBefore, toks[m.End].Fold) {
			continue
		}
		if c.nextMention(m.End+1, end, employerGap, schema.Organization) >= 0 {
			return true
		}
	}
	return false
}
