package tagger

import (
	"math"
	"math/bits"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	profile "graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// Most features of a token read one token only: the token itself (w=, f=,
// affixes, shapes, stripped forms, its cluster path) or one neighbour at a
// fixed offset (f-1=, ss+1=, st-1=, w+1=, c-2:4=, …). Their summed weights
// are a function of that one token string, so the tagger keeps them per
// word (wordRows) and adds, for each token, its own row, the rows of its
// neighbours and the features that read two tokens or the gazetteer
// (jointFeatures). tokenFeatures stays the definition (training reads
// it); TestRowCacheMatchesTokenFeatures checks that the split emits the
// same features for every token, so a feature added to tokenFeatures must
// be added here too.
//
// The emission scores are identical to summing tokenFeatures one by one
// only because the order of the additions does not matter: exactSums
// checks at load that every sum of up to maxTerms of the model's weights is
// exact in float64 (true of pruned float32 weights); otherwise the cache is
// off.

// wordRows are the summed weights of the single-token features of a word.
type wordRows struct {
	self         [numTags]float64 // read token i itself
	prev1, prev2 [numTags]float64 // the word as token i-1 (f-1=…) and i-2 of token i
	next1, next2 [numTags]float64 // the word as token i+1 (f+1=…) and i+2
}

// maxTerms bounds the features of one token (about 60 plus its gazetteer
// labels and those of its neighbours).
const maxTerms = 1 << 16

// maxCacheWords bounds each cache. A full word cache becomes the previous
// generation (old) and a new one starts; a word found only in old moves to
// the new one, so the words that keep coming back (most of the text) are
// not computed again after every 2^16 new words, as when a full cache was
// emptied; a gazetteer cache is emptied.
const maxCacheWords = 1 << 16

type rowCache struct {
	mu  sync.Mutex
	m   map[string]*wordRows
	old map[string]*wordRows // the previous generation of m
	g   map[string]*gazRows  // by gazetteer label set (gazRowsOf)
}

// gazRows are the summed weights of the gazetteer features of one token's
// label set: as the token's own labels (g=…) and as the labels of the
// token at offset -2, -1, +1, +2 of the token they are for (g-2=…, …).
// The labels are per token but their sets are few (the vocabulary marks
// most Arabic words), so the rows are kept per set, not emitted and looked
// up five times per labelled token.
type gazRows struct {
	self [numTags]float64
	at   [4][numTags]float64 // by gazOffsets
}

// gazOffsets are the offsets of the neighbour gazetteer features, in the
// order of gazRows.at.
var gazOffsets = [...]int{-2, -1, 1, 2}

// rowCaches are per-goroutine caches taken with TryLock: no tagging call
// waits for another; when all are taken, a call computes without one.
type rowCaches struct {
	caches   []rowCache
	bos, eos wordRows // the rows of the positions before and after a sentence
}

// exactSums reports whether every sum of up to maxTerms of the weights w
// is exact in float64: all are multiples of 2^q, and maxTerms × max|w| <
// 2^(53+q), so every partial sum is representable.
func exactSums(w []float32) bool {
	maxAbs, q := 0.0, math.MaxInt
	for _, x := range w {
		if x == 0 {
			continue
		}
		a := float64(x)
		if math.IsNaN(a) || math.IsInf(a, 0) {
			return false
		}
		maxAbs = max(maxAbs, math.Abs(a))
		b := math.Float32bits(x)
		exp, mant := int(b>>23&0xff), b&(1<<23-1)
		e := -149
		if exp != 0 {
			mant |= 1 << 23
			e = exp - 150
		}
		q = min(q, e+bits.TrailingZeros32(mant))
	}
	if maxAbs == 0 {
		return true
	}
	return maxAbs*maxTerms < math.Ldexp(1, 53+q)
}

// newRowCaches returns the caches of t, or nil when its sums are not exact.
func newRowCaches(t *Tagger) *rowCaches {
	if !exactSums(t.w) {
		return nil
	}
	rc := &rowCaches{caches: make([]rowCache, max(2, runtime.GOMAXPROCS(0)))}
	P, _ := profile.Load(text.Lang(t.lang))
	e := t.rowEmitter()
	e.sum(&rc.bos.prev1, func(e *emitter) { edgeFeatures(bos, "-1", e, t.feats, P) })
	e.sum(&rc.bos.prev2, func(e *emitter) { edgeFeatures(bos, "-2", e, t.feats, P) })
	e.sum(&rc.eos.next1, func(e *emitter) { edgeFeatures(eos, "+1", e, t.feats, P) })
	e.sum(&rc.eos.next2, func(e *emitter) { edgeFeatures(eos, "+2", e, t.feats, P) })
	return rc
}

// take returns a free cache, locked, or nil.
func (rc *rowCaches) take() *rowCache {
	return firstFree(rc.caches, func(c *rowCache) *sync.Mutex { return &c.mu })
}

// firstFree locks and returns the first cache of cs whose lock is free, or
// nil. The search starts at the first cache every time, so that one worker
// alone (--jobs 1) always takes the same cache and computes each word once;
// starting at a rotating index, as before, made it alternate between two
// caches and compute every word twice.
func firstFree[C any](cs []C, mu func(*C) *sync.Mutex) *C {
	for i := range cs {
		if c := &cs[i]; mu(c).TryLock() {
			return c
		}
	}
	return nil
}

// rowEmitter sums the weights of the features it is given into *dst.
type rowEmitter struct {
	e   emitter
	dst *[numTags]float64
}

func (t *Tagger) rowEmitter() *rowEmitter {
	r := &rowEmitter{}
	hidx, w := t.hidx, t.w
	r.e.f = func(h uint64, _ []byte) {
		if id := hidx.get(h); id >= 0 {
			addRow(r.dst, w[int(id)*numTags:int(id)*numTags+numTags])
		}
	}
	return r
}

func (r *rowEmitter) sum(dst *[numTags]float64, feats func(e *emitter)) {
	r.dst = dst
	feats(&r.e)
}

// cachedEmissions adds the features of every token of infos to em.
func (t *Tagger) cachedEmissions(rc *rowCaches, es *emScratch, infos []tokInfo, em [][numTags]float64, allCaps bool) {
	P, _ := profile.Load(text.Lang(t.lang))
	r := t.rowEmitter()
	c := rc.take()
	if c != nil {
		defer c.mu.Unlock()
		switch {
		case c.m == nil:
			c.m = make(map[string]*wordRows, 1024)
		case len(c.m) >= maxCacheWords:
			c.old, c.m = c.m, make(map[string]*wordRows, maxCacheWords/2)
		}
		if c.g == nil || len(c.g) >= maxCacheWords {
			c.g = make(map[string]*gazRows, 256)
		}
	}
	var rows []*wordRows
	var grows []*gazRows
	if es != nil {
		rows = es.wordRows(len(infos))
		grows = es.gazRows(len(infos))
	} else {
		es = new(emScratch)
		rows = make([]*wordRows, len(infos))
		grows = make([]*gazRows, len(infos))
	}
	for i := range infos {
		grows[i] = gazRowsOf(c, r, es, infos[i].gaz)
	}
	for i := range infos {
		in := &infos[i]
		if c != nil {
			if wr := c.m[in.raw]; wr != nil {
				rows[i] = wr
				continue
			}
			if wr := c.old[in.raw]; wr != nil {
				c.m[strings.Clone(in.raw)] = wr
				rows[i] = wr
				continue
			}
		}
		wr := new(wordRows)
		r.sum(&wr.self, func(e *emitter) { selfFeatures(t.lang, in, e, t.feats, P) })
		r.sum(&wr.prev1, func(e *emitter) { neighbourFeatures(in, "-1", e, t.feats, P) })
		r.sum(&wr.prev2, func(e *emitter) { neighbourFeatures(in, "-2", e, t.feats, P) })
		r.sum(&wr.next1, func(e *emitter) { neighbourFeatures(in, "+1", e, t.feats, P) })
		r.sum(&wr.next2, func(e *emitter) { neighbourFeatures(in, "+2", e, t.feats, P) })
		rows[i] = wr
		if c != nil {
			c.m[strings.Clone(in.raw)] = wr // raw is a slice of a document
		}
	}
	for i := range infos {
		row := &em[i]
		addRow(row, rows[i].self[:])
		addRow(row, pick(rows, i-1, &rc.bos).prev1[:])
		addRow(row, pick(rows, i-2, &rc.bos).prev2[:])
		addRow(row, pick(rows, i+1, &rc.eos).next1[:])
		addRow(row, pick(rows, i+2, &rc.eos).next2[:])
		if g := grows[i]; g != nil {
			addRow(row, g.self[:])
		}
		for k, d := range gazOffsets {
			if j := i + d; j >= 0 && j < len(grows) && grows[j] != nil {
				addRow(row, grows[j].at[k][:])
			}
		}
		r.dst = row
		jointFeaturesGaz(infos, i, &r.e, allCaps, t.feats, P, false)
	}
}

// gazRowsOf returns the gazetteer rows of the label set gaz (nil when it
// is empty), from the cache c when there is one.
func gazRowsOf(c *rowCache, r *rowEmitter, es *emScratch, gaz []string) *gazRows {
	if len(gaz) == 0 {
		return nil
	}
	if c != nil {
		es.key = es.key[:0]
		for _, g := range gaz {
			es.key = append(es.key, g...)
			es.key = append(es.key, 0)
		}
		if gr := c.g[string(es.key)]; gr != nil {
			return gr
		}
	}
	gr := new(gazRows)
	r.sum(&gr.self, func(e *emitter) {
		for _, g := range gaz {
			e.emit("g=", g)
		}
	})
	for k, d := range gazOffsets {
		ds := offsets[d+2]
		r.sum(&gr.at[k], func(e *emitter) {
			for _, g := range gaz {
				e.emit("g", ds, "=", g)
			}
		})
	}
	if c != nil {
		c.g[string(es.key)] = gr
	}
	return gr
}

func pick(rows []*wordRows, i int, edge *wordRows) *wordRows {
	if i < 0 || i >= len(rows) {
		return edge
	}
	return rows[i]
}

// selfFeatures are the features of tokenFeatures that read token t only.
func selfFeatures(lang string, t *tokInfo, e *emitter, fs FeatureSet, P *profile.Profile) {
	if fs&FeatClusters != 0 {
		c := t.clu
		if c == "" {
			c = "?"
		}
		for k, n := range clusterPrefixes {
			e.emit(cluNames[k], cluPrefix(c, n))
		}
		if fs&FeatClusterStrip != 0 && t.cstr != "" {
			cs := t.cstr
			e.emit("cs6=", cluPrefix(cs, 6))
			e.emit("cs10=", cluPrefix(cs, 10))
			e.emit("cs20=", cluPrefix(cs, 20))
		}
	}
	e.emit("b")
	e.emit("w=", t.raw)
	e.emit("f=", t.fold)
	maxAff := 3
	if P != nil {
		maxAff = P.Affixes
	}
	for n := 1; n <= maxAff; n++ {
		if p := prefix(t.fold, n); p != "" {
			e.emit("p", strconv.Itoa(n), "=", p)
		}
		if s := suffix(t.fold, n); s != "" {
			e.emit("s", strconv.Itoa(n), "=", s)
		}
	}
	e.emit("sh=", t.shape)
	e.emit("ss=", t.short)
	l := utf8.RuneCountInString(t.fold)
	if l >= len(lenBucket) {
		e.emit("len=9")
	} else {
		e.emit("len=", lenBucket[l])
	}
	if P == nil {
		return
	}
	if P.Clitics {
		for _, s := range t.strip {
			e.emit("st=", s)
			if p := suffix(s, 2); p != "" {
				e.emit("st.s2=", p)
			}
		}
		e.emit("sc=", script(t.raw))
		if fs&FeatStripAffix != 0 {
			stem := t.fold
			if len(t.strip) > 0 {
				stem = t.strip[len(t.strip)-1]
			}
			for n := 1; n <= 3; n++ {
				if p := prefix(stem, n); p != "" {
					e.emit("stp", strconv.Itoa(n), "=", p)
				}
				if s := suffix(stem, n); s != "" {
					e.emit("sts", strconv.Itoa(n), "=", s)
				}
			}
		}
	}
	if P.CasedNames && strings.ContainsRune(t.raw, '-') {
		e.emit("hyph")
	}
}

// neighbourFeatures are the features of tokenFeatures that read only the
// token at offset off ("-1", "-2", "+1", "+2") of the token they are for.
func neighbourFeatures(t *tokInfo, off string, e *emitter, fs FeatureSet, P *profile.Profile) {
	clu := t.clu
	if clu == "" {
		clu = "?"
	}
	nbrFeatures(t.fold, t.short, clu, t.raw, t.strip, off, e, fs, P)
}

// edgeFeatures are neighbourFeatures for the position before (bos) or
// after (eos) the sentence.
func edgeFeatures(edge, off string, e *emitter, fs FeatureSet, P *profile.Profile) {
	nbrFeatures(edge, edge, edge, edge, nil, off, e, fs, P)
}

func nbrFeatures(fold, short, clu, raw string, strip []string, off string, e *emitter, fs FeatureSet, P *profile.Profile) {
	one := off == "-1" || off == "+1"
	if fs&FeatClusters != 0 && (one && fs&FeatClusterNbrs != 0 || !one && fs&FeatClusterNbrs2 != 0) {
		e.emit("c", off, ":4=", cluPrefix(clu, 4))
		e.emit("c", off, ":10=", cluPrefix(clu, 10))
	}
	e.emit("f", off, "=", fold)
	if !one {
		return
	}
	e.emit("ss", off, "=", short)
	if P == nil {
		return
	}
	if P.Clitics {
		for _, s := range strip {
			e.emit("st", off, "=", s)
		}
	}
	if P.CasedNames {
		e.emit("w", off, "=", raw)
	}
}

// jointFeatures are the features of tokenFeatures that read two tokens,
// the gazetteer, the document (FeatDoc, FeatHistory), the position or the
// sentence.
func jointFeatures(in []tokInfo, i int, e *emitter, allCaps bool, fs FeatureSet, P *profile.Profile) {
	jointFeaturesGaz(in, i, e, allCaps, fs, P, true)
}

// jointFeaturesGaz is jointFeatures, without the gazetteer features (g=,
// g-2=, …) unless gaz (cachedEmissions adds them from gazRows).
func jointFeaturesGaz(in []tokInfo, i int, e *emitter, allCaps bool, fs FeatureSet, P *profile.Profile, gaz bool) {
	t := &in[i]
	if fs&FeatClusters != 0 && fs&FeatClusterBi != 0 {
		c := cluAt(in, i)
		e.emit("c-1|c:6=", cluPrefix(cluAt(in, i-1), 6), "|", cluPrefix(c, 6))
		e.emit("c|c+1:6=", cluPrefix(c, 6), "|", cluPrefix(cluAt(in, i+1), 6))
	}
	e.emit("f-1|f=", fold(in, i-1), "|", t.fold)
	e.emit("f|f+1=", t.fold, "|", fold(in, i+1))
	e.emit("ss-1|ss|ss+1=", short(in, i-1), "|", t.short, "|", short(in, i+1))
	if gaz {
		for _, g := range t.gaz {
			e.emit("g=", g)
		}
	}
	for _, d := range t.doc {
		e.emit("D", d)
	}
	for _, h := range t.hist {
		e.emit(h)
	}
	for _, d := range [...]int{-2, -1, 1, 2} {
		j := i + d
		if !gaz || j < 0 || j >= len(in) {
			continue
		}
		ds := offsets[d+2]
		for _, g := range in[j].gaz {
			e.emit("g", ds, "=", g)
		}
	}
	if P == nil || !P.CasedNames {
		return
	}
	if i == 0 {
		e.emit("first|ss=", t.short)
	}
	if allCaps {
		e.emit("allcaps|ss=", t.short)
	}
	if t.raw != "" && unicode.IsUpper(firstRune(t.raw)) {
		e.emit("cap|f-1=", fold(in, i-1))
	}
}

// DropRowCaches empties the per-word caches of the embedded models: a
// benchmark that repeats the same few articles calls it per pass, so that
// it does not measure a cache that has seen every word.
func DropRowCaches() {
	for _, f := range loaded {
		t, err := f()
		if err != nil {
			continue
		}
		t.dropRowCaches()
	}
}

func (t *Tagger) dropRowCaches() {
	if t.first != nil {
		t.first.dropRowCaches()
	}
	t.hashIndex()
	if t.hp != nil {
		t.hp.drop()
	}
	if t.rows == nil {
		return
	}
	for i := range t.rows.caches {
		c := &t.rows.caches[i]
		c.mu.Lock()
		c.m, c.old = nil, nil
		c.mu.Unlock()
	}
}
