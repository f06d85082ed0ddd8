package entities

import (
	"testing"
)

// TestLexiconReadWhole checks, on sentences of our own, that in Arabic a
// known name of several words is read whole where the tagger cut it.
func TestLexiconReadWhole(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a region whose parts the tagger names",
			"تنمو الاستثمارات في منطقة الشرق الأوسط وشمال إفريقيا بسرعة.",
			[]string{"Place منطقة الشرق الأوسط وشمال إفريقيا"}, []string{"Place وشمال", "Place إفريقيا"}},
		{"a city with its epithet",
			"وصل الحجاج إلى المدينة المنورة أمس.",
			[]string{"Place المدينة المنورة"}, []string{"Place المنورة"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentionsOf(extract(t, tc.text))
			checkMentions(t, got, tc.want, tc.not)
		})
	}
}
