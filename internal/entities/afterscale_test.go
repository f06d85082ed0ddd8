package entities

import (
	"testing"

	"graphbuild/schema"
)

// TestAfterScale: rule "after-scale" drops a tagger name right after a
// scale word (a currency, a counted noun), and keeps one elsewhere, one the
// lexicon matched, and any in English.
func TestAfterScale(t *testing.T) {
	tests := []struct {
		name, text, word string
		lexID            string
		keep             bool
	}{
		{"a currency after مليار", "بلغت قيمة الصفقة 3.5 مليار دينار العام الماضي.", "دينار", "", false},
		{"a counted noun after مليون", "زار المعرض نحو مليون زائر هذا العام.", "زائر", "", false},
		{"the same word elsewhere", "وقال دينار إن الصفقة انتهت.", "دينار", "", true},
		{"a lexicon match", "بلغت القيمة مليون ريال سعودي.", "ريال", "x", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, at := parseAtToken(t, tc.text, tc.word)
			ms := []Mention{{Source: srcTagger, Type: schema.Person, Tok: [2]int{at, at + 1}, Text: tc.word, LexID: tc.lexID}}
			if got := len(dropAfterScale(d, ms)) == 1; got != tc.keep {
				t.Errorf("kept %v, want %v", got, tc.keep)
			}
		})
	}
}
