package text

import "unicode"

// The Arabic block (U+0600–U+06FF) is most of what Arabic news is made of,
// and package unicode answers IsLetter and IsDigit for it by a binary
// search of its range tables. arabicBlock holds the same answers, read
// once from those tables (TestRuneClassesAgree checks every rune).
var arabicBlock = func() (t [0x100]uint8) {
	for i := range t {
		r := rune(0x600 + i)
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			t[i] |= classArabicLetter
		}
		if unicode.IsLetter(r) {
			t[i] |= classLetter
		}
		if unicode.IsDigit(r) {
			t[i] |= classDigit
		}
	}
	return t
}()

const (
	classArabicLetter = 1 << iota
	classLetter
	classDigit
)

// IsArabicLetter reports whether r is a letter of the Arabic script.
func IsArabicLetter(r rune) bool {
	switch {
	case r < 0x600:
		return false // the script starts at U+0600
	case r < 0x700:
		return arabicBlock[r-0x600]&classArabicLetter != 0
	}
	return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}

// isLetter is unicode.IsLetter.
func isLetter(r rune) bool {
	if r >= 0x600 && r < 0x700 {
		return arabicBlock[r-0x600]&classLetter != 0
	}
	return unicode.IsLetter(r)
}

// isDigit is unicode.IsDigit.
func isDigit(r rune) bool {
	if r >= 0x600 && r < 0x700 {
		return arabicBlock[r-0x600]&classDigit != 0
	}
	return unicode.IsDigit(r)
}

// CountFields is len(strings.Fields(s)), without making the slice.
func CountFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
