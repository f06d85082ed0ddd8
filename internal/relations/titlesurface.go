package relations

import (
	"graphbuild/internal/text"
)

// titleSurface returns the words of a title, tokens [i, j), as written,
// without the proclitic clitic the phrase match found glued to the first
// word. A first word that carries the article elided after ل ("للرئيس
// اليمني", ل + الرئيس) gets its article back ("الرئيس اليمني"), where
// cutting the clitic alone would leave "لرئيس" or "رئيس".
func (c *Context) titleSurface(i, j int, clitic string) string {
	sp := text.Span{Start: c.Doc.Tokens[i].Start, End: c.Doc.Tokens[j-1].End}
	if clitic == "" {
		return c.Doc.Slice(sp)
	}
	first := c.Doc.Tokens[i].Text
	if w, ok := c.L.RestoreArticle(first, clitic); ok {
		return w + c.Doc.Slice(text.Span{Start: c.Doc.Tokens[i].End, End: sp.End})
	}
	sp.Start += len(clitic)
	return c.Doc.Slice(sp)
}

// formerRightBefore reports a word of the former role (title_roles.txt:
// "السابق", "former") in the two tokens before token i, after token from:
// "المهندس السابق في شركة X" worked there.
func (c *Context) formerRightBefore(i, from int) bool {
	for k := max(from, i-2); k < i; k++ {
		if r, ok := c.L.TitleRoles.Has(c.Doc.Tokens[k].Text); ok && r.Value.Role == "former" {
			return true
		}
	}
	return false
}
