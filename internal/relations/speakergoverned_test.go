package relations

import "testing"

// TestGovernedNotSpeaker runs the default rules over sentences of our own
// where the only person named stands after a preposition or an object word
// (rule governed-not-speaker, object_governors.txt, counterpart_nouns.txt):
// he is not the speaker of the participle or of the title-subject verb;
// the quote is left without a named speaker. A named subject still speaks.
func TestGovernedNotSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"address form with a glued preposition",
			"عنوان\n\nوأعرب العقيد منصور عن امتنانه لسمو الأمير فيصل بن مشعل أمير المنطقة، متمنيا أن تنجح الخطة في موسم الصيف.",
			nil, []string{"quote-indirect فيصل بن مشعل indirect: تنجح الخطة"}},
		{"counterpart noun after مع",
			"عنوان\n\nوشدد الوزير خلال اجتماعه مع نظيره الأردني ناصر جودة على متانة العلاقات، مشيراً إلى أن البلدين سيوقعان اتفاقية جديدة.",
			nil, []string{"quote-indirect ناصر جودة indirect: البلدين سيوقعان"}},
		{"بحضور governs the name",
			"عنوان\n\nوافتتح رئيس البلدية المعرض بحضور الأمير سلطان بن سلمان، موضحا أن المعرض سيستمر أسبوعين.",
			nil, []string{"quote-indirect سلطان بن سلمان indirect: المعرض سيستمر"}},
		{"عن X قوله: the governed person is the one quoted",
			"عنوان\n\nونقلت وكالة الأنباء عن الوزير خالد العتيبي قوله إن الزيارة ناجحة، مشيرا إلى أن البلدين سيوقعان اتفاقية جديدة.",
			[]string{"quote-indirect خالد العتيبي indirect: البلدين سيوقعان اتفاقية جديدة"}, nil},
		{"a named subject still speaks",
			"عنوان\n\nوشدد الدكتور خالد العتيبي خلال اجتماعه مع نظيره الأردني ناصر جودة على متانة العلاقات، مشيراً إلى أن البلدين سيوقعان اتفاقية جديدة.",
			[]string{"quote-indirect خالد العتيبي indirect: البلدين سيوقعان اتفاقية جديدة"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
