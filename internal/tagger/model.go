package tagger

import (
	"math"
	"sync"

	"graphbuild/internal/wordclusters"
)

// Decoders.
const (
	Viterbi = "viterbi" // first-order: transition weights, exact search under BIO constraints
	Greedy  = "greedy"  // left to right, previous-tag features
)

// Tagger is a trained averaged-perceptron sequence tagger. It is safe for
// concurrent use.
type Tagger struct {
	lang     string
	decoder  string
	index    map[string]int32
	hidx     *hashIndex // index by feature hash (what tagging reads)
	hidxOnce *sync.Once
	rows     *rowCaches // per-word feature sums (featcache.go); nil: off
	hp       *histPass  // FeatHistory: both passes scored at once (histpass.go); nil: off
	w        []float32  // len(index) × numTags
	trans    [numTags + 1][numTags]float64
	feats    FeatureSet          // optional feature groups the model was trained with
	clu      *wordclusters.Table // word clusters (the embedded table of the language)
	names    *Phrases            // entity names seen in training, labelled lex:TYPE
	common   map[string]bool     // FeatClusterRare: words frequent in training
	extra    Gazetteer           // lists read at use time (the schema lexicon and word lists)
	epoch    int                 // the training epoch of the weights (0: unknown, a loaded model)
	first    *Tagger             // FeatHistory: the first-pass model
}

// Epoch returns the number of training epochs of the weights of a model
// Train returned (with EarlyStop, the best epoch); 0 for a loaded model.
func (t *Tagger) Epoch() int { return t.epoch }

// Features returns the optional feature groups the model reads.
func (t *Tagger) Features() FeatureSet { return t.feats }

// Lang returns the language tag of the model.
func (t *Tagger) Lang() string { return t.lang }

// Decoder returns Viterbi or Greedy.
func (t *Tagger) Decoder() string { return t.decoder }

// NumFeatures returns the number of weighted features of the model.
func (t *Tagger) NumFeatures() int { return len(t.index) }

// WithGazetteer returns a copy of t that reads g instead of the schema lists
// at use time (the names the model learned in training are kept). g may be
// nil.
func (t *Tagger) WithGazetteer(g Gazetteer) *Tagger {
	t.hashIndex()
	c := *t
	c.extra = g
	if t.first != nil {
		c.first = t.first.WithGazetteer(g)
	}
	return &c
}

// WithClusters returns a copy reading the cluster table c instead of the
// embedded one (a model trained with train-tagger --clusters FILE; no
// effect on a model without cluster features).
func (t *Tagger) WithClusters(c *wordclusters.Table) *Tagger {
	t.hashIndex()
	n := *t
	if t.feats&FeatClusters != 0 {
		n.clu = c
	}
	n.rows = nil
	return &n
}

func (t *Tagger) gazetteer() Gazetteer {
	if t.extra == nil {
		return t.names
	}
	return extraGazetteers(Multi{t.names, t.extra}, t.lang, t.feats)
}

// Tag returns a BIO tag for each token: "O", "B-PER", "I-ORG", ... The
// sequence is always valid BIO.
func (t *Tagger) Tag(tokens []string) []string {
	tags, _ := t.tag(tokens, false)
	return tags
}

// TagWithScores is Tag with a confidence for each token: the margin between
// the best tag sequence and the best one with a different tag at that
// token (Viterbi max-marginals; for the greedy decoder, between the two best
// tags at the token). 0 means a tie; margins above ~5 are rarely wrong.
func (t *Tagger) TagWithScores(tokens []string) ([]string, []float64) {
	return t.tag(tokens, true)
}

// TagDocument tags the sentences of one document (as TagWithScores does
// each); a model with FeatDoc reads the other sentences too. Sentences
// the recognizer treats as one document should be passed together.
func (t *Tagger) TagDocument(sents [][]string) ([][]string, [][]float64) {
	a := getInfoArena(sents)
	defer a.release()
	return t.tagDocument(sents, t.docInfosIn(a, sents, nil))
}

// TagDocumentForms is TagDocument of sentences whose words come folded
// already: forms[s][i] is text.Token.Forms of word i of sentence s (the
// folded word, then its forms without proclitics), which the tagger would
// otherwise fold and strip again.
func (t *Tagger) TagDocumentForms(sents [][]string, forms [][][]string) ([][]string, [][]float64) {
	a := getInfoArena(sents)
	defer a.release()
	return t.tagDocument(sents, t.docInfosIn(a, sents, forms))
}

func (t *Tagger) tagDocument(sents [][]string, infos [][]tokInfo) ([][]string, [][]float64) {
	if t.feats&FeatHistoryAdd != 0 && t.first != nil {
		return t.tagHistoryAdd(sents, infos)
	}
	if t.feats&FeatHistory != 0 && t.first != nil {
		if t.hashIndex(); t.hp != nil {
			return t.tagHistPass(t.hp, sents, infos)
		}
		// The first model was trained on the same sentences with the
		// same options, gazetteers and clusters: it reads the same infos
		// (its own doc features included; hist is still empty).
		prev := make([][]string, len(sents))
		for i, s := range sents {
			prev[i], _ = t.first.decode(s, infos[i], false)
		}
		addHistory(infos, prev)
	}
	tags := make([][]string, len(sents))
	margins := make([][]float64, len(sents))
	for i, s := range sents {
		tags[i], margins[i] = t.decode(s, infos[i], true)
	}
	return tags, margins
}

func (t *Tagger) tag(tokens []string, scores bool) ([]string, []float64) {
	if t.first != nil {
		tags, margins := t.TagDocument([][]string{tokens})
		return tags[0], margins[0]
	}
	return t.decode(tokens, t.infos(tokens), scores)
}

func (t *Tagger) decode(tokens []string, infos []tokInfo, scores bool) ([]string, []float64) {
	if len(tokens) == 0 {
		return []string{}, []float64{}
	}
	es := emScratchPool.Get().(*emScratch)
	defer es.release()
	em, e := t.emissionsInto(es, tokens, infos)
	var best []int
	var margin []float64
	if t.decoder == Greedy {
		hidx := t.hashIndex()
		best, margin = greedy(em, infos, func(h uint64) []float32 {
			if id := hidx.get(h); id >= 0 {
				return t.w[int(id)*numTags : int(id)*numTags+numTags]
			}
			return nil
		}, e)
	} else {
		best = viterbi(em, &t.trans)
		if scores {
			margin = maxMarginals(em, &t.trans, best)
		}
	}
	out := make([]string, len(best))
	for i, b := range best {
		out[i] = tagNames[b]
	}
	if !scores {
		margin = nil
	}
	return out, margin
}

// docInfos returns the token infos of the sentences of a document, with
// the document features of a FeatDoc model; forms, when not nil, holds the
// words' forms (TagDocumentForms).
func (t *Tagger) docInfos(sents [][]string, forms [][][]string) [][]tokInfo {
	return t.docInfosIn(nil, sents, forms)
}

// docInfosIn is docInfos with the infos in a (nil: allocated).
func (t *Tagger) docInfosIn(a *infoArena, sents [][]string, forms [][][]string) [][]tokInfo {
	infos := make([][]tokInfo, len(sents))
	for i, s := range sents {
		var p *prepared
		if forms != nil {
			p = preparedFrom(forms[i], hasClitics(t.lang))
		} else {
			p = prepare(s, hasClitics(t.lang))
		}
		infos[i] = newTokInfosIn(a, t.lang, s, p, matchSentence(t.gazetteer(), s, p), t.clu, t.common)
	}
	if t.feats&FeatDoc != 0 {
		addDocFeatures(infos, casedNames(t.lang), t.feats&FeatClusters != 0)
	}
	return infos
}

// infos returns what the features of a sentence read about its tokens.
func (t *Tagger) infos(tokens []string) []tokInfo {
	return t.infosPrepared(tokens, prepare(tokens, hasClitics(t.lang)))
}

func (t *Tagger) infosPrepared(tokens []string, p *prepared) []tokInfo {
	return newTokInfos(t.lang, tokens, p, matchSentence(t.gazetteer(), tokens, p), t.clu, t.common)
}

// emissions returns the observation scores of each tag at each token.
func (t *Tagger) emissions(tokens []string, infos []tokInfo) ([][numTags]float64, *emitter) {
	return t.emissionsInto(nil, tokens, infos)
}

// emissionsInto is emissions with the scores and the scratch in es (nil:
// allocated); the scores are es's until it is released.
func (t *Tagger) emissionsInto(es *emScratch, tokens []string, infos []tokInfo) ([][numTags]float64, *emitter) {
	allCaps := casedNames(t.lang) && sentenceAllCaps(tokens)
	var em [][numTags]float64
	if es != nil {
		em = es.scores(len(tokens))
	} else {
		em = make([][numTags]float64, len(tokens))
	}
	hidx := t.hashIndex()
	var row *[numTags]float64
	e := emitter{f: func(h uint64, _ []byte) {
		if id := hidx.get(h); id >= 0 {
			addRow(row, t.w[int(id)*numTags:int(id)*numTags+numTags])
		}
	}}
	if t.rows != nil {
		t.cachedEmissions(t.rows, es, infos, em, allCaps)
		return em, &e
	}
	for i := range infos {
		row = &em[i]
		tokenFeatures(t.lang, infos, i, &e, allCaps, t.feats)
	}
	return em, &e
}

// hashIndex returns the index by feature hash, built on first use for a
// tagger made by Train (Load builds it at once).
func (t *Tagger) hashIndex() *hashIndex {
	t.hidxOnce.Do(func() {
		if t.hidx == nil {
			t.hidx = newHashIndex(t.index)
		}
		t.rows = newRowCaches(t)
		t.hp = newHistPass(t)
	})
	return t.hidx
}

func addRow[F float32 | float64](row *[numTags]float64, w []F) {
	for k := range numTags {
		row[k] += float64(w[k])
	}
}

var negInf = math.Inf(-1)

// viterbi returns the best BIO-valid tag sequence under emission scores em
// and transitions trans (row numTags is the start of the sentence).
func viterbi(em [][numTags]float64, trans *[numTags + 1][numTags]float64) []int {
	n := len(em)
	sc := scratchPool.Get().(*decodeScratch)
	defer scratchPool.Put(sc)
	score := sc.rows(&sc.a, n)
	back := sc.back(n)
	for k := range numTags {
		if allowed(-1, k) {
			score[0][k] = em[0][k] + trans[numTags][k]
		} else {
			score[0][k] = negInf
		}
	}
	for i := 1; i < n; i++ {
		for k := range numTags {
			bs, bp := negInf, 0
			for _, p8 := range allowedPrev[k] {
				p := int(p8)
				if score[i-1][p] == negInf {
					continue
				}
				if s := score[i-1][p] + trans[p][k]; s > bs {
					bs, bp = s, p
				}
			}
			if bs == negInf {
				score[i][k] = negInf
			} else {
				score[i][k] = bs + em[i][k]
			}
			back[i][k] = int8(bp)
		}
	}
	out := make([]int, n)
	bk, bs := 0, negInf
	for k := range numTags {
		if score[n-1][k] > bs {
			bs, bk = score[n-1][k], k
		}
	}
	out[n-1] = bk
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i][out[i]])
	}
	return out
}

// maxMarginals returns, for each token, the score of the best path minus
// the score of the best path with another tag at that token.
func maxMarginals(em [][numTags]float64, trans *[numTags + 1][numTags]float64, best []int) []float64 {
	n := len(em)
	sc := scratchPool.Get().(*decodeScratch)
	defer scratchPool.Put(sc)
	alpha := sc.rows(&sc.a, n)
	beta := sc.rows(&sc.b, n)
	for k := range numTags {
		alpha[0][k] = negInf
		if allowed(-1, k) {
			alpha[0][k] = em[0][k] + trans[numTags][k]
		}
	}
	for i := 1; i < n; i++ {
		for k := range numTags {
			bs := negInf
			for _, p := range allowedPrev[k] {
				if alpha[i-1][p] != negInf {
					bs = max(bs, alpha[i-1][p]+trans[p][k])
				}
			}
			alpha[i][k] = negInf
			if bs != negInf {
				alpha[i][k] = bs + em[i][k]
			}
		}
	}
	for i := n - 2; i >= 0; i-- {
		for k := range numTags {
			bs := negInf
			for _, nx := range allowedNext[k] {
				if beta[i+1][nx] != negInf {
					bs = max(bs, trans[k][nx]+em[i+1][nx]+beta[i+1][nx])
				}
			}
			beta[i][k] = bs
		}
	}
	out := make([]float64, n)
	for i := range n {
		b := alpha[i][best[i]] + beta[i][best[i]]
		second := negInf
		for k := range numTags {
			if k != best[i] {
				second = max(second, alpha[i][k]+beta[i][k])
			}
		}
		if second == negInf {
			out[i] = math.Inf(1)
		} else {
			out[i] = b - second
		}
	}
	return out
}

// historyFeatures calls e for the tag-history features of the greedy
// decoder at token i given the previous two tags.
func historyFeatures(in []tokInfo, i, p1, p2 int, e *emitter) {
	t1, t2 := "<s>", "<s>"
	if p1 >= 0 {
		t1 = tagNames[p1]
	}
	if p2 >= 0 {
		t2 = tagNames[p2]
	}
	e.emit("pt=", t1)
	e.emit("pt2=", t2, "|", t1)
	e.emit("pt|f=", t1, "|", in[i].fold)
}

// greedyAt picks the tag of token i given the tags before it.
func greedyAt(em [][numTags]float64, in []tokInfo, pred []int, i int, look func([]byte) []float64, e *emitter) (int, float64) {
	row := em[i]
	e.f = func(_ uint64, f []byte) {
		if w := look(f); w != nil {
			addRow(&row, w)
		}
	}
	p1 := historyAt(in, pred, i, e)
	b, s1, _ := bestAllowed(&row, p1)
	return b, s1
}

// historyAt emits the history features of token i given the tags pred
// before it, and returns the tag of token i-1 (-1 at the start).
func historyAt(in []tokInfo, pred []int, i int, e *emitter) int {
	p1, p2 := -1, -1
	if i > 0 {
		p1 = pred[i-1]
	}
	if i > 1 {
		p2 = pred[i-2]
	}
	historyFeatures(in, i, p1, p2, e)
	return p1
}

// bestAllowed returns the best tag of row that may follow tag p1, its
// score and the second best score.
func bestAllowed(row *[numTags]float64, p1 int) (int, float64, float64) {
	b, s1, s2 := 0, negInf, negInf
	for k := range numTags {
		if !allowed(p1, k) {
			continue
		}
		if row[k] > s1 {
			s2 = s1
			b, s1 = k, row[k]
		} else if row[k] > s2 {
			s2 = row[k]
		}
	}
	return b, s1, s2
}

// greedy tags left to right; look returns the weights of a feature or nil.
func greedy[F float32 | float64](em [][numTags]float64, in []tokInfo, look func(uint64) []F, e *emitter) ([]int, []float64) {
	out := make([]int, len(em))
	margin := make([]float64, len(em))
	for i := range em {
		row := em[i]
		e.f = func(h uint64, _ []byte) {
			if w := look(h); w != nil {
				addRow(&row, w)
			}
		}
		p1 := historyAt(in, out, i, e)
		b, s1, s2 := bestAllowed(&row, p1)
		out[i] = b
		margin[i] = s1 - s2
	}
	return out, margin
}

// decodeScratch holds the score tables of viterbi and maxMarginals between
// calls (zeroed for each, as new ones would be).
type decodeScratch struct {
	a, b [][numTags]float64
	bk   [][numTags]int8
}

var scratchPool = sync.Pool{New: func() any { return new(decodeScratch) }}

func (sc *decodeScratch) rows(p *[][numTags]float64, n int) [][numTags]float64 {
	if cap(*p) < n {
		*p = make([][numTags]float64, n)
	}
	r := (*p)[:n]
	clear(r)
	return r
}

func (sc *decodeScratch) back(n int) [][numTags]int8 {
	if cap(sc.bk) < n {
		sc.bk = make([][numTags]int8, n)
	}
	r := sc.bk[:n]
	clear(r)
	return r
}
