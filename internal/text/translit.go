package text

import "strings"

// Skeleton reduces a name, written in Arabic or Latin script, to the
// consonants both scripts agree on, so that a name the lexicon does not know
// gets the same key in an Arabic and an English article: رقيم and Raqeem are
// both "rkm", مرسى كلاود and Marsa Cloud both "mrs klt", عمر الشمري and Omar
// al-Shammari both "mr smr".
//
// Vowels, the letters Arabic uses for long vowels and glottal stops (ا و ي ى
// ء ع ة), the article (ال, al-, el-) and doubled letters are dropped; the
// remaining consonants fall into classes that transliteration does not keep
// apart (t/d/ط/ض, s/z/sh/ص/ش, k/q/g/خ/غ/ج, b/p, f/v); h, ح and ه are
// dropped like vowels. Words are kept
// apart by spaces. It is a key for comparing names, never for display.
func Skeleton(name string) string {
	var words []string
	for _, w := range strings.FieldsFunc(Fold(name), func(r rune) bool {
		return !(isLetter(r) || isDigit(r))
	}) {
		if sk := wordSkeleton(w); sk != "" {
			words = append(words, sk)
		}
	}
	return strings.Join(words, " ")
}

// arabicClass maps an Arabic consonant to its class; letters not listed are
// vowels or carriers and are dropped.
var arabicClass = map[rune]byte{
	'ب': 'b', 'پ': 'b',
	'ت': 't', 'د': 't', 'ط': 't', 'ض': 't', 'ث': 't', 'ذ': 't',
	'س': 's', 'ز': 's', 'ص': 's', 'ظ': 's', 'ش': 's',
	'ج': 'k', 'ك': 'k', 'ق': 'k', 'خ': 'k', 'غ': 'k', 'گ': 'k', 'چ': 'k',
	// ح and ه, like Latin h, are dropped: transliteration loses them as
	// often as it keeps them (Hélène إيلين, Ahmed أحمد).
	'ف': 'f', 'ڤ': 'f',
	'ل': 'l', 'ر': 'r', 'م': 'm', 'ن': 'n',
}

// latinClass maps a Latin consonant to its class.
var latinClass = map[rune]byte{
	'b': 'b', 'p': 'b',
	't': 't', 'd': 't',
	's': 's', 'z': 's', 'x': 's', 'c': 'k',
	'k': 'k', 'q': 'k', 'g': 'k', 'j': 'k',
	'f': 'f', 'v': 'f',
	'l': 'l', 'r': 'r', 'm': 'm', 'n': 'n',
}

func wordSkeleton(w string) string {
	rs := []rune(w)
	arabic := false
	for _, r := range rs {
		if IsArabicLetter(r) {
			arabic = true
			break
		}
	}
	var out []byte
	add := func(c byte) {
		if len(out) == 0 || out[len(out)-1] != c {
			out = append(out, c)
		}
	}
	if arabic {
		if len(rs) > 3 && rs[0] == 'ا' && rs[1] == 'ل' {
			rs = rs[2:] // the article
		}
		for _, r := range rs {
			if c, ok := arabicClass[r]; ok {
				add(c)
			} else if r >= '0' && r <= '9' {
				add(byte(r))
			}
		}
		return string(out)
	}
	s := string(rs)
	for _, p := range []string{"al", "el"} {
		if s == p {
			return "" // "al" of "al-Shammari" split off by the hyphen
		}
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case r == 'c' && next == 'h', r == 'z' && next == 'h':
			add('t') // Chen تشين, Zhao تشاو: written تش
			add('s')
			i++
		case (r == 's' || r == 'k' || r == 'g' || r == 't' || r == 'd') && next == 'h':
			add(latinClass[r]) // sh, kh, gh, th, dh: one Arabic letter
			i++
		case r == 'p' && next == 'h':
			add('f')
			i++
		case r == 'c' && (next == 'e' || next == 'i' || next == 'y'):
			add('s')
		default:
			if c, ok := latinClass[r]; ok {
				add(c)
			} else if r >= '0' && r <= '9' {
				add(byte(r))
			}
		}
	}
	return string(out)
}

// MinSkeletonKey is the fewest consonant classes a skeleton needs to key an
// entity. Below it a skeleton joins different things (BBA, BA, BOA, IPO,
// PPI and WPP are all "b"; الأهلي, ليل and ليلى all "l"), so a short name or
// an acronym is keyed by its exact folded form instead.
const MinSkeletonKey = 6

// LongSkeleton reports whether a skeleton (as Skeleton gives it) is long
// enough to key a name: MinSkeletonKey consonant classes, or one fewer
// over two or more words of two or more each ("mr smr", Omar al-Shammari).
// The entity keys and the query-side lookup both use it.
func LongSkeleton(sk string) bool {
	ws := strings.Fields(sk)
	n := 0
	for _, w := range ws {
		n += len(w)
	}
	if n >= MinSkeletonKey {
		return true
	}
	if n < MinSkeletonKey-1 || len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if len(w) < 2 {
			return false
		}
	}
	return true
}
