package relations

import (
	"testing"
)

// TestParticipleGender checks the rule "participle-gender" on sentences of
// our own: a participle whose gender differs from the known gender of the
// person named before it speaks for someone else (an organisation, a woman
// not named), so its clause is no quote of his; one that agrees keeps him.
func TestParticipleGender(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a feminine participle after a man's name in an organisation's statement",
			"أعلنت حكومة الإقليم أمس أن زيارة وزير الخارجية خالد الحربي جاءت في موعدها، مؤكدة أن الإقليم جزء من البلاد.",
			nil, []string{"quote-indirect خالد الحربي"}},
		{"a masculine participle after a man's name stays his",
			"استقبل وزير الخارجية خالد الحربي الوفد أمس، مؤكدا أن العلاقات بين البلدين قوية وستتطور في السنوات المقبلة.",
			[]string{"quote-indirect خالد الحربي indirect: العلاقات بين البلدين"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
