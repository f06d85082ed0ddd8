package entities

// tokIndex finds the mentions that cover a token, so overlap tests look at
// a few mentions instead of all of them (issue 15: extraction must stay
// linear in the length of a document).
type tokIndex map[int][]int

// newTokIndex indexes the mentions of all for which keep is true (nil: all).
func newTokIndex(all []Mention, keep func(Mention) bool) tokIndex {
	x := tokIndex{}
	for i, m := range all {
		if keep != nil && !keep(m) {
			continue
		}
		for t := m.Tok[0]; t < m.Tok[1]; t++ {
			x[t] = append(x[t], i)
		}
	}
	return x
}

// overlapping calls fn, in ascending order of index and once each, with
// the indexed mentions that share a token with m (a non-empty span).
func (x tokIndex) overlapping(m Mention, fn func(i int) bool) {
	seen := map[int]bool{}
	var ids []int
	for t := m.Tok[0]; t < m.Tok[1]; t++ {
		for _, i := range x[t] {
			if !seen[i] {
				seen[i] = true
				ids = append(ids, i)
			}
		}
	}
	sortInts(ids)
	for _, i := range ids {
		if !fn(i) {
			return
		}
	}
}

func sortInts(s []int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
