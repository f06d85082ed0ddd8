package relations

import "testing"

// TestGlossWrapUp runs the default rules over sentences of our own where
// the writer adds, after a comma, when or where the words were said ("،
// وذلك في خطاب …"): the reported clause ends before it (gloss_words.txt,
// rule gloss-wrapup); a participle after the note still reports speech.
func TestGlossWrapUp(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a note on where the words were said ends the clause",
			"عنوان\n\nحذر خالد العتيبي من أن رفض الاتفاق سيؤدي إلى أزمة كبيرة في السوق، وذلك في كلمة ألقاها أمام غرفة التجارة أمس.",
			[]string{"quote-indirect خالد العتيبي indirect: رفض الاتفاق سيؤدي إلى أزمة كبيرة في السوق"}, []string{"quote-indirect خالد العتيبي indirect: رفض الاتفاق سيؤدي إلى أزمة كبيرة في السوق، وذلك"}},
		{"a participle after the note reports speech of its own",
			"عنوان\n\nأكد خالد العتيبي أن المصنع سيفتتح قريبا، وذلك خلال زيارته للموقع أمس، موضحا أن الإنتاج سيبدأ في العام المقبل.",
			[]string{"quote-indirect خالد العتيبي indirect: المصنع سيفتتح قريبا", "quote-indirect خالد العتيبي indirect: الإنتاج سيبدأ"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
