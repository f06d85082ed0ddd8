package tagger

import (
	"math"
	"math/rand/v2"
	"strings"
	"sync"

	"graphbuild/internal/wordclusters"
)

// TrainOptions configure Train.
type TrainOptions struct {
	Lang    string // language tag: its profile (internal/lang) selects the features
	Decoder string // Viterbi (default) or Greedy
	Epochs  int    // passes over the data; default 10
	Seed    uint64 // shuffle seed; training is deterministic for a seed
	Bag     int    // > 1: average the weights of this many models, seeds Seed, Seed+1, …

	// Gazetteer is read for features in training and is kept as the
	// tagger's use-time gazetteer (nil: none). ForLang and Load use
	// SchemaGazetteer instead.
	Gazetteer Gazetteer
	// LexiconFolds > 1 jackknifes the schema lexicon in training: its
	// entries are split into that many parts by id, and each training
	// sentence (in contiguous blocks) reads the schema gazetteer without one
	// part, so the model learns names the lexicon does not list, as most
	// names of new text are not. Only with Gazetteer (which is still the
	// one kept for use time); 0: every sentence reads all of Gazetteer.
	LexiconFolds int
	// CorpusNames makes the names of the training entities a gazetteer the
	// model keeps. In training, each sentence sees only the names of the
	// other NameFolds blocks of the data (jackknifing), so the model learns
	// how far to trust a list match on text whose names it has not seen.
	CorpusNames bool
	NameFolds   int // default 5
	// NameWords adds each word of a multi-word training name to the
	// gazetteer too (lexw:TYPE), so a known first name or a word such as
	// "وزارة" is marked in a name never seen whole.
	NameWords bool

	// Clusters are the word clusters read for features (nil: none; the
	// tagger keeps them). Features selects the optional feature groups.
	Clusters *wordclusters.Table
	Features FeatureSet
	// RareBelow: with FeatClusterRare, a word (or clitic-stripped form)
	// seen this many times in training has no cluster features (default 10).
	RareBelow int

	// MinCount drops observation features seen fewer times in training
	// (default 1: keep all).
	MinCount int
	// Prune drops weights smaller than Prune times the largest one, and
	// features left without weights (default 0: keep all).
	Prune float64

	// NameDropout > 0: training hides the word-identity features of a
	// gold entity token with this probability (namedrop.go).
	NameDropout float64

	// Dev, when set, is tagged after each epoch with the averaged weights
	// and the scores passed to Progress. With EarlyStop, Train returns the
	// weights of the epoch with the best PER+ORG+LOC F1 on Dev (Epoch
	// tells which).
	Dev       []Sentence
	Progress  func(epoch int, dev Scores)
	EarlyStop bool

	first     *Tagger              // FeatHistory: the first-pass model (trainHistory)
	firstTags [][]string           // FeatHistory: its jackknifed tags of the sentences
	firstEm   [][][numTags]float64 // FeatHistoryAdd: its jackknifed emission scores

}

type trainer struct {
	opts   TrainOptions
	common map[string]bool // FeatClusterRare: words frequent in training
	index  map[string]int32
	count  []int
	lex    []bool     // NameDropout: the feature is a word-identity feature
	rng    *rand.Rand // NameDropout: which tokens lose them, per step
	w, wa  []float64  // weights and their running sum for averaging
	tr, ta [numTags + 1][numTags]float64
	c      float64 // number of updates steps so far (+1)
}

type trainSent struct {
	feats [][]int32
	infos []tokInfo
	gold  []int
	base  [][numTags]float64 // FeatHistoryAdd: the first model's scores
}

func (tr *trainer) id(f []byte, add bool) int32 {
	if id, ok := tr.index[string(f)]; ok {
		return id
	}
	if !add {
		return -1
	}
	id := int32(len(tr.index))
	tr.index[string(f)] = id
	tr.count = append(tr.count, 0)
	tr.lex = append(tr.lex, lexicalFeature(f))
	tr.w = append(tr.w, make([]float64, numTags)...)
	tr.wa = append(tr.wa, make([]float64, numTags)...)
	return id
}

func (tr *trainer) upd(id int32, tag int, d float64) {
	j := int(id)*numTags + tag
	tr.w[j] += d
	tr.wa[j] += tr.c * d
}

func (tr *trainer) updTrans(p, k int, d float64) {
	if p < 0 {
		p = numTags
	}
	tr.tr[p][k] += d
	tr.ta[p][k] += tr.c * d
}

// Train trains a tagger on tagged sentences (tags as ReadCoNLL returns
// them).
func Train(sents []Sentence, opts TrainOptions) *Tagger {
	if opts.Decoder == "" {
		opts.Decoder = Viterbi
	}
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	if opts.NameFolds <= 1 {
		opts.NameFolds = 5
	}
	if opts.MinCount < 1 {
		opts.MinCount = 1
	}
	if opts.RareBelow <= 0 {
		opts.RareBelow = 10
	}
	if opts.Bag > 1 && opts.firstTags == nil {
		return trainBagged(sents, opts)
	}
	if opts.Features&historyFeats != 0 && opts.firstTags == nil {
		return trainHistory(sents, opts)
	}
	tr := &trainer{opts: opts, index: map[string]int32{}, c: 1}
	if opts.firstEm != nil {
		tr.tr = opts.first.trans // FeatHistoryAdd: the first's transitions, adjusted
	}
	if tr.feats()&FeatClusterRare != 0 {
		tr.common = commonWords(sents, hasClitics(opts.Lang), opts.RareBelow)
	}

	// Gazetteers: per fold (jackknifed corpus names) and the final one.
	arabic := hasClitics(opts.Lang)
	var allNames *Phrases
	foldOf := func(i int) int { return i * opts.NameFolds / max(len(sents), 1) }
	var foldNames []*Phrases
	if opts.CorpusNames {
		allNames = NewPhrases(arabic)
		for k := 0; k < opts.NameFolds; k++ {
			foldNames = append(foldNames, NewPhrases(arabic))
		}
		for i, s := range sents {
			for _, sp := range Spans(s.Tags) {
				add := func(p *Phrases) {
					p.Add(strings.Join(s.Tokens[sp.Start:sp.End], " "), "lex:"+sp.Type)
					if opts.NameWords && sp.End-sp.Start > 1 {
						for _, w := range s.Tokens[sp.Start:sp.End] {
							p.Add(w, "lexw:"+sp.Type)
						}
					}
				}
				add(allNames)
				for k := range foldNames {
					if k != foldOf(i) {
						add(foldNames[k])
					}
				}
			}
		}
	}

	// The jackknifed schema lexicon: sentence block k reads it without the
	// entries of part k.
	var lexFolds []*Phrases
	if opts.LexiconFolds > 1 && opts.Gazetteer != nil {
		for k := range opts.LexiconFolds {
			lexFolds = append(lexFolds, schemaPhrases(opts.Lang, func(id string) bool {
				return int(hashFeature(id)%uint64(opts.LexiconFolds)) != k
			}))
		}
	}
	lexFoldOf := func(i int) int { return i * opts.LexiconFolds / max(len(sents), 1) }

	// Observation features, computed once. With FeatDoc the sentences
	// are read in documents of DocSentences.
	data := make([]trainSent, 0, len(sents))
	e := emitter{buf: make([]byte, 0, 64), keep: true}
	docLen := 1
	if tr.feats()&(FeatDoc|historyFeats) != 0 {
		docLen = DocSentences
	}
	for d0 := 0; d0 < len(sents); d0 += docLen {
		first := len(data)
		var doc [][]tokInfo
		var docTags [][]string
		for i := d0; i < min(d0+docLen, len(sents)); i++ {
			s := sents[i]
			if len(s.Tokens) == 0 || len(s.Tags) != len(s.Tokens) {
				continue
			}
			var g Multi
			if opts.CorpusNames {
				g = append(g, foldNames[foldOf(i)])
			}
			switch {
			case lexFolds != nil:
				g = append(g, lexFolds[lexFoldOf(i)])
			case opts.Gazetteer != nil:
				g = append(g, opts.Gazetteer)
			}
			if opts.Gazetteer != nil {
				g = extraGazetteers(g, opts.Lang, opts.Features)
			}
			p := prepare(s.Tokens, hasClitics(opts.Lang))
			ts := trainSent{infos: newTokInfos(opts.Lang, s.Tokens, p, matchSentence(g, s.Tokens, p), opts.Clusters, tr.common)}
			for j := range s.Tokens {
				ts.gold = append(ts.gold, tagIndex[s.Tags[j]])
			}
			if opts.firstEm != nil {
				ts.base = opts.firstEm[i]
			}
			data = append(data, ts)
			doc = append(doc, ts.infos)
			if opts.firstTags != nil {
				docTags = append(docTags, opts.firstTags[i])
			}
		}
		if tr.feats()&FeatDoc != 0 {
			addDocFeatures(doc, casedNames(opts.Lang), tr.feats()&FeatClusters != 0)
		}
		if tr.feats()&historyFeats != 0 {
			addHistory(doc, docTags)
		}
		for k := first; k < len(data); k++ {
			ts := &data[k]
			allCaps := casedNames(opts.Lang) && sentenceAllCaps(tokensOf(ts.infos))
			for j := range ts.infos {
				var ids []int32
				e.f = func(_ uint64, f []byte) {
					id := tr.id(f, true)
					tr.count[id]++
					ids = append(ids, id)
				}
				if opts.firstEm != nil {
					// FeatHistoryAdd: the history is all the second model reads.
					for _, h := range ts.infos[j].hist {
						e.emit(h)
					}
				} else {
					tokenFeatures(opts.Lang, ts.infos, j, &e, allCaps, tr.feats())
				}
				ts.feats = append(ts.feats, ids)
			}
		}
	}
	if opts.MinCount > 1 {
		for k := range data {
			for j, ids := range data[k].feats {
				kept := ids[:0]
				for _, id := range ids {
					if tr.count[id] >= opts.MinCount {
						kept = append(kept, id)
					}
				}
				data[k].feats[j] = kept
			}
		}
	}

	rng := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
	tr.rng = rand.New(rand.NewPCG(opts.Seed, 0x2545f4914f6cdd1d))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var best *Tagger
	bestF := -1.0
	for ep := 1; ep <= opts.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			tr.step(&data[k], &e)
			tr.c++
		}
		if opts.Progress != nil || (opts.EarlyStop && len(opts.Dev) > 0) {
			var sc Scores
			if len(opts.Dev) > 0 {
				prune := 0.0
				if opts.EarlyStop {
					prune = opts.Prune
				}
				t := tr.finish(allNames, prune)
				t.epoch = ep
				sc = EvaluateTagger(t, opts.Dev)
				if f := sc.Combined("PER", "ORG", "LOC").F1(); opts.EarlyStop && f > bestF {
					best, bestF = t, f
				}
			}
			if opts.Progress != nil {
				opts.Progress(ep, sc)
			}
		}
	}
	if best != nil {
		return best
	}
	t := tr.finish(allNames, opts.Prune)
	t.epoch = opts.Epochs
	return t
}

func tokensOf(in []tokInfo) []string {
	out := make([]string, len(in))
	for i := range in {
		out[i] = in[i].raw
	}
	return out
}

func (tr *trainer) emissions(s *trainSent) [][numTags]float64 {
	em := make([][numTags]float64, len(s.feats))
	copy(em, s.base)
	for i, ids := range s.feats {
		for _, id := range ids {
			addRow(&em[i], tr.w[int(id)*numTags:int(id)*numTags+numTags])
		}
	}
	return em
}

func (tr *trainer) step(s *trainSent, e *emitter) {
	if tr.opts.NameDropout > 0 {
		s = tr.dropNameWords(s)
	}
	em := tr.emissions(s)
	if tr.opts.Decoder == Greedy {
		// Left to right with the predicted history; update at each error.
		var hist []int32
		look := func(f []byte) []float64 {
			id := tr.id(f, true)
			hist = append(hist, id)
			return tr.w[int(id)*numTags : int(id)*numTags+numTags]
		}
		pred := make([]int, len(em))
		for i := range em {
			hist = hist[:0]
			// Decode token i alone, with the history so far.
			p, _ := greedyAt(em, s.infos, pred, i, look, e)
			pred[i] = p
			if g := s.gold[i]; p != g {
				for _, id := range s.feats[i] {
					tr.upd(id, g, 1)
					tr.upd(id, p, -1)
				}
				for _, id := range hist {
					tr.upd(id, g, 1)
					tr.upd(id, p, -1)
				}
			}
		}
		return
	}
	pred := viterbi(em, &tr.tr)
	for i := range pred {
		g, p := s.gold[i], pred[i]
		if g != p {
			for _, id := range s.feats[i] {
				tr.upd(id, g, 1)
				tr.upd(id, p, -1)
			}
		}
		gp, pp := -1, -1
		if i > 0 {
			gp, pp = s.gold[i-1], pred[i-1]
		}
		if g != p || gp != pp {
			tr.updTrans(gp, g, 1)
			tr.updTrans(pp, p, -1)
		}
	}
}

// finish returns a tagger with the averaged weights, dropping weights below
// prune × the largest.
func (tr *trainer) finish(names *Phrases, prune float64) *Tagger {
	t := &Tagger{hidxOnce: new(sync.Once), lang: tr.opts.Lang, decoder: tr.opts.Decoder, index: map[string]int32{}, names: names, extra: tr.opts.Gazetteer,
		feats: tr.feats(), clu: tr.opts.Clusters, common: tr.common, first: tr.opts.first}
	if names == nil {
		t.names = NewPhrases(hasClitics(tr.opts.Lang))
	}
	avg := func(w, wa float64) float64 { return w - wa/tr.c }
	maxAbs := 0.0
	for j := range tr.w {
		maxAbs = math.Max(maxAbs, math.Abs(avg(tr.w[j], tr.wa[j])))
	}
	cut := prune * maxAbs
	for f, id := range tr.index {
		var ws [numTags]float32
		keep := false
		for k := range numTags {
			j := int(id)*numTags + k
			a := avg(tr.w[j], tr.wa[j])
			if a != 0 && math.Abs(a) >= cut {
				ws[k] = float32(a)
				keep = true
			}
		}
		if keep {
			t.index[f] = int32(len(t.w) / numTags)
			t.w = append(t.w, ws[:]...)
		}
	}
	for p := range numTags + 1 {
		for k := range numTags {
			t.trans[p][k] = avg(tr.tr[p][k], tr.ta[p][k])
		}
	}
	return t
}

func (tr *trainer) feats() FeatureSet {
	if tr.opts.Clusters == nil {
		return tr.opts.Features &^ (FeatClusters | FeatClusterNbrs | FeatClusterBi | FeatClusterNbrs2 | FeatClusterStrip | FeatClusterRare)
	}
	return tr.opts.Features
}
