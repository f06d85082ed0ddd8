package relations

import "testing"

// TestQuoteReportedAs runs the default rules over sentences of our own where
// a report cites a named person's words ("ونقلت الوكالة عن X قوله …"): the
// person named right before قوله/قولها is the speaker (rule
// quote-reported-as), of a clause after إن and of a quotation after a colon.
func TestQuoteReportedAs(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a clause after قوله إن",
			"عنوان\n\nأصدرت الوزارة بيانا أمس. ونقل البيان عن وزير الخارجية سامي الحربي قوله إن بلاده تدعم الحل السياسي للأزمة.",
			[]string{"quote-reported-as سامي الحربي indirect: بلاده تدعم الحل السياسي"}, nil},
		{"a quotation after قولها:",
			"عنوان\n\nونقلت وكالة الأنباء المحلية عن المستشارة الألمانية أنجيلا ميركل قولها: «لن نتراجع عن خطة التوسع هذا العام».",
			[]string{"quote-reported-as أنجيلا ميركل direct: لن نتراجع عن خطة التوسع"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
