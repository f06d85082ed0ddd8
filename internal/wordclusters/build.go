package wordclusters

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// BuildOptions configure Build.
type BuildOptions struct {
	MinCount int    // vocabulary: words seen at least this often (default 5)
	MaxWords int    // at most this many words, the most frequent (default 150000)
	Contexts int    // the most frequent words used as context features (default 2000)
	Window   int    // context positions on each side (default 2)
	Depth    int    // longest path, in bits (default 20)
	Iters    int    // k-means iterations per split (default 8)
	Seed     uint64 // seeds of the 2-means splits; Build is deterministic for a seed
}

func (o *BuildOptions) defaults() {
	if o.MinCount <= 0 {
		o.MinCount = 5
	}
	if o.MaxWords <= 0 {
		o.MaxWords = 150000
	}
	if o.Contexts <= 0 {
		o.Contexts = 2000
	}
	if o.Window <= 0 {
		o.Window = 2
	}
	if o.Depth <= 0 || o.Depth > 32 {
		o.Depth = 20
	}
	if o.Iters <= 0 {
		o.Iters = 8
	}
}

// Corpus is a token stream being counted for Build: words as interned ids,
// sentences separated by -1.
type Corpus struct {
	ids   map[string]int32
	words []string
	count []int64
	seq   []int32
}

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus { return &Corpus{ids: map[string]int32{}} }

// Add appends one sentence (or paragraph) of keys: tokens already folded
// (Key gives the form the tagger looks up).
func (c *Corpus) Add(keys []string) {
	for _, k := range keys {
		id, ok := c.ids[k]
		if !ok {
			id = int32(len(c.words))
			c.ids[k] = id
			c.words = append(c.words, k)
			c.count = append(c.count, 0)
		}
		c.count[id]++
		c.seq = append(c.seq, id)
	}
	c.seq = append(c.seq, -1)
}

// Tokens returns the number of tokens added.
func (c *Corpus) Tokens() int { return len(c.seq) - c.sentences() }

func (c *Corpus) sentences() int {
	n := 0
	for _, x := range c.seq {
		if x < 0 {
			n++
		}
	}
	return n
}

// Build clusters the frequent words of c hierarchically: each word is a
// vector of its positive pointwise mutual information with the most
// frequent words at each position of a window around it; the words are
// split in two by spherical 2-means, recursively, and a word's path is the
// sequence of its sides (as with Brown clusters, a shared path prefix means
// similar contexts). With arabic, a rare word is counted under its first
// clitic-stripped form that is frequent (as Table.Lookup finds it).
func Build(c *Corpus, arabic bool, opts BuildOptions) *Table {
	opts.defaults()
	// Canonical forms: a rare word becomes its frequent stripped form.
	canon := make([]int32, len(c.words))
	for id, w := range c.words {
		canon[id] = int32(id)
		if !arabic || c.count[id] >= int64(opts.MinCount) {
			continue
		}
		for _, f := range stripForms(w) {
			if j, ok := c.ids[f]; ok && c.count[j] >= int64(opts.MinCount) {
				canon[id] = j
				break
			}
		}
	}
	cnt := make([]int64, len(c.words))
	for _, x := range c.seq {
		if x >= 0 {
			cnt[canon[x]]++
		}
	}
	order := make([]int32, 0, len(c.words))
	for id := range c.words {
		if cnt[id] >= int64(opts.MinCount) {
			order = append(order, int32(id))
		}
	}
	sort.Slice(order, func(a, b int) bool {
		if cnt[order[a]] != cnt[order[b]] {
			return cnt[order[a]] > cnt[order[b]]
		}
		return c.words[order[a]] < c.words[order[b]]
	})
	if len(order) > opts.MaxWords {
		order = order[:opts.MaxWords]
	}
	vocab := make([]int32, len(c.words)) // id → vocabulary index, -1 outside
	for i := range vocab {
		vocab[i] = -1
	}
	for i, id := range order {
		vocab[id] = int32(i)
	}
	K := min(opts.Contexts, len(order))
	ctxOf := func(x int32) int32 { // context index of a token id, or K (boundary) or -1
		if x < 0 {
			return int32(K)
		}
		v := vocab[canon[x]]
		if v >= 0 && int(v) < K {
			return v
		}
		return -1
	}
	slot := int32(K + 1)
	dims := int(slot) * 2 * opts.Window
	var pairs []uint64
	seq := c.seq
	for i, x := range seq {
		if x < 0 {
			continue
		}
		v := vocab[canon[x]]
		if v < 0 {
			continue
		}
		s := int32(0)
		for d := -opts.Window; d <= opts.Window; d++ {
			if d == 0 {
				continue
			}
			j := i + d
			var ctx int32 = int32(K) // beyond the corpus: a boundary
			if j >= 0 && j < len(seq) {
				// Crossing a sentence boundary sees the boundary.
				ctx = ctxOf(seq[j])
				lo, hi := min(i, j), max(i, j)
				for k := lo + 1; k < hi; k++ {
					if seq[k] < 0 {
						ctx = int32(K)
					}
				}
			}
			if ctx >= 0 {
				pairs = append(pairs, uint64(v)<<32|uint64(s*slot+ctx))
			}
			s++
		}
	}
	slices.Sort(pairs)
	// Sparse rows of PPMI with context-distribution smoothing (α = 0.75).
	n := len(order)
	rowStart := make([]int, n+1)
	var cols []int32
	var vals []float32
	rowSum := make([]float64, n)
	colSum := make([]float64, dims)
	total := 0.0
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		w, ctx := int(pairs[i]>>32), int32(pairs[i])
		cols = append(cols, ctx)
		vals = append(vals, float32(j-i))
		rowStart[w+1] = len(cols)
		rowSum[w] += float64(j - i)
		colSum[ctx] += float64(j - i)
		total += float64(j - i)
		i = j
	}
	for w := 1; w <= n; w++ {
		rowStart[w] = max(rowStart[w], rowStart[w-1])
	}
	pairs = nil
	colAlpha := 0.0
	for _, s := range colSum {
		colAlpha += math.Pow(s, 0.75)
	}
	for w := range n {
		norm := 0.0
		for k := rowStart[w]; k < rowStart[w+1]; k++ {
			pc := math.Pow(colSum[cols[k]], 0.75) / colAlpha
			pmi := math.Log(float64(vals[k]) / total / (rowSum[w] / total * pc))
			if pmi < 0 {
				pmi = 0
			}
			vals[k] = float32(pmi)
			norm += pmi * pmi
		}
		if norm > 0 {
			inv := float32(1 / math.Sqrt(norm))
			for k := rowStart[w]; k < rowStart[w+1]; k++ {
				vals[k] *= inv
			}
		}
	}
	m := &matrix{start: rowStart, cols: cols, vals: vals, dims: dims}
	paths := make([]uint32, n)
	depth := make([]uint8, n)
	members := make([]int32, n)
	for i := range members {
		members[i] = int32(i)
	}
	b := &bisector{m: m, opts: opts, paths: paths, depth: depth,
		rng: rand.New(rand.NewPCG(opts.Seed, 0x853c49e6748fea9b)),
		c:   [2][]float64{make([]float64, dims), make([]float64, dims)}}
	b.split(members, 0, 0)
	t := &Table{paths: make(map[string]Path, n), arabic: arabic}
	for i, id := range order {
		t.paths[c.words[id]] = Path{Bits: paths[i], Len: depth[i]}
	}
	return t
}

type matrix struct {
	start []int
	cols  []int32
	vals  []float32
	dims  int
}

type bisector struct {
	m      *matrix
	opts   BuildOptions
	paths  []uint32
	depth  []uint8
	rng    *rand.Rand
	c      [2][]float64 // centroid accumulators (dense, kept zero between uses)
	touch  [2][]int32
	marked [2][]bool
}

func (b *bisector) dot(w int32, k int, inv float64) float64 {
	s := 0.0
	c := b.c[k]
	for j := b.m.start[w]; j < b.m.start[w+1]; j++ {
		s += float64(b.m.vals[j]) * c[b.m.cols[j]]
	}
	return s * inv
}

// split assigns path bits below prefix (of length d) to members.
func (b *bisector) split(members []int32, prefix uint32, d int) {
	for _, w := range members {
		b.paths[w], b.depth[w] = prefix, uint8(d)
	}
	if len(members) < 2 || d >= b.opts.Depth {
		return
	}
	if b.marked[0] == nil {
		b.marked = [2][]bool{make([]bool, b.m.dims), make([]bool, b.m.dims)}
	}
	side := make([]int8, len(members))
	// Seeds: a random member, and a second one drawn with probability
	// proportional to its distance from the first (k-means++).
	a := members[b.rng.IntN(len(members))]
	b.add(0, a)
	inv := b.norm(0)
	dist := make([]float64, len(members))
	sum := 0.0
	for i, w := range members {
		dist[i] = math.Max(0, 1-b.dot(w, 0, inv))
		sum += dist[i]
	}
	b.clear(0)
	if sum == 0 {
		// All members alike (or empty rows): split in halves by frequency.
		half := len(members) / 2
		b.split(members[:half], prefix<<1, d+1)
		b.split(members[half:], prefix<<1|1, d+1)
		return
	}
	r := b.rng.Float64() * sum
	second := members[len(members)-1]
	for i, w := range members {
		r -= dist[i]
		if r <= 0 {
			second = w
			break
		}
	}
	b.add(0, a)
	b.add(1, second)
	for it := 0; it < b.opts.Iters; it++ {
		inv0, inv1 := b.norm(0), b.norm(1)
		changed := 0
		for i, w := range members {
			s := int8(0)
			if b.dot(w, 1, inv1) > b.dot(w, 0, inv0) {
				s = 1
			}
			if s != side[i] || it == 0 {
				changed++
			}
			side[i] = s
		}
		b.clear(0)
		b.clear(1)
		for i, w := range members {
			b.add(int(side[i]), w)
		}
		if changed == 0 {
			break
		}
	}
	b.clear(0)
	b.clear(1)
	var left, right []int32
	for i, w := range members {
		if side[i] == 0 {
			left = append(left, w)
		} else {
			right = append(right, w)
		}
	}
	if len(left) == 0 || len(right) == 0 {
		half := len(members) / 2
		left, right = members[:half], members[half:]
	}
	b.split(left, prefix<<1, d+1)
	b.split(right, prefix<<1|1, d+1)
}

func (b *bisector) add(k int, w int32) {
	c := b.c[k]
	for j := b.m.start[w]; j < b.m.start[w+1]; j++ {
		col := b.m.cols[j]
		if !b.marked[k][col] {
			b.marked[k][col] = true
			b.touch[k] = append(b.touch[k], col)
		}
		c[col] += float64(b.m.vals[j])
	}
}

func (b *bisector) norm(k int) float64 {
	s := 0.0
	for _, col := range b.touch[k] {
		s += b.c[k][col] * b.c[k][col]
	}
	if s == 0 {
		return 0
	}
	return 1 / math.Sqrt(s)
}

func (b *bisector) clear(k int) {
	for _, col := range b.touch[k] {
		b.c[k][col] = 0
		b.marked[k][col] = false
	}
	b.touch[k] = b.touch[k][:0]
}
