package relations

import "testing"

// TestTimeConjunction runs the default rules over sentences of our own where
// أن follows بعد or قبل: a time conjunction, not "that", so no reported
// speech starts there (not_introducers.txt, rule time-conjunction); أن after
// the speech verb itself still does.
func TestTimeConjunction(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"بعد أن after a speech verb starts no clause",
			"عنوان\n\nأعلن خالد العتيبي ترشحه لرئاسة النادي في الدورة المقبلة، وذلك بعد أن تلقى دعم الرئيس الفخري للنادي.",
			nil, []string{"quote-indirect خالد العتيبي indirect: تلقى دعم"}},
		{"قبل أن after a speech verb starts no clause",
			"عنوان\n\nوأكد خالد العتيبي التزامه بإكمال المهمة الأخيرة قبل أن يغادر منصبه في العام المقبل.",
			nil, []string{"quote-indirect خالد العتيبي indirect: يغادر منصبه"}},
		{"يمكن أن in a relative clause starts no clause (rule modal-conjunction)",
			"عنوان\n\nوشدد الدكتور سامر الحداد على خطورة مثل هذه الإصابات التي يمكن أن تقع على النظر لدى الأطفال.",
			nil, []string{"quote-indirect سامر الحداد indirect: تقع على", "quote-indirect سامر indirect: تقع على"}},
		{"إلا أن starts no clause (rule modal-conjunction)",
			"عنوان\n\nوأعلن سامر الحداد ترشحه للانتخابات في يونيو الماضي، وهو رجل أعمال برز في استطلاعات الرأي إلا أن تصريحاته حول العمال أثارت غضب النقابات.",
			nil, []string{"quote-indirect سامر الحداد indirect: تصريحاته"}},
		{"دون أن starts no clause (rule modal-conjunction)",
			"عنوان\n\nوقال سامر الحداد: لدينا جهازان في المركز لكنهما معطلان منذ شهر دون أن يكون هناك أي متابعة من الشركة.",
			nil, []string{"quote-indirect سامر الحداد indirect: يكون هناك"}},
		{"أن right after the verb still reports speech",
			"عنوان\n\nوأكد خالد العتيبي أن المصنع سيفتتح بعد أن تنتهي أعمال البناء في الموقع.",
			[]string{"quote-indirect خالد العتيبي indirect: المصنع سيفتتح بعد أن تنتهي"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
