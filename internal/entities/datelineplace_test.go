package entities

import (
	"testing"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// TestDatelinePlace checks the rule "dateline-place" on sentences of our
// own, through the whole recognizer with the shipped tagger: the words
// across a dash from a news source where a paragraph begins are the place
// the story was filed from, a Place, also where the tagger reads an
// organisation or nothing there; elsewhere the rule adds nothing.
func TestDatelinePlace(t *testing.T) {
	for _, tc := range []struct {
		name, body, word string
		want             bool
	}{
		{"source, dash, known place, colon", "سبق- الرياض: أعلنت الشركة عن خطة جديدة.", "الرياض", true},
		{"a lexicon agency as the source", "واس- الرياض: بدأت المديرية العامة تطبيق النظام.", "الرياض", true},
		{"an unlisted place", "سبق- تربة: احتفل الشاب فهد بزفافه أمس.", "تربة", true},
		{"place first, then the agency", "الرياض – واس\nتعد الخريبة من أجمل المواقع.", "الرياض", true},
		{"place first, the agency in quotes", "طوكيو - «رويترز»: دافع رئيس الوزراء عن القانون.", "طوكيو", true},
		{"a generic source is no place", "سبق- وكالات: أعلنت الوزارة عن خطة.", "وكالات", false},
		{"not where a paragraph begins", "وقال المدير إن سبق- تربة: كانت فكرة.", "تربة", false},
		{"no source before the dash", "الشركة- تربة: احتفل الشاب فهد بزفافه.", "تربة", false},
		{"a reporter before the source", "فهد العتيبي- سبق- تربة: احتفل الشاب فهد بزفافه أمس.", "تربة", true},
		{"a reporter's name is no place", "فهد العتيبي- سبق- تربة: احتفل الشاب فهد بزفافه أمس.", "فهد العتيبي", false},
		{"a numbered heading", "1 - البصل: قومي بوضعه في الماء.", "البصل", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseBody(t, tc.body)
			res := DefaultWith(text.Arabic, Tagger(text.Arabic)).Extract(d)
			got := false
			for _, m := range res.Mentions {
				if m.Text == tc.word && m.Type == schema.Place {
					got = true
				}
			}
			if got != tc.want {
				var ms []string
				for _, m := range res.Mentions {
					ms = append(ms, m.Text+"/"+string(m.Type)+"/"+m.Source)
				}
				t.Errorf("%s: Place %s found = %v, want %v (mentions %v)", tc.body, tc.word, got, tc.want, ms)
			}
		})
	}
}
