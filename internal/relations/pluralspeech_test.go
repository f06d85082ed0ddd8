package relations

import (
	"testing"
)

// TestPluralSpeechAndRanks checks, on sentences of our own, the rule
// "plural-speech" (a plural speech verb, قالوا/يقولون, has no one named
// person as its subject, so its clause is not the last speaker's) and a
// military rank before a speaker's name (honorifics.txt, titles.txt: "وقال
// العقيد سامر حداد، قائد …، إن").
func TestPluralSpeechAndRanks(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a rank before the speaker's name and his apposition",
			"وقال العقيد سامر حداد، قائد الشرطة في المدينة، إن الأمن تحسن كثيرا خلال العام.",
			[]string{"quote-indirect سامر حداد indirect: الأمن تحسن"}, nil},
		{"a plural verb after a named speaker is not his",
			"وقال العقيد سامر حداد، قائد الشرطة في المدينة، إن الأمن تحسن كثيرا خلال العام. حتى السكان أنفسهم، قالوا إن الشوارع صارت أكثر هدوءا من قبل.",
			nil, []string{"quote-indirect سامر حداد indirect: الشوارع"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
