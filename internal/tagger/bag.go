package tagger

import (
	"math"
	"sync"
)

// trainBagged trains opts.Bag models with the seeds Seed, Seed+1, … and
// averages their weights: the shuffle order moves a single model's
// held-out score by ±0.015 (README), and the average of several is both
// steadier and, as a rule, better than its members.
func trainBagged(sents []Sentence, opts TrainOptions) *Tagger {
	o := opts
	o.Bag = 0
	o.Dev, o.Progress, o.EarlyStop = nil, nil, false
	ms := make([]*Tagger, opts.Bag)
	for k := range ms {
		o.Seed = opts.Seed + uint64(k)
		ms[k] = Train(sents, o)
	}
	return average(ms)
}

// average returns a tagger whose weights and transitions are the means of
// those of ms (models trained on the same data with the same options).
func average(ms []*Tagger) *Tagger {
	m0 := ms[0]
	t := &Tagger{hidxOnce: new(sync.Once), lang: m0.lang, decoder: m0.decoder, index: map[string]int32{}, names: m0.names,
		extra: m0.extra, feats: m0.feats, clu: m0.clu, common: m0.common, first: m0.first, epoch: m0.epoch}
	inv := float32(1) / float32(len(ms))
	for _, m := range ms {
		t.addScaled(m, inv)
	}
	return t
}

// addScaled adds share × m's weights and transitions to t's, feature by
// feature (a feature t does not have yet gets a row of its own).
func (t *Tagger) addScaled(m *Tagger, share float32) {
	for f, id := range m.index {
		j, ok := t.index[f]
		if !ok {
			j = int32(len(t.w) / numTags)
			t.index[f] = j
			t.w = append(t.w, make([]float32, numTags)...)
		}
		for k := range numTags {
			t.w[int(j)*numTags+k] += share * m.w[int(id)*numTags+k]
		}
	}
	for p := range numTags + 1 {
		for k := range numTags {
			t.trans[p][k] += float64(share) * m.trans[p][k]
		}
	}
}

// foldExact puts the weights of a model whose sums are not exact (a bag:
// the means of several models' weights reach far below the grid of a
// single pruned model, so exactSums fails and the row cache is off) on an
// exact grid without changing its decisions. The file stores each weight
// as q × scale, q an integer of at most 32767 in magnitude; foldExact
// multiplies every weight and every transition by the same c (1 ≤ c <
// 1 + 2⁻⁸) so that scale × c has at most 9 significant bits. Then each
// weight is q × scale × c exactly in float32, all are multiples of one
// power of two, and the sums are exact. A common positive factor changes
// no Viterbi decision (ties aside); the margins grow by c. It reports
// whether the sums are exact afterwards.
func (t *Tagger) foldExact() bool {
	maxAbs := 0.0
	for _, x := range t.w {
		maxAbs = math.Max(maxAbs, math.Abs(float64(x)))
	}
	if maxAbs == 0 || math.IsNaN(maxAbs) || math.IsInf(maxAbs, 0) {
		return exactSums(t.w)
	}
	fr, e := math.Frexp(maxAbs / 32767)
	s := math.Ldexp(math.Ceil(math.Ldexp(fr, 9)), e-9) // ≥ maxAbs/32767, 9 significant bits
	c := 32767 * s / maxAbs
	for j, x := range t.w {
		t.w[j] = float32(math.Round(c*float64(x)/s) * s)
	}
	for p := range numTags + 1 {
		for k := range numTags {
			t.trans[p][k] *= c
		}
	}
	return exactSums(t.w)
}

// Mix returns the model whose weights and transitions are (1−w)·a + w·b:
// two models trained on the same sentences with different feature groups
// (the shipped vocabulary bag and a cluster model), read as one linear
// model over the union of their features. The mix keeps a's corpus names,
// epoch and cluster table unless only b reads clusters.
func Mix(a, b *Tagger, w float64) *Tagger {
	t := &Tagger{hidxOnce: new(sync.Once), lang: a.lang, decoder: a.decoder, index: map[string]int32{}, names: a.names,
		extra: a.extra, feats: a.feats | b.feats, clu: a.clu, common: a.common, epoch: a.epoch}
	if cl := FeatClusters | FeatClusterNbrs | FeatClusterBi | FeatClusterNbrs2 | FeatClusterStrip; b.feats&cl != 0 && a.feats&cl == 0 {
		t.clu = b.clu
	}
	for _, p := range []struct {
		m     *Tagger
		share float32
	}{{a, float32(1 - w)}, {b, float32(w)}} {
		t.addScaled(p.m, p.share)
	}
	return t
}
