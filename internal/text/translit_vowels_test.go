package text

import "testing"

// TestTranslitVowelLetters: rule translit-vowel-letters, on pairs that
// TranslitLetters alone joins.
func TestTranslitVowelLetters(t *testing.T) {
	tests := []struct {
		ar, lat string
		want    bool
	}{
		{"ليون", "Lane", false},  // و written in Arabic, no o/u/w in Latin
		{"بيوت", "Bat", false},   // ي and و, neither written
		{"أويا", "Way", false},   // no consonant on either side
		{"القدس", "Kids", false}, // the article, not in Latin
		{"غارديان", "Guardian", true},
		{"كيدز", "Kids", true},
		{"سوبرمان", "Superman", true},
		{"مينيونز", "Minions", true},
		{"الجزيرة", "Al Jazeera", true},
	}
	for _, tc := range tests {
		if !TranslitLetters(tc.ar, tc.lat) {
			t.Errorf("%s / %s: TranslitLetters does not join them; the case tests nothing", tc.ar, tc.lat)
			continue
		}
		if got := TranslitVowelLetters(tc.ar, tc.lat); got != tc.want {
			t.Errorf("TranslitVowelLetters(%s, %s) = %v, want %v", tc.ar, tc.lat, got, tc.want)
		}
	}
}
