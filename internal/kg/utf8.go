package kg

import (
	"fmt"
	"unicode/utf8"
)

// InvalidUTF8 names the first string the extraction put in the graph that
// is not valid UTF-8 ("the text of quote 2 (reopened-quote)"), or is ""
// when all are valid. A store refuses such a string, and with it the whole
// batch; a build checks each graph once, before it is batched. The
// document's metadata comes from the input, which is checked when read.
func (g *Graph) InvalidUTF8() string {
	for i, e := range g.Entities {
		if !utf8.ValidString(e.Name) {
			return fmt.Sprintf("the name of entity %d (%s)", i, e.Type)
		}
		for _, a := range e.Aliases {
			if !utf8.ValidString(a) {
				return fmt.Sprintf("an alias of entity %d (%s)", i, e.Type)
			}
		}
	}
	for i, f := range g.Facts {
		if !utf8.ValidString(f.Evidence) {
			return fmt.Sprintf("the evidence of fact %d (%s)", i, f.Rule)
		}
		if f.Value != nil && !utf8.ValidString(f.Value.Text) {
			return fmt.Sprintf("the value of fact %d (%s)", i, f.Rule)
		}
	}
	for i, q := range g.Quotes {
		switch {
		case !utf8.ValidString(q.Text):
			return fmt.Sprintf("the text of quote %d (%s)", i, q.Rule)
		case !utf8.ValidString(q.Evidence):
			return fmt.Sprintf("the evidence of quote %d (%s)", i, q.Rule)
		case !utf8.ValidString(q.Title):
			return fmt.Sprintf("the speaker title of quote %d (%s)", i, q.Rule)
		}
	}
	return ""
}
