package text

import "strings"

// WithoutLongVowels drops from a folded Arabic-script word the letters
// written or left out for a long vowel or a hamza's seat (ا و ي ى ء and
// their hamza forms) and reads ة as ه, so two spellings of one name meet
// (جنتيلوني and جينتيلوني, ديفيد and دافيد) and two names do not (محمد and
// أحمد). Latin letters pass unchanged.
func WithoutLongVowels(w string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ا', 'أ', 'إ', 'آ', 'و', 'ؤ', 'ي', 'ى', 'ئ', 'ء':
			return -1
		case 'ة':
			return 'ه'
		}
		return r
	}, w)
}
