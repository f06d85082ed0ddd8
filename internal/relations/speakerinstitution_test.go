package relations

import (
	"fmt"
	"testing"
)

// TestInstitutionNameSpeaker checks the rule institution-name-speaker: a
// person's name inside an institution's name ("مطار الملك عبدالعزيز", "مكتبة
// الملك عبدالعزيز") is not the speaker; the person named after it is, and an
// institution that spoke gives no quote. A trigger noun with the article
// ("مدير المستشفى الدكتور …") names no institution.
func TestInstitutionNameSpeaker(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the name after the institution speaks",
			"وأوضح مدير عام جمرك مطار الملك عبدالعزيز الدولي محمد العقيل أن الجمرك ضبط كميات كبيرة من الممنوعات.",
			[]string{"quote-indirect محمد العقيل indirect: الجمرك ضبط"}, []string{"quote-indirect عبدالعزيز"}},
		{"the institution spoke",
			"وأوضحت إدارة مكتبة الملك عبدالعزيز العامة أن المكتبة ستفتح أبوابها للزوار طوال أيام الأسبوع.",
			nil, []string{"quote-indirect"}},
		{"a trigger noun with the article is no institution",
			"وأكد مدير المستشفى الدكتور سامي العتيبي أن المستشفى يستقبل المرضى على مدار الساعة.",
			[]string{"quote-indirect سامي العتيبي indirect: المستشفى يستقبل"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, _ := extract(t, tc.text)
			out := (&Extractor{Rules: []Rule{QuotesWith(QuoteIndirect())}}).Extract(r)
			var got []string
			for i, q := range quotes(r, out) {
				got = append(got, fmt.Sprintf("%s %s", out.Quotes[i].Rule, q))
			}
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
