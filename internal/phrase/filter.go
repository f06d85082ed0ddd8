package phrase

// firstFilter is a bit set of the first words of a set's phrases, indexed
// by a cheap hash of the word (its length and its first and last four
// bytes): a word whose bit is clear starts no phrase, and the set's map is
// not read. Most words of a sentence start no phrase of most sets, and the
// rules and recognizers try every token against a dozen sets, so the map
// lookups (hashing the whole word, probing a large table) were ~9% of the
// CPU of Arabic extraction. The set keeps at least 16 bits per first word,
// so a word outside it passes with a chance under 1/16.
type firstFilter struct {
	bits  []uint64
	shift uint // 64 - log2(len(bits)*64)
}

// minFilterBits is the size of the filter of a small set.
const minFilterBits = 1 << 12

func filterHash(s string) uint64 {
	n := len(s)
	var x uint64
	if n >= 4 {
		x = uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[n-4])<<32 | uint64(s[n-3])<<40 | uint64(s[n-2])<<48 | uint64(s[n-1])<<56
	} else {
		for i := 0; i < n; i++ {
			x = x<<8 | uint64(s[i])
		}
	}
	x ^= uint64(n) << 59 // the length, mixed in by the multiply (top bits are the index)
	return (x ^ x>>31) * 0x9e3779b97f4a7c15
}

// build sizes the filter for the keys of byFirst and sets their bits.
func (f *firstFilter) build(keys func(yield func(string) bool), n int) {
	size := minFilterBits
	for size < 16*n {
		size *= 2
	}
	f.bits = make([]uint64, size/64)
	f.shift = 64
	for s := size; s > 1; s >>= 1 {
		f.shift--
	}
	for k := range keys {
		f.add(k)
	}
}

func (f *firstFilter) add(s string) {
	h := filterHash(s) >> f.shift
	f.bits[h>>6] |= 1 << (h & 63)
}

// mayHave reports whether s may be a first word (false: it is not). A
// zero filter (a Set not made by New or Ordered) passes every word.
func (f *firstFilter) mayHave(s string) bool {
	if f.bits == nil {
		return true
	}
	h := filterHash(s) >> f.shift
	return f.bits[h>>6]&(1<<(h&63)) != 0
}
