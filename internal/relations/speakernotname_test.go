package relations

import "testing"

// TestNotPersonSpeaker runs the default rules over sentences of our own whose
// speech verb has for subject a name the tagger reads as a person but which
// is a place or a body: the same document writes it after في or after a
// trigger noun of a place or an organisation (rule place-or-body-speaker),
// or it opens with a preposition glued to the article (rule
// glued-preposition-speaker). No quote is theirs as a person's; a person
// named in full still speaks.
func TestNotPersonSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a place written after في is no speaker",
			"يعيش آلاف المسيحيين في سهل كاراموش منذ قرون.\n\nوقال سهل كاراموش إن التنظيم قتل منذ سيطرته على المدينة مئات المدنيين.",
			nil, []string{"quote-indirect سهل كاراموش"}},
		{"a club written after نادي is no speaker",
			"انتقل اللاعب إلى نادي ريفر ستون في الصيف.\n\nوقال ريفر ستون إن اللاعب سيغيب عن المباريات المقبلة بسبب الإصابة.",
			nil, []string{"quote-indirect ريفر ستون"}},
		{"a name opening with a preposition and the article is no speaker",
			"عنوان\n\nوقال للنسور الخضر إن الإدارة تعاقدت مع عدد من اللاعبين لتدعيم الفريق.",
			nil, []string{"quote-indirect للنسور"}},
		{"a person named in full still speaks",
			"عنوان\n\nوقال خالد العتيبي مدير نادي الشباب إن اللاعب سيغيب عن المباريات المقبلة بسبب الإصابة.",
			[]string{"quote-indirect خالد العتيبي indirect: اللاعب سيغيب"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
