package text

import "strings"

// TranslitMatch reports whether a name in Arabic script and a name in Latin
// script (either order) are one name transliterated, checked in both
// directions: word by word, the consonants must fall in the same classes
// (as in Skeleton), every long vowel Arabic writes (ا و ي ى ة) must be a
// vowel in the Latin name at the same place (of a fitting quality at the
// end of a word), and every
// vowel the Latin name writes long (ee, oo, ou) or at the end of a word
// (but a silent e) must be written in Arabic. A skeleton alone cannot tell
// تيني from دينا or Dina; this can. Names in one script never match.
func TranslitMatch(a, b string) bool {
	ok, _ := TranslitFit(a, b)
	return ok
}

// TranslitFit is TranslitMatch, and how many of the vowels Arabic writes
// inside a word stand for a vowel of another quality in the Latin name (the
// ي of ديفيد for the a of David). These match, as English says its vowels
// many ways, but fewer is the likelier reading: Hassan is حسن (0) before
// حسين (1).
func TranslitFit(a, b string) (ok bool, misfits int) {
	if isArabicName(a) == isArabicName(b) {
		return false, 0
	}
	if !isArabicName(a) {
		a, b = b, a
	}
	aw, lw := nameWords(a, true), nameWords(b, false)
	if len(aw) == 0 || len(aw) != len(lw) {
		return false, 0
	}
	for i := range aw {
		ok, n := wordsMatch(aw[i], lw[i])
		if !ok {
			return false, 0
		}
		misfits += n
	}
	return true, misfits
}

// slotted is a word as its consonant classes and the vowels written
// before, between and after them (len(vowels) == len(cons)+1).
type slotted struct {
	cons   []byte
	vowels []string
	// h: an Arabic word writes ح, a Latin one an h of its own (not of
	// sh, th, kh, gh, dh, ph, ch, zh). Both scripts drop the letter from
	// the consonants, but Latin writes ح as h (Ahmed أحمد, Saleh صالح), so
	// الصحراء is not Syria.
	h bool
	// src: the letter (Arabic) or spelling (Latin: sh, kh, ph …) each
	// consonant was read from, for TranslitLetters.
	src []string
	// ha: an Arabic word writes ه before its last letter, which Latin
	// writes as h (Tehran طهران), for TranslitLetters.
	ha bool
}

func isArabicName(s string) bool {
	for _, r := range s {
		if IsArabicLetter(r) {
			return true
		}
	}
	return false
}

func nameWords(name string, arabic bool) []slotted {
	var out []slotted
	words := strings.Fields(FoldName(name))
	if arabic {
		// Not folded: folding writes ى as ي and ة as ه, and the vowel
		// each stands for is what tells ليلى (Laila) from تيني (Tiny).
		words = strings.FieldsFunc(name, func(r rune) bool {
			return !isLetter(r) && !isDigit(r) && !arabicMarks.Contains(r) && r != 0x0640
		})
	}
	for _, w := range words {
		var s slotted
		if arabic {
			s = arabicSlots(w)
		} else {
			if w == "al" || w == "el" {
				continue
			}
			s = latinSlots(w)
		}
		if len(s.cons) > 0 || s.vowels[0] != "" {
			out = append(out, s)
		}
	}
	return out
}

func (s *slotted) cons1(c byte, src string) {
	if n := len(s.cons); n > 0 && s.cons[n-1] == c && s.vowels[n] == "" {
		return // a doubled letter
	}
	s.cons = append(s.cons, c)
	s.src = append(s.src, src)
	s.vowels = append(s.vowels, "")
}

func (s *slotted) vowel(r rune) { s.vowels[len(s.vowels)-1] += string(r) }

func arabicSlots(w string) slotted {
	rs := []rune(w)
	if len(rs) > 3 && rs[0] == 'ا' && rs[1] == 'ل' {
		rs = rs[2:]
	}
	s := slotted{vowels: []string{""}}
	for i, r := range rs {
		switch r { // the Persian letters folding maps (foldLetter)
		case 'ی':
			r = 'ي'
		case 'ک':
			r = 'ك'
		}
		if c, ok := arabicClass[r]; ok {
			s.cons1(c, string(r))
			continue
		}
		switch r {
		case 'ا', 'آ', 'أ', 'إ', 'و', 'ي', 'ى', 'ة', 'ؤ', 'ئ':
			s.vowel(r)
		case 'ح':
			s.h = true
		case 'ه':
			s.ha = s.ha || i < len(rs)-1
		default:
			if r >= '0' && r <= '9' {
				s.cons1(byte(r), string(r))
			}
		}
	}
	return s
}

func latinSlots(w string) slotted {
	rs := []rune(w)
	for i, r := range rs {
		if j := strings.IndexRune(accented, r); j >= 0 {
			rs[i] = []rune(unaccented)[len([]rune(accented[:j]))]
		}
	}
	s := slotted{vowels: []string{""}}
	for i := 0; i < len(rs); i++ {
		r, next := rs[i], rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case (r == 'c' || r == 'z') && next == 'h':
			s.cons1('t', "ch")
			s.cons1('s', "ch")
			i++
		case (r == 's' || r == 'k' || r == 'g' || r == 't' || r == 'd') && next == 'h':
			s.cons1(latinClass[r], string(r)+"h")
			i++
		case r == 'x':
			s.cons1('k', "x") // Impax إمباكس
			s.cons1('s', "x")
		case r == 'p' && next == 'h':
			s.cons1('f', "ph")
			i++
		case r == 'c' && (next == 'e' || next == 'i' || next == 'y'):
			s.cons1('s', "c")
		case strings.ContainsRune("aeiouyw", r):
			s.vowel(r)
		case r == 'h':
			s.h = true // an h of its own: digraphs took theirs above
		default:
			if c, ok := latinClass[r]; ok {
				s.cons1(c, string(r))
			} else if r >= '0' && r <= '9' {
				s.cons1(byte(r), string(r))
			}
		}
	}
	return s
}

const (
	accented   = "àáâäãåèéêëìíîïòóôöõùúûüýÿçñ"
	unaccented = "aaaaaaeeeeiiiiooooouuuuyycn"
)

func wordsMatch(a, l slotted) (ok bool, misfits int) {
	if string(a.cons) != string(l.cons) || a.h && !l.h {
		return false, 0
	}
	last := len(a.vowels) - 1
	for i := range a.vowels {
		av, lv := a.vowels[i], l.vowels[i]
		switch {
		case av == "" && lv == "":
		case av == "":
			// Arabic leaves short vowels unwritten, not long or final ones.
			if len(lv) > 1 || i == last && lv != "e" {
				return false, 0
			}
		case lv == "":
			return false, 0
		case i == last && lv == "e":
			// A final lone e is silent (Lille ليل), unless it is ة.
			if av != "ة" {
				return false, 0
			}
		case i == last:
			// English vowels inside a word are said many ways (David is
			// ديفيد); a final vowel is what it is written.
			if !vowelsFit(av, lv) {
				return false, 0
			}
		case !vowelsFit(av, lv):
			misfits++
		}
	}
	return true, misfits
}

// vowelsFit: the Latin vowels lv can be written with the Arabic letters av.
func vowelsFit(av, lv string) bool {
	for _, r := range av {
		var want string
		switch r {
		case 'و', 'ؤ':
			want = "ouw"
		case 'ي', 'ئ':
			want = "iey"
		case 'ى':
			want = "aiy"
		case 'ة':
			want = "ae"
		default: // alef forms
			want = "aeoi"
		}
		if !strings.ContainsAny(lv, want) {
			return false
		}
	}
	return true
}
