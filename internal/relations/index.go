package relations

import "sort"

// mentionIndex finds mentions by token without scanning them all, so the
// rules stay linear in the length of a document (issue 15: a 786 KB article
// took 36 s). Built once per document, on first use.
type mentionIndex struct {
	n      int           // len(Mentions) it was built for
	start  map[int]int   // token → the first mention starting there
	end    map[int][]int // token → the mentions ending there, in order
	sent   map[int][]int // sentence → the mentions starting in it, in order
	sorted bool          // mentions are in order of their first token
}

func (c *Context) index() *mentionIndex {
	ms := c.R.Mentions
	if c.idx != nil && c.idx.n == len(ms) {
		return c.idx
	}
	x := &mentionIndex{n: len(ms), start: make(map[int]int, len(ms)), end: make(map[int][]int, len(ms)), sent: map[int][]int{}, sorted: true}
	for i, m := range ms {
		x.end[m.Tok[1]] = append(x.end[m.Tok[1]], i)
		if t := m.Tok[0]; t >= 0 && t < len(c.Doc.Tokens) {
			si := c.Doc.Tokens[t].Sent
			x.sent[si] = append(x.sent[si], i)
		}
		if _, ok := x.start[m.Tok[0]]; !ok {
			x.start[m.Tok[0]] = i
		}
		if i > 0 && ms[i-1].Tok[0] > m.Tok[0] {
			x.sorted = false
		}
	}
	c.idx = x
	return x
}

// prevMentionSorted is prevMention over mentions sorted by first token:
// it looks only at the mentions starting in [start, t).
func (c *Context) prevMentionSorted(t, start int, match func(int) bool) int {
	ms := c.R.Mentions
	hi := sort.Search(len(ms), func(i int) bool { return ms[i].Tok[0] >= t }) // first starting at or after t
	best := -1
	for i := hi - 1; i >= 0 && ms[i].Tok[0] >= start; i-- {
		if best >= 0 && ms[i].Tok[0] < ms[best].Tok[0] {
			break
		}
		if match(i) {
			best = i // the lowest index among those with the highest start
		}
	}
	return best
}

// topicIndex answers topicOrganization for any token from one pass over
// the mentions: checkpoints at each mention end, with the answer for the
// organisation mentions ending there or before.
type topicIndex struct {
	ends    []int // ascending token ends
	answers []int // the answer once every mention ending at or before ends[k] counts
}

func (c *Context) topics(ok func(int) bool) *topicIndex {
	if c.topicIdx != nil {
		return c.topicIdx
	}
	var qual []int
	for i := range c.R.Mentions {
		if ok(i) {
			qual = append(qual, i)
		}
	}
	ms := c.R.Mentions
	sort.SliceStable(qual, func(a, b int) bool { return ms[qual[a]].Tok[1] < ms[qual[b]].Tok[1] })
	count, first := map[int]int{}, map[int]int{}
	best := -1
	x := &topicIndex{}
	for k, i := range qual {
		e := ms[i].Entity
		count[e]++
		if f, seen := first[e]; !seen || i < f {
			first[e] = i
		}
		if best < 0 || count[e] > count[best] || count[e] == count[best] && first[e] < first[best] {
			best = e
		}
		if k+1 == len(qual) || ms[qual[k+1]].Tok[1] != ms[i].Tok[1] {
			x.ends = append(x.ends, ms[i].Tok[1])
			x.answers = append(x.answers, first[best])
		}
	}
	c.topicIdx = x
	return x
}

func (x *topicIndex) at(t int) int {
	k := sort.SearchInts(x.ends, t+1) // first end > t
	if k == 0 {
		return -1
	}
	return x.answers[k-1]
}
