package relations

import "testing"

// TestOrgHeadSpeaker runs the default rules over sentences of our own whose
// speech verb has a body for its subject, named by a noun that never opens a
// person's name (org_speaker_heads.txt), which the tagger reads as a person:
// no quote is that body's as a person's (rule org-head-speaker); a person
// heading it, named, still speaks.
func TestOrgHeadSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"an office of statistics is no speaker",
			"عنوان\n\nوذكر مكتب إحصاءات التجارة أن مؤشر الأسعار ارتفع بمعدل كبير خلال الشهر الماضي.",
			nil, []string{"quote-indirect مكتب إحصاءات"}},
		{"a prosecutor's office is no speaker",
			"عنوان\n\nوقال مكتب المدعي العام الفرنسي إنه يمتلك تقارير كثيرة حول أنشطة مالية مشبوهة.",
			nil, []string{"quote-indirect مكتب المدعي"}},
		{"a movement is no speaker",
			"عنوان\n\nوأعلنت حركة التحرير الشعبي أن الهجوم على القرية جريمة ضد الإنسانية.",
			nil, []string{"quote-indirect حركة التحرير"}},
		{"a family's statement is no person's",
			"عنوان\n\nوقالت عائلة عبد العزيز في بيان، إن «ابنها لم تكن له أي صلة بالجماعات المتطرفة في المنطقة».",
			nil, []string{"quote-direct-in-indirect عائلة عبد", "quote-indirect عائلة عبد"}},
		{"brigades are no speaker",
			"عنوان\n\nوقالت كتائب القسام في بيان إن «مقاتليها استهدفوا موقعا عسكريا قرب الحدود الشرقية للقطاع».",
			nil, []string{"quote-direct-in-indirect كتائب القسام", "quote-indirect كتائب القسام"}},
		{"the person who heads the office still speaks",
			"عنوان\n\nوقال خالد العتيبي مدير مكتب الإحصاء إن الأسعار ارتفعت خلال الشهر الماضي.",
			[]string{"quote-indirect خالد العتيبي indirect: الأسعار ارتفعت"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
