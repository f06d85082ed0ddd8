package text

import "strings"

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

// TranslitVowelLetters is rule translit-vowel-letters: a short name in
// Arabic script and one in Latin script that TranslitLetters joins are one
// name only if the long vowels Arabic writes are written in Latin too, in
// the same place between the consonants: و as o, u or w, ي as i, e or y
// (ليون is Lyon, not Lane). A name with no consonant on either side (أويا,
// Way) has nothing to tell it from another, and a name that Arabic writes
// with its article (القدس) is not a Latin name written without one (Kids).
func TranslitVowelLetters(a, b string) bool {
	if !isArabicName(a) {
		a, b = b, a
	}
	if rs := []rune(strings.TrimSpace(a)); len(rs) > 3 && rs[0] == 'ا' && rs[1] == 'ل' {
		lw := strings.Fields(FoldName(b))
		if len(lw) == 0 || lw[0] != "al" && lw[0] != "el" && lw[0] != "the" && !strings.HasPrefix(lw[0], "al-") && !strings.HasPrefix(lw[0], "el-") {
			return false
		}
	}
	aw, lw := nameWords(a, true), nameWords(b, false)
	if len(aw) != len(lw) {
		return false
	}
	cons := 0
	for i := range aw {
		cons += len(aw[i].cons)
		if len(aw[i].vowels) != len(lw[i].vowels) {
			return false
		}
		for k, v := range aw[i].vowels {
			if strings.ContainsAny(v, "وؤ") && !strings.ContainsAny(lw[i].vowels[k], "ouw") {
				return false
			}
			if strings.ContainsRune(v, 'ي') && !strings.ContainsAny(lw[i].vowels[k], "iey") {
				return false
			}
		}
	}
	return cons > 0
}
