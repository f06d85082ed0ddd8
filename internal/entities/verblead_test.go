package entities

import (
	"testing"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// TestVerbLead: rule "verb-lead" leaves a leading verb out of a tagger name
// and drops what is left when it is one bare word; a name whose first
// word only looks like a verb under a clitic other than و, and a given name
// that is a verb, stay whole.
func TestVerbLead(t *testing.T) {
	tests := []struct {
		name, text string
		start      string // the first word of the tagger span
		words      int
		want       string
	}{
		{"a future verb and its object", "وقال الوزير سنختار بنكا محليا للصفقة.", "سنختار", 2, ""},
		{"a verb before a surname of the document", "وصل سيب بلاتر أمس، وسيترك بلاتر منصبه قريبا.", "وسيترك", 2, "بلاتر"},
		{"a verb before a full name", "وقال المدرب إنه سيختار محمد صلاح للمباراة.", "سيختار", 3, "محمد صلاح"},
		{"a given name that is a verb", "وقال يزيد الراشد إن الخطة جاهزة.", "يزيد", 2, "يزيد الراشد"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseBody(t, tc.text)
			a := -1
			for i, tok := range d.Tokens {
				if tok.Text == tc.start {
					a = i
				}
			}
			b := a + tc.words
			var ms []Mention
			for i, tok := range d.Tokens {
				if tok.Text == "سيب" { // "سيب بلاتر", found before
					ms = append(ms, Mention{Type: schema.Person, Tok: [2]int{i, i + 2}, Source: srcTagger,
						Span: text.Span{Start: tok.Start, End: d.Tokens[i+1].End}})
				}
			}
			sp := text.Span{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End}
			ms = append(ms, Mention{Type: schema.Person, Tok: [2]int{a, b}, Source: srcTagger, Span: sp, Text: d.Slice(sp)})
			got := ""
			for _, m := range dropVerbLead(d, ms) {
				if m.Tok[1] == b {
					got = m.Text
				}
			}
			if got != tc.want {
				t.Errorf("got %q, want %q (span %q)", got, tc.want, d.Slice(sp))
			}
		})
	}
}
