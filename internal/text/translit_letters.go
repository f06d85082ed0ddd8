package text

// TranslitLetters reports whether a name in Arabic script and one in Latin
// script are one name transliterated letter by letter: TranslitMatch, and
// every consonant a spelling of its Arabic letter, not only of the letter's
// class. The classes join letters that transliteration keeps apart: ش is
// sh, never a plain s (داعش is not Days, سول not Shell); غ is gh or g, not
// j (غاز is not Jaws); د is d, not t; and a ه inside a word is written h
// (الجهاد is neither Gate nor Jihad without its h). A short name has too
// few consonants for its classes alone to tell one name from another.
func TranslitLetters(a, b string) bool {
	if !TranslitMatch(a, b) {
		return false
	}
	if !isArabicName(a) {
		a, b = b, a
	}
	aw, lw := nameWords(a, true), nameWords(b, false)
	for i := range aw {
		if aw[i].ha && !lw[i].h {
			return false
		}
		for j, src := range aw[i].src {
			if !letterFits([]rune(src)[0], lw[i].src[j]) {
				return false
			}
		}
	}
	return true
}

// latinSpellings lists the Latin spellings of the Arabic consonants whose
// class (arabicClass) holds others; a letter not listed fits any spelling
// of its class. "ch" and "x" are read as two consonants and fit any.
var latinSpellings = map[rune][]string{
	'ب': {"b", "p"}, 'پ': {"p", "b"},
	'ت': {"t", "th"}, 'ط': {"t", "th", "d"}, 'د': {"d", "dh"},
	'ض': {"d", "dh", "z"}, 'ث': {"th", "t", "s"}, 'ذ': {"dh", "th", "z", "d"},
	// English writes a final s said z with ز (Wales ويلز), and Arabic an
	// s said z with س (Suez السويس).
	'س': {"s", "c", "z"}, 'ز': {"z", "s"}, 'ص': {"s", "c"}, 'ظ': {"z", "dh", "th", "d"},
	'ش': {"sh"},
	'ج': {"j", "g"}, 'ك': {"k", "c", "q"}, 'ق': {"q", "k", "g", "c"},
	'خ': {"kh", "k", "j"}, 'غ': {"gh", "g"}, 'گ': {"g"}, 'چ': {"j", "g"},
	'ف': {"f", "ph", "v"}, 'ڤ': {"v", "f", "ph"},
}

func letterFits(ar rune, lat string) bool {
	if lat == "ch" || lat == "x" {
		return true
	}
	want, ok := latinSpellings[ar]
	if !ok {
		return true
	}
	for _, w := range want {
		if w == lat {
			return true
		}
	}
	return false
}
