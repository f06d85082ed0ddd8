package tagger

// Two passes (FeatHistory): a first model, trained with the same options
// without FeatHistory, tags the document; the second reads the first's tags
// of the other occurrences of each word (addHistory). In training, the
// first model's tags of the training sentences come from two models each
// trained on the other half of the data (jackknifing), so the second model
// learns how far a first pass on unseen text can be trusted.

// trainHistory trains the two models of FeatHistory.
func trainHistory(sents []Sentence, opts TrainOptions) *Tagger {
	base := opts
	base.Features &^= FeatHistory
	base.Dev, base.Progress, base.EarlyStop = nil, nil, false
	first := Train(sents, base)
	half := len(sents) / 2 / DocSentences * DocSentences
	pred := make([][]string, len(sents))
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
			tags, _ := m.TagDocument(doc)
			copy(pred[d0:], tags)
		}
	}
	opts.firstTags = pred
	opts.first = first
	return Train(sents, opts)
}
