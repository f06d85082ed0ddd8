package tagger

// emitter hands every feature to f as a 64-bit FNV-1a hash of its string,
// computed over the parts without joining them; with keep, the string is
// also built in a reusable buffer (training needs it, tagging does not).
type emitter struct {
	buf  []byte
	keep bool
	f    func(h uint64, feat []byte)
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func (e *emitter) emit(parts ...string) {
	h := uint64(fnvOffset)
	if e.keep {
		e.buf = e.buf[:0]
	}
	for _, p := range parts {
		for i := 0; i < len(p); i++ {
			h ^= uint64(p[i])
			h *= fnvPrime
		}
		if e.keep {
			e.buf = append(e.buf, p...)
		}
	}
	e.f(h, e.buf)
}

// hashFeature is the hash emit gives the feature string s.
func hashFeature(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashIndex maps feature hashes to weight rows: open addressing, linear
// probing, key 0 free (a hash of 0 is stored as 1). A slot holds the key
// and its row together, so a lookup reads one cache line, not two.
type hashIndex struct {
	slots []hashSlot
	mask  uint64
}

type hashSlot struct {
	key uint64
	id  int32
}

func newHashIndex(index map[string]int32) *hashIndex {
	n := 16
	for n < 2*len(index) {
		n *= 2
	}
	x := &hashIndex{slots: make([]hashSlot, n), mask: uint64(n - 1)}
	adviseHuge(x.slots)
	for f, id := range index {
		h := hashFeature(f)
		if h == 0 {
			h = 1
		}
		j := h & x.mask
		for x.slots[j].key != 0 && x.slots[j].key != h {
			j = (j + 1) & x.mask
		}
		x.slots[j] = hashSlot{h, id}
	}
	return x
}

func (x *hashIndex) get(h uint64) int32 {
	if h == 0 {
		h = 1
	}
	for j := h & x.mask; ; j = (j + 1) & x.mask {
		switch s := &x.slots[j]; s.key {
		case h:
			return s.id
		case 0:
			return -1
		}
	}
}
