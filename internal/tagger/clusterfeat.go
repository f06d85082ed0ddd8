package tagger

import (
	"bufio"

	"graphbuild/internal/wordclusters"
)

// FeatureSet selects the optional feature groups of a model (kept in the
// model file, so a model is tagged with the features it was trained with).
type FeatureSet uint64

const (
	FeatClusters     FeatureSet = 1 << iota // word-cluster path prefixes of the token
	FeatClusterNbrs                         // ... and of its neighbours at ±1
	FeatClusterBi                           // cluster pairs with the neighbours
	FeatClusterNbrs2                        // cluster prefixes of the neighbours at ±2
	FeatClusterStrip                        // Arabic: cluster of the clitic-stripped word
	FeatClusterRare                         // cluster features only for words rare in training
	FeatDoc                                 // what other occurrences of the word in the document show (docfeat.go)
	FeatStripAffix                          // Arabic: prefixes and suffixes of the clitic-stripped stem
	FeatHistory                             // two passes: a first model's tags of the word elsewhere in the document (history.go)
	FeatHistoryAdd                          // the same, the second model adding only history weights to the first's scores
	FeatGivenNames                          // the schema's given-name list (first_names) as gazetteer label "given"
	FeatVocabulary                          // the news vocabulary (schema vocabulary, learnt from unlabelled text) as gazetteer labels "voc:KIND"
	FeatArticleGrade                        // Arabic: each stem's share of news occurrences with the article (tables/ar.grades.gz) as labels "art:GRADE"
)

// historyFeats are the groups that make a model of two passes.
const historyFeats = FeatHistory | FeatHistoryAdd

// commonMark stands for the cluster path of a word the training data saw
// often (FeatClusterRare): its own word features are trusted instead.
const commonMark = "F"

// isCommon reports whether a token, or one of its clitic-stripped forms,
// is in the set of words frequent in training.
func isCommon(common map[string]bool, forms []string) bool {
	for _, f := range forms {
		if common[f] {
			return true
		}
	}
	return false
}

// commonWords returns the folded words (and clitic-stripped forms) seen at
// least n times in the sentences.
func commonWords(sents []Sentence, arabic bool, n int) map[string]bool {
	count := map[string]int{}
	for _, s := range sents {
		p := prepare(s.Tokens, arabic)
		for i := range s.Tokens {
			for _, f := range p.forms[i] {
				count[f]++
			}
		}
	}
	out := map[string]bool{}
	for w, c := range count {
		if c >= n {
			out[w] = true
		}
	}
	return out
}

// clusterPrefixes are the path lengths used as features.
var clusterPrefixes = [...]int{4, 6, 10, 20}

func cluAt(in []tokInfo, i int) string {
	if i < 0 {
		return bos
	}
	if i >= len(in) {
		return eos
	}
	if in[i].clu == "" {
		return "?"
	}
	return in[i].clu
}

func cluPrefix(c string, n int) string {
	if len(c) > n {
		return c[:n]
	}
	return c
}

var cluNames = [...]string{"c4=", "c6=", "c10=", "c20="}

// clusterFeatures are the word-cluster path prefixes of token i (and of
// its neighbours).
func clusterFeatures(in []tokInfo, i int, e *emitter, fs FeatureSet) {
	c := cluAt(in, i)
	for k, n := range clusterPrefixes {
		e.emit(cluNames[k], cluPrefix(c, n))
	}
	if fs&FeatClusterNbrs != 0 {
		l, r := cluAt(in, i-1), cluAt(in, i+1)
		e.emit("c-1:4=", cluPrefix(l, 4))
		e.emit("c-1:10=", cluPrefix(l, 10))
		e.emit("c+1:4=", cluPrefix(r, 4))
		e.emit("c+1:10=", cluPrefix(r, 10))
	}
	if fs&FeatClusterNbrs2 != 0 {
		l, r := cluAt(in, i-2), cluAt(in, i+2)
		e.emit("c-2:4=", cluPrefix(l, 4))
		e.emit("c-2:10=", cluPrefix(l, 10))
		e.emit("c+2:4=", cluPrefix(r, 4))
		e.emit("c+2:10=", cluPrefix(r, 10))
	}
	if fs&FeatClusterStrip != 0 && in[i].cstr != "" {
		cs := in[i].cstr
		e.emit("cs6=", cluPrefix(cs, 6))
		e.emit("cs10=", cluPrefix(cs, 10))
		e.emit("cs20=", cluPrefix(cs, 20))
	}
	if fs&FeatClusterBi != 0 {
		e.emit("c-1|c:6=", cluPrefix(cluAt(in, i-1), 6), "|", cluPrefix(c, 6))
		e.emit("c|c+1:6=", cluPrefix(c, 6), "|", cluPrefix(cluAt(in, i+1), 6))
	}
}

// writeWords writes a word set as its size and the sorted words,
// front-coded; nil and empty sets are written alike.
func writeWords(bw *bufio.Writer, set map[string]bool) {
	words := make([]string, 0, len(set))
	for w := range set {
		words = append(words, w)
	}
	wordclusters.WriteSortedWords(bw, words, nil)
}

// readWords reads a set written by writeWords (nil when empty).
func readWords(br *bufio.Reader) (map[string]bool, error) {
	set := map[string]bool{}
	n, err := wordclusters.ReadSortedWords(br, 1<<16, func(w string) error { set[w] = true; return nil })
	if err != nil || n == 0 {
		return nil, err
	}
	return set, nil
}
