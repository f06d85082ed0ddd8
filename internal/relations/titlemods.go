package relations

import (
	"graphbuild/internal/lang"
	"strings"

	"graphbuild/internal/text"
)

// titleModifiersBefore extends a title starting at token i leftwards over
// the words of title_modifiers.txt that stand right before it ("Home
// Secretary", "shadow home secretary", "First Minister", "deputy general
// secretary"), not before the sentence's first token; it returns the new
// start.
func (c *Context) titleModifiersBefore(i, first int) int {
	for i-1 >= first {
		if _, ok := c.L.TitleModifiers.Has(c.Doc.Tokens[i-1].Text); !ok {
			break
		}
		i--
	}
	if i-1 >= first && lang.Has(c.L.FieldNouns, c.Doc.Tokens[i].Fold) && c.Doc.Tokens[i-1].Class != text.Punct && !c.L.Possessive(c.Doc.Tokens[i-1]) {
		i-- // "Constitutional Affairs Minister": the field is two words
	}
	return i
}

// formerBefore reports whether a title starting at token i is a past one:
// "former"/"ex" (title_roles.txt) right before it, or before the
// organisation or possessive that precedes it ("former WorldCom chief",
// "ex-Yukos boss", "the firm's former chairman").
func (c *Context) formerBefore(i, first int) bool {
	k := i
	if k-1 >= first && c.L.Possessive(c.Doc.Tokens[k-1]) {
		k--
	}
	if mi := c.prevMentionEndingAt(k, first); mi >= 0 {
		k = c.R.Mentions[mi].Tok[0]
	}
	if k-2 >= first && c.Doc.Tokens[k-1].Text == "-" {
		k-- // "ex - Yukos boss X" split at the hyphen
	}
	if k-1 >= first && strings.HasPrefix(c.Doc.Tokens[k-1].Fold, "ex-") {
		return true // "ex-Yukos boss X"
	}
	for j := max(first, k-3); j < k; j++ {
		r, ok := c.L.TitleRoles.At(c.Doc.Tokens, j, k, false)
		if !ok || r.Value.Role != "former" {
			continue
		}
		if r.End == k {
			return true
		}
		// "Former Conservative leader": one capitalised name word between.
		if r.End+1 == k {
			if t := c.Doc.Tokens[r.End]; t.Class == text.Word && t.Text != strings.ToLower(t.Text) {
				return true
			}
		}
	}
	return false
}

// prevMentionEndingAt returns the mention that ends right before token t
// and starts at or after first, or -1.
func (c *Context) prevMentionEndingAt(t, first int) int {
	if mi := c.prevMention(t, max(first, t-6)); mi >= 0 && c.R.Mentions[mi].Tok[1] == t {
		return mi
	}
	return -1
}
