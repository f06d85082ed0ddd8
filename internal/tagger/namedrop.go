package tagger

import "strings"

// NameDropout (TrainOptions): in each training step, each token of a gold
// entity loses its own word's identity features with that probability, so
// the weights learn what marks a name the model has not seen (affixes,
// shape, context, lists, clusters) rather than the names of the training
// data. Training only: a model reads every feature when tagging, and the
// model file is unchanged.

// lexicalPrefixes name the features that are the token's own word (or its
// folded and clitic-stripped forms, alone or in a bigram): the ones a model
// learns a seen name by, and NameDropout hides.
var lexicalPrefixes = [...]string{"w=", "f=", "st=", "f-1|f=", "f|f+1="}

// lexicalFeature reports whether feature string f is a word-identity one.
func lexicalFeature(f []byte) bool {
	for _, p := range lexicalPrefixes {
		if strings.HasPrefix(string(f), p) {
			return true
		}
	}
	return false
}

// dropNameWords returns s with, for each token of a gold entity, its
// word-identity features removed with probability NameDropout (a copy; s
// is unchanged).
func (tr *trainer) dropNameWords(s *trainSent) *trainSent {
	out := *s
	out.feats = nil
	for i, ids := range s.feats {
		if s.gold[i] == tagIndex["O"] || tr.rng.Float64() >= tr.opts.NameDropout {
			out.feats = append(out.feats, ids)
			continue
		}
		kept := make([]int32, 0, len(ids))
		for _, id := range ids {
			if !tr.lex[id] {
				kept = append(kept, id)
			}
		}
		out.feats = append(out.feats, kept)
	}
	return &out
}
