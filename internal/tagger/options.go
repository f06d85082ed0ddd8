package tagger

import "graphbuild/internal/wordclusters"

// EvaluateTagger tags the tokens of each sentence, in documents of
// DocSentences, and scores the result against its tags.
func EvaluateTagger(t *Tagger, sents []Sentence) Scores {
	gold := make([][]string, len(sents))
	pred := make([][]string, 0, len(sents))
	for i, s := range sents {
		gold[i] = s.Tags
	}
	for d0 := 0; d0 < len(sents); d0 += DocSentences {
		var doc [][]string
		for _, s := range sents[d0:min(d0+DocSentences, len(sents))] {
			doc = append(doc, s.Tokens)
		}
		tags, _ := t.TagDocument(doc)
		pred = append(pred, tags...)
	}
	return Evaluate(gold, pred)
}

// DefaultOptions are the options the shipped models are trained with.
func DefaultOptions(lang string) TrainOptions {
	return TrainOptions{
		Lang:        lang,
		Decoder:     Viterbi,
		Epochs:      10,
		Seed:        1,
		Gazetteer:   SchemaGazetteer(lang),
		CorpusNames: true,
		NameFolds:   5,
		NameWords:   true,
		MinCount:    1,
		Prune:       0.002,
		// The word clusters are read only with Features (train-tagger
		// --features clusters,cluster-nbrs,cluster-strip): they raise the
		// held-out scores, but the shipped models are trained without them
		// while they lower ../shared/dev and the fixtures (README.md). The
		// shipped Arabic model adds FeatVocabulary and is a bag of four
		// (train-tagger --features vocabulary --bag 4; README.md).
		Clusters: wordclusters.ForLang(lang),
		Features: 0,
	}
}

// SplitEvery puts every nth sentence (the nth, 2nth, ...) in held and the
// others in train.
func SplitEvery(sents []Sentence, n int) (train, held []Sentence) {
	for i, s := range sents {
		if n > 0 && i%n == n-1 {
			held = append(held, s)
		} else {
			train = append(train, s)
		}
	}
	return train, held
}
