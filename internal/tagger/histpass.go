package tagger

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	profile "graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// The two passes of a FeatHistory model read the same features, apart
// from the history features of the second: the first model was trained
// with the same options without FeatHistory, and both read the same token
// infos. So a document is scored once for both: each feature is hashed
// once and looked up in a joint index that gives its row in either model,
// the per-word sums of the one-token features are cached for both models
// together (as featcache.go does for one), and the second pass only adds
// the weights of the history features to its emission scores before its
// Viterbi. The scores are the ones the two models give separately (the
// sums are exact, see exactSums), so the tags are too
// (TestHistPassMatchesTwoPasses).

// pairIndex maps a feature hash to its row in the first model (a) and in
// the second (b), -1 when the model has no such feature.
type pairIndex struct {
	slots []pairSlot
	mask  uint64
}

type pairSlot struct {
	key  uint64
	a, b int32
}

func newPairIndex(a, b *hashIndex) *pairIndex {
	n := 16
	for n < len(a.slots)+len(b.slots) { // ≥ twice the features of both
		n *= 2
	}
	x := &pairIndex{slots: make([]pairSlot, n), mask: uint64(n - 1)}
	put := func(h uint64) *pairSlot {
		j := h & x.mask
		for x.slots[j].key != 0 && x.slots[j].key != h {
			j = (j + 1) & x.mask
		}
		s := &x.slots[j]
		if s.key == 0 {
			*s = pairSlot{h, -1, -1}
		}
		return s
	}
	for _, s := range a.slots {
		if s.key != 0 {
			put(s.key).a = s.id
		}
	}
	for _, s := range b.slots {
		if s.key != 0 {
			put(s.key).b = s.id
		}
	}
	return x
}

func (x *pairIndex) get(h uint64) *pairSlot {
	if h == 0 {
		h = 1
	}
	for j := h & x.mask; ; j = (j + 1) & x.mask {
		switch s := &x.slots[j]; s.key {
		case h:
			return s
		case 0:
			return nil
		}
	}
}

// pairRows are the wordRows of a word in both models.
type pairRows struct{ a, b wordRows }

type pairCache struct {
	mu sync.Mutex
	m  map[string]*pairRows
}

// histPass holds what the joint scoring of a FeatHistory model reads.
type histPass struct {
	idx      *pairIndex
	next     atomic.Uint32
	caches   []pairCache
	bos, eos pairRows
}

// newHistPass returns the joint scorer of t, or nil when t is not a
// Viterbi FeatHistory model with its first pass, or a sum is not exact.
func newHistPass(t *Tagger) *histPass {
	f := t.first
	if t.feats&FeatHistory == 0 || f == nil || t.decoder != Viterbi || f.decoder != Viterbi ||
		t.lang != f.lang || t.feats&^historyFeats != f.feats || !exactSums(t.w) || !exactSums(f.w) {
		return nil
	}
	f.hashIndex()
	hp := &histPass{idx: newPairIndex(f.hidx, t.hidx), caches: make([]pairCache, max(2, runtime.GOMAXPROCS(0)))}
	P, _ := profile.Load(text.Lang(t.lang))
	e := t.pairEmitter(hp)
	e.sum(&hp.bos.a.prev1, &hp.bos.b.prev1, func(e *emitter) { edgeFeatures(bos, "-1", e, t.feats, P) })
	e.sum(&hp.bos.a.prev2, &hp.bos.b.prev2, func(e *emitter) { edgeFeatures(bos, "-2", e, t.feats, P) })
	e.sum(&hp.eos.a.next1, &hp.eos.b.next1, func(e *emitter) { edgeFeatures(eos, "+1", e, t.feats, P) })
	e.sum(&hp.eos.a.next2, &hp.eos.b.next2, func(e *emitter) { edgeFeatures(eos, "+2", e, t.feats, P) })
	return hp
}

func (hp *histPass) take() *pairCache {
	n := uint32(len(hp.caches))
	start := hp.next.Add(1)
	for k := range n {
		c := &hp.caches[(start+k)%n]
		if c.mu.TryLock() {
			return c
		}
	}
	return nil
}

func (hp *histPass) drop() {
	for i := range hp.caches {
		c := &hp.caches[i]
		c.mu.Lock()
		c.m = nil
		c.mu.Unlock()
	}
}

// pairEmitter sums the weights of the features it is given in the first
// model into *a and in the second into *b.
type pairEmitter struct {
	e    emitter
	a, b *[numTags]float64
}

func (t *Tagger) pairEmitter(hp *histPass) *pairEmitter {
	r := &pairEmitter{}
	idx, wa, wb := hp.idx, t.first.w, t.w
	r.e.f = func(h uint64, _ []byte) {
		s := idx.get(h)
		if s == nil {
			return
		}
		if s.a >= 0 {
			addRow(r.a, wa[int(s.a)*numTags:int(s.a)*numTags+numTags])
		}
		if s.b >= 0 {
			addRow(r.b, wb[int(s.b)*numTags:int(s.b)*numTags+numTags])
		}
	}
	return r
}

func (r *pairEmitter) sum(a, b *[numTags]float64, feats func(e *emitter)) {
	r.a, r.b = a, b
	feats(&r.e)
}

// pairEmissions returns the emission scores of a sentence under the first
// model (ea) and under the second without its history features (eb).
func (t *Tagger) pairEmissions(hp *histPass, tokens []string, infos []tokInfo) (ea, eb [][numTags]float64) {
	allCaps := casedNames(t.lang) && sentenceAllCaps(tokens)
	ea = make([][numTags]float64, len(infos))
	eb = make([][numTags]float64, len(infos))
	P, _ := profile.Load(text.Lang(t.lang))
	r := t.pairEmitter(hp)
	c := hp.take()
	if c != nil {
		defer c.mu.Unlock()
		if c.m == nil || len(c.m) >= maxCacheWords {
			c.m = make(map[string]*pairRows, 1024)
		}
	}
	rows := make([]*pairRows, len(infos))
	for i := range infos {
		in := &infos[i]
		if c != nil {
			if pr := c.m[in.raw]; pr != nil {
				rows[i] = pr
				continue
			}
		}
		pr := new(pairRows)
		r.sum(&pr.a.self, &pr.b.self, func(e *emitter) { selfFeatures(t.lang, in, e, t.feats, P) })
		r.sum(&pr.a.prev1, &pr.b.prev1, func(e *emitter) { neighbourFeatures(in, "-1", e, t.feats, P) })
		r.sum(&pr.a.prev2, &pr.b.prev2, func(e *emitter) { neighbourFeatures(in, "-2", e, t.feats, P) })
		r.sum(&pr.a.next1, &pr.b.next1, func(e *emitter) { neighbourFeatures(in, "+1", e, t.feats, P) })
		r.sum(&pr.a.next2, &pr.b.next2, func(e *emitter) { neighbourFeatures(in, "+2", e, t.feats, P) })
		rows[i] = pr
		if c != nil {
			c.m[strings.Clone(in.raw)] = pr
		}
	}
	at := func(j int, edge *pairRows) *pairRows {
		if j < 0 || j >= len(rows) {
			return edge
		}
		return rows[j]
	}
	for i := range infos {
		p1, p2, n1, n2 := at(i-1, &hp.bos), at(i-2, &hp.bos), at(i+1, &hp.eos), at(i+2, &hp.eos)
		a, b := &ea[i], &eb[i]
		addRow(a, rows[i].a.self[:])
		addRow(a, p1.a.prev1[:])
		addRow(a, p2.a.prev2[:])
		addRow(a, n1.a.next1[:])
		addRow(a, n2.a.next2[:])
		addRow(b, rows[i].b.self[:])
		addRow(b, p1.b.prev1[:])
		addRow(b, p2.b.prev2[:])
		addRow(b, n1.b.next1[:])
		addRow(b, n2.b.next2[:])
		r.a, r.b = &ea[i], &eb[i]
		jointFeatures(infos, i, &r.e, allCaps, t.feats, P) // hist is still empty
	}
	return ea, eb
}

// tagHistPass tags a document with a FeatHistory model scored jointly.
func (t *Tagger) tagHistPass(hp *histPass, sents [][]string, infos [][]tokInfo) ([][]string, [][]float64) {
	ems := make([][][numTags]float64, len(sents))
	prev := make([][]string, len(sents))
	for i, s := range sents {
		prev[i] = make([]string, len(s))
		if len(s) == 0 {
			continue
		}
		var ea [][numTags]float64
		ea, ems[i] = t.pairEmissions(hp, s, infos[i])
		for j, b := range viterbi(ea, &t.first.trans) {
			prev[i][j] = tagNames[b]
		}
	}
	addHistory(infos, prev)
	tags := make([][]string, len(sents))
	margins := make([][]float64, len(sents))
	for i, s := range sents {
		if len(s) == 0 {
			tags[i], margins[i] = []string{}, []float64{}
			continue
		}
		em := ems[i]
		for j := range em {
			for _, h := range infos[i][j].hist {
				if id := t.hidx.get(hashFeature(h)); id >= 0 {
					addRow(&em[j], t.w[int(id)*numTags:int(id)*numTags+numTags])
				}
			}
		}
		best := viterbi(em, &t.trans)
		tags[i] = make([]string, len(best))
		for j, b := range best {
			tags[i][j] = tagNames[b]
		}
		margins[i] = maxMarginals(em, &t.trans, best)
	}
	return tags, margins
}
