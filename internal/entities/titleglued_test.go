package entities

import (
	"testing"

	"graphbuild/internal/lang"
	"graphbuild/schema"
)

// TestTitleGluedL: after a title, a name glued to ل is what the title is
// of, an organisation ("الرئيس التنفيذي لسامسونج"); a listed given name
// that merely starts with the letter ("الرئيس السابق لويس", "ليلى") is a
// person's name, and the rule leaves it alone.
func TestTitleGluedL(t *testing.T) {
	tests := []struct {
		text, first string // the sentence; the first word of the mention
		want        bool   // title-glued-l types it an organisation
	}{
		{"وقال الرئيس التنفيذي لأرامكو أمين الناصر إن الشركة ستتوسع.", "لأرامكو", true},
		{"وقال الرئيس التنفيذي لسامسونج إن الشركة ستتوسع.", "لسامسونج", true},
		{"وقال الرئيس السابق لويس إن الحزب سيفوز.", "لويس", false},
		{"وكان الرئيس التنفيذي ليلى كرمان قد استقال من منصبه.", "ليلى", false},
	}
	for _, tt := range tests {
		r := extract(t, tt.text)
		L := lang.Of(r.Doc.Lang)
		found := false
		for i, m := range r.Mentions {
			if r.Doc.Tokens[m.Tok[0]].Text != tt.first {
				continue
			}
			found = true
			ev, ok := contextType(r.Doc, L, r.Mentions, i)
			got := ok && ev.rule == "title-glued-l"
			if got != tt.want || got && ev.typ != schema.Organization {
				t.Errorf("%q: mention %q typed %s by %q; want title-glued-l: %v", tt.text, m.Text, ev.typ, ev.rule, tt.want)
			}
		}
		if !found {
			t.Errorf("%q: no mention starting at %q; got %q", tt.text, tt.first, mentionsOf(r))
		}
	}
}
