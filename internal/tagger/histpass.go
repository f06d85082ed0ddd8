package tagger

import (
	"runtime"
	"strings"
	"sync"

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

// pairIndex maps a feature hash to its weights in the first model and in
// the second side by side (zeros where a model has no such feature), so a
// lookup reads the slot and one row.
type pairIndex struct {
	slots []hashSlot
	mask  uint64
	w     [][2 * numTags]float32
}

func newPairIndex(fa, fb *Tagger) *pairIndex {
	a, b := fa.hidx, fb.hidx
	n := 16
	for n < len(a.slots)+len(b.slots) { // ≥ twice the features of both
		n *= 2
	}
	x := &pairIndex{slots: make([]hashSlot, n), mask: uint64(n - 1)}
	put := func(h uint64) *[2 * numTags]float32 {
		j := h & x.mask
		for x.slots[j].key != 0 && x.slots[j].key != h {
			j = (j + 1) & x.mask
		}
		s := &x.slots[j]
		if s.key == 0 {
			*s = hashSlot{h, int32(len(x.w))}
			x.w = append(x.w, [2 * numTags]float32{})
		}
		return &x.w[s.id]
	}
	for _, s := range a.slots {
		if s.key != 0 {
			copy(put(s.key)[:numTags], fa.w[int(s.id)*numTags:int(s.id)*numTags+numTags])
		}
	}
	for _, s := range b.slots {
		if s.key != 0 {
			copy(put(s.key)[numTags:], fb.w[int(s.id)*numTags:int(s.id)*numTags+numTags])
		}
	}
	return x
}

func (x *pairIndex) get(h uint64) *[2 * numTags]float32 {
	if h == 0 {
		h = 1
	}
	for j := h & x.mask; ; j = (j + 1) & x.mask {
		switch s := &x.slots[j]; s.key {
		case h:
			return &x.w[s.id]
		case 0:
			return nil
		}
	}
}

// pairRow is a row of scores of both models: the first's, then the
// second's.
type pairRow = [2 * numTags]float64

// pairRows are the wordRows of a word in both models.
type pairRows struct{ self, prev1, prev2, next1, next2 pairRow }

type pairCache struct {
	mu sync.Mutex
	m  map[string]*pairRows
}

// histPass holds what the joint scoring of a FeatHistory model reads.
type histPass struct {
	idx      *pairIndex
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
	hp := &histPass{idx: newPairIndex(f, t), caches: make([]pairCache, max(2, runtime.GOMAXPROCS(0)))}
	P, _ := profile.Load(text.Lang(t.lang))
	e := t.pairEmitter(hp)
	e.sum(&hp.bos.prev1, func(e *emitter) { edgeFeatures(bos, "-1", e, t.feats, P) })
	e.sum(&hp.bos.prev2, func(e *emitter) { edgeFeatures(bos, "-2", e, t.feats, P) })
	e.sum(&hp.eos.next1, func(e *emitter) { edgeFeatures(eos, "+1", e, t.feats, P) })
	e.sum(&hp.eos.next2, func(e *emitter) { edgeFeatures(eos, "+2", e, t.feats, P) })
	return hp
}

func (hp *histPass) take() *pairCache {
	return firstFree(hp.caches, func(c *pairCache) *sync.Mutex { return &c.mu })
}

func (hp *histPass) drop() {
	for i := range hp.caches {
		c := &hp.caches[i]
		c.mu.Lock()
		c.m = nil
		c.mu.Unlock()
	}
}

// pairEmitter sums the weights of the features it is given in both
// models into *dst.
type pairEmitter struct {
	e   emitter
	dst *pairRow
}

func (t *Tagger) pairEmitter(hp *histPass) *pairEmitter {
	r := &pairEmitter{}
	idx := hp.idx
	r.e.f = func(h uint64, _ []byte) {
		if w := idx.get(h); w != nil {
			d := r.dst
			for k := range w {
				d[k] += float64(w[k])
			}
		}
	}
	return r
}

func (r *pairEmitter) sum(dst *pairRow, feats func(e *emitter)) {
	r.dst = dst
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
		r.sum(&pr.self, func(e *emitter) { selfFeatures(t.lang, in, e, t.feats, P) })
		r.sum(&pr.prev1, func(e *emitter) { neighbourFeatures(in, "-1", e, t.feats, P) })
		r.sum(&pr.prev2, func(e *emitter) { neighbourFeatures(in, "-2", e, t.feats, P) })
		r.sum(&pr.next1, func(e *emitter) { neighbourFeatures(in, "+1", e, t.feats, P) })
		r.sum(&pr.next2, func(e *emitter) { neighbourFeatures(in, "+2", e, t.feats, P) })
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
	var row pairRow
	for i := range infos {
		p1, p2, n1, n2 := at(i-1, &hp.bos), at(i-2, &hp.bos), at(i+1, &hp.eos), at(i+2, &hp.eos)
		self := &rows[i].self
		for k := range row {
			row[k] = self[k] + p1.prev1[k] + p2.prev2[k] + n1.next1[k] + n2.next2[k]
		}
		r.dst = &row
		jointFeatures(infos, i, &r.e, allCaps, t.feats, P) // hist is still empty
		copy(ea[i][:], row[:numTags])
		copy(eb[i][:], row[numTags:])
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
	return t.historyPass(t.hidx, sents, infos, ems)
}
