package relations

import "testing"

// TestCueSoleSubject runs the cue rule alone over sentences of our own for
// the subject of a cue written far from it: the one organisation the
// sentence names before it (cue-sole-subject), and none when a person or a
// second organisation stands there too; a name a preposition governs is no
// candidate (cue-governed-not-subject).
func TestCueSoleSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a verbal noun far from the one organisation of the sentence",
			"تصرفت شركة «زانتيرا» في الأشهر الأخيرة بجرأة حيث وقعت في ابريل اتفاقا بقيمة 70 مليار دولار للاستحواذ على مجموعة «نوفيرا».",
			[]string{"زانتيرا acquired نوفيرا"}, nil},
		{"a person before the cue leaves the subject unread",
			"دفع سامر الحلبي في الصيف الماضي أربعة دولارات لتطبيق صممته شركة «زانتيرا» للأطباء والمرضى في المدن الكبرى، وكان يأمل في أن يستخدم هاتف «آيفون» الخاص به.",
			nil, []string{"زانتيرا uses iPhone"}},
		{"two organisations before the cue leave the subject unread",
			"تصرفت شركة «زانتيرا» وشركة «لومورا» في الأشهر الأخيرة بجرأة حيث وقعت في ابريل اتفاقا بقيمة 70 مليار دولار للاستحواذ على مجموعة «نوفيرا».",
			nil, []string{"زانتيرا acquired نوفيرا", "لومورا acquired نوفيرا"}},
		{"cue-governed-not-subject: a name after على شركة is not the subject of the next deal verb; a product is acquired too",
			"وسعت شركة «زانتيرا» أعمالها خلال المدة الماضية، فاستحوذت العام الماضي على شركة «نوفيرا» لتقنيات الواقع الافتراضي مقابل ملياري دولار كما استحوذت على تطبيق التراسل الشهير واتساب.",
			[]string{"زانتيرا acquired واتساب"}, []string{"نوفيرا acquired واتساب"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _ := extract(t, tt.text)
			out := (&Extractor{Rules: []Rule{Cues()}}).Extract(r)
			for _, f := range out.Facts {
				if len(tt.want) > 0 && f.Rule != "cue-sole-subject" {
					t.Errorf("fact by rule %q; want cue-sole-subject", f.Rule)
				}
			}
			checkFacts(t, facts(r, out), tt.want, tt.not)
		})
	}
}
