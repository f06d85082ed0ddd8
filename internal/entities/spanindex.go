package entities

import (
	"slices"
	"sort"
)

// spanIndex answers whether any mention of one source overlaps a token
// range, in O(log n) instead of a scan of every mention (a scan per
// mention made long documents quadratic).
type spanIndex struct {
	start  []int // the mentions' first tokens, ascending
	maxEnd []int // maxEnd[k]: the largest end of the first k+1 of them
}

func newSpanIndex(all []Mention, source string) spanIndex {
	var sp [][2]int
	for _, m := range all {
		if m.Source == source {
			sp = append(sp, m.Tok)
		}
	}
	slices.SortFunc(sp, func(a, b [2]int) int { return a[0] - b[0] })
	x := spanIndex{start: make([]int, len(sp)), maxEnd: make([]int, len(sp))}
	for k, s := range sp {
		x.start[k] = s[0]
		x.maxEnd[k] = s[1]
		if k > 0 {
			x.maxEnd[k] = max(x.maxEnd[k], x.maxEnd[k-1])
		}
	}
	return x
}

// overlaps reports whether a mention o of the index has o.Tok[0] < end
// and start < o.Tok[1].
func (x spanIndex) overlaps(start, end int) bool {
	n := sort.SearchInts(x.start, end) // the mentions starting before end
	return n > 0 && x.maxEnd[n-1] > start
}
