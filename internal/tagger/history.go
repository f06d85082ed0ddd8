package tagger

// Two passes (FeatHistory): a first model, trained with the same options
// without FeatHistory, tags the document; the second reads the first's tags
// of the other occurrences of each word (addHistory). In training, the
// first model's tags of the training sentences come from two models each
// trained on the other half of the data (jackknifing), so the second model
// learns how far a first pass on unseen text can be trusted.

//
// With FeatHistoryAdd the second model is only the history: its scores are
// the first model's emission scores plus the weights of the history
// features, with its own transitions (starting from the first's). Tagging
// then costs one model, a few lookups and a second Viterbi per sentence,
// not two models. In training the first model's scores of a sentence come
// from the half model that did not see it, as its tags do.

// trainHistory trains the two models of FeatHistory or FeatHistoryAdd.
func trainHistory(sents []Sentence, opts TrainOptions) *Tagger {
	base := opts
	base.Features &^= historyFeats
	base.Dev, base.Progress, base.EarlyStop = nil, nil, false
	add := opts.Features&FeatHistoryAdd != 0
	if add {
		base.Decoder, opts.Decoder = Viterbi, Viterbi
	}
	first := Train(sents, base)
	half := len(sents) / 2 / DocSentences * DocSentences
	pred := make([][]string, len(sents))
	var ems [][][numTags]float64
	if add {
		ems = make([][][numTags]float64, len(sents))
	}
	for _, part := range [2][2]int{{0, half}, {half, len(sents)}} {
		rest := append(append([]Sentence{}, sents[:part[0]]...), sents[part[1]:]...)
		m := first
		if len(rest) > 0 {
			m = Train(rest, base)
		}
		for d0 := part[0]; d0 < part[1]; d0 += DocSentences {
			var doc [][]string
			for _, s := range sents[d0:min(d0+DocSentences, part[1])] {
				doc = append(doc, s.Tokens)
			}
			if add {
				em, tags := m.docEmissions(doc)
				copy(ems[d0:], em)
				copy(pred[d0:], tags)
				continue
			}
			tags, _ := m.TagDocument(doc)
			copy(pred[d0:], tags)
		}
	}
	opts.firstTags, opts.firstEm = pred, ems
	opts.first = first
	return Train(sents, opts)
}

// docEmissions returns the emission scores and the tags of each sentence
// of a document (a model without history features).
func (t *Tagger) docEmissions(sents [][]string) ([][][numTags]float64, [][]string) {
	infos := t.docInfos(sents, nil)
	ems := make([][][numTags]float64, len(sents))
	tags := make([][]string, len(sents))
	for i, s := range sents {
		tags[i] = make([]string, len(s))
		if len(s) == 0 {
			continue
		}
		ems[i], _ = t.emissions(s, infos[i])
		for j, b := range viterbi(ems[i], &t.trans) {
			tags[i][j] = tagNames[b]
		}
	}
	return ems, tags
}

// tagHistoryAdd tags a document with a FeatHistoryAdd model.
func (t *Tagger) tagHistoryAdd(sents [][]string, infos [][]tokInfo) ([][]string, [][]float64) {
	ems := make([][][numTags]float64, len(sents))
	prev := make([][]string, len(sents))
	for i, s := range sents {
		prev[i] = make([]string, len(s))
		if len(s) == 0 {
			continue
		}
		ems[i], _ = t.first.emissions(s, infos[i])
		for j, b := range viterbi(ems[i], &t.first.trans) {
			prev[i][j] = tagNames[b]
		}
	}
	addHistory(infos, prev)
	return t.historyPass(t.hashIndex(), sents, infos, ems)
}

// historyPass is the second pass of a history model: each token's
// emissions (ems, the first pass's one-token sums for this model) plus the
// weights of its history features, decoded.
func (t *Tagger) historyPass(hidx *hashIndex, sents [][]string, infos [][]tokInfo, ems [][][numTags]float64) ([][]string, [][]float64) {
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
				if id := hidx.get(hashFeature(h)); id >= 0 {
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
