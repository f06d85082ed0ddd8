package relations

import "testing"

// TestQuotedSurnameSpeaker runs the default rules over sentences of our own
// where the paper sets the speaker's surname, or the one name it calls him
// by, in quotation marks right after the verb (rule quoted-surname-speaker):
// that person speaks, not the last speaker; a word in quotes that names no
// person is someone else all the same; a hearer in quotes after لـ is no
// subject.
func TestQuotedSurnameSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a surname in straight quotes after وأضاف",
			"عنوان\n\nوقال خالد العتيبي إن الأسعار ترتفع في كل الأسواق.\n\nوأوضح مدير الشرطة العقيد فهد الرقيطي أن الحادث وقع صباح اليوم في الرياض.\n\nوأضاف \"العتيبي\": \"الطلب سيبقى قويا في العام المقبل بلا شك\".",
			[]string{"quote-direct خالد العتيبي direct: الطلب سيبقى"}, []string{"quote-direct فهد الرقيطي direct: الطلب"}},
		{"the first name in guillemets, the one the article calls him by",
			"عنوان\n\nوقال الشيخ خالد العتيبي إن القبيلة تعاني من التهميش منذ سنوات.\n\nوأوضح مدير الشرطة العقيد فهد الرقيطي أن الحادث وقع صباح اليوم في الرياض.\n\nويقول «خالد»: «توجد أياد خفية تحاول إثارة الفتن في هذه المنطقة».",
			[]string{"quote-direct خالد العتيبي direct: توجد أياد"}, []string{"quote-direct فهد الرقيطي direct: توجد"}},
		{"an organisation in quotes is not the last speaker",
			"عنوان\n\nوأوضح مدير الشرطة العقيد فهد الرقيطي أن الحادث وقع صباح اليوم في الرياض.\n\nوتابعت \"المؤسسة\": \"تم تشغيل جميع البطاريات الاحتياطية في المحطة\".",
			nil, []string{"quote-direct فهد الرقيطي direct: تم تشغيل"}},
		{"a hearer in quotes after لـ is no subject",
			"عنوان\n\nوأوضح مدير الشرطة العقيد فهد الرقيطي أن الحادث وقع صباح اليوم في الرياض.\n\nوقال لـ\"الوطن\": إنه تم نقل المصاب إلى المستشفى القريب.",
			[]string{"quote-indirect فهد الرقيطي indirect: تم نقل"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
