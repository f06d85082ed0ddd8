package relations

import (
	"testing"

	"graphbuild/internal/lang"
)

// TestParenAliasCutName covers the rule paren-alias-cut-name
// (cutBeforeAcronym): an acronym whose last letters are the initials of a
// name that lacks its first words gives no alias of the cut name; a whole
// name, and a word in parentheses that is no acronym, still do.
func TestParenAliasCutName(t *testing.T) {
	r, _ := extract(t, "Figures from the Kestrel Institute of Coastal and Harbour Studies (KICHS) showed a fall.")
	c := &Context{R: r, Doc: r.Doc, L: lang.Of(r.Doc.Lang)}
	at := map[string]int{}
	for k, tok := range r.Doc.Tokens {
		if _, ok := at[tok.Text]; !ok {
			at[tok.Text] = k
		}
	}
	whole := [2]int{at["Kestrel"], at["("]}
	cut := [2]int{at["Coastal"], at["("]}
	for _, tt := range []struct {
		name string
		tok  [2]int
		acr  string
		want bool
	}{
		{"cut: Coastal and Harbour Studies (KICHS)", cut, "KICHS", true},
		{"whole: Kestrel Institute of Coastal and Harbour Studies (KICHS)", whole, "KICHS", false},
		{"no acronym: (Kichs)", cut, "Kichs", false},
		{"initials not at the end: (CHSK)", cut, "CHSK", false},
	} {
		if got := c.cutBeforeAcronym(tt.tok, tt.acr); got != tt.want {
			t.Errorf("%s: cutBeforeAcronym = %v, want %v", tt.name, got, tt.want)
		}
	}
}
