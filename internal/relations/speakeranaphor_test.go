package relations

import (
	"fmt"
	"testing"
)

// TestSpeakerAnaphor runs the default rules over sentences of our own where
// the speaker is not named at the verb: a bare "وقال" after a sentence whose
// verb has a named subject, and a title standing for the one person the
// article gave it. Each case lists quote prefixes ("RULE SPEAKER KIND:
// words") that must be there and those that must be absent.
func TestSpeakerAnaphor(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a bare وقال after a sentence whose verb has a named subject",
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق. كما رحب الرئيس التنفيذي لشركة نوفاكو الدكتور سامر حداد بالقرار الجديد. وقال: «سيغير هذا القرار السوق خلال السنوات المقبلة».",
			[]string{"quote-direct سامر حداد direct: سيغير هذا القرار"}, []string{"quote-direct رامي عيسى"}},
		{"a bare وأضاف after a sentence with no named subject keeps the last speaker",
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق. وارتفعت المبيعات في الربع الأخير. وأضاف أن الطلب سيبقى قويا في العام المقبل.",
			[]string{"quote-indirect رامي عيسى indirect: الطلب سيبقى"}, nil},
		{"a title standing for the one person who holds it",
			"وقالت ليلى حداد المتحدثة باسم الادعاء العام إن التحقيق مستمر. وأضافت المتحدثة باسم الادعاء العام، أن المحققين جمعوا أدلة كثيرة من البنوك.",
			[]string{"quote-indirect ليلى حداد indirect: المحققين جمعوا"}, nil},
		{"a title two people hold names no one",
			"وقال سامر حداد وزير المالية إن العجز تراجع. وقال رامي عيسى وزير المالية السابق إن الدين ارتفع. وأضاف وزير المالية، أن الحكومة ستخفض الإنفاق في العام المقبل.",
			nil, []string{"quote-indirect سامر حداد indirect: الحكومة", "quote-indirect رامي عيسى indirect: الحكومة"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			var got []string
			for i, q := range quotes(r, out) {
				got = append(got, fmt.Sprintf("%s %s", out.Quotes[i].Rule, q))
			}
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
