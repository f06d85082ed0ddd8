package relations

import "testing"

// TestParticipleNotInReport runs the default rules over sentences of our own
// where a participle follows reported speech: a person named inside what an
// earlier verb reports is not the participle's subject (rule
// participle-not-in-report); the subject of the main verb still is.
func TestParticipleNotInReport(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a name inside an unnamed source's report does not speak for the participle",
			"وأكد مصدر أمني أن الشرطة اعتقلت خالد العتيبي في الرياض، موضحًا أن التحقيقات ما زالت مستمرة مع المتهمين.",
			nil, []string{"quote-indirect خالد العتيبي"}},
		{"a name inside a statement's report does not speak for the participle",
			"وذكر البيان أن الوزير فهد الشمري زار المصنع أمس، مشيرا إلى أن الإنتاج سيرتفع في العام المقبل.",
			nil, []string{"quote-indirect فهد الشمري"}},
		{"the main verb's subject named before the report still speaks",
			"وأشاد فهد الشمري بالقرار الجديد، مؤكدا أن الاقتصاد سيتحسن كثيرا خلال السنوات المقبلة.",
			[]string{"quote-indirect فهد الشمري indirect: الاقتصاد سيتحسن"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
