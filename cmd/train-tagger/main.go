// Command train-tagger trains the named-entity tagger of internal/tagger and
// prints its exact-span scores on held-out data.
//
// Arabic (scores on the last 10% of the train split, new documents, tagger
// alone and through the whole recognizer; then the shipped model is trained
// on all of it):
//
//	go run ./cmd/train-tagger --lang ar --train ../shared/data/ner/ar/anercorp-train.txt \
//	    --heldout-last 0.1 --pipeline --final-all --out internal/tagger/models/ar.model.gz
//
// English (trained on train, scored on testa):
//
//	go run ./cmd/train-tagger --lang en --train ../shared/data/ner/en/conll2003-eng.train \
//	    --dev ../shared/data/ner/en/conll2003-eng.testa --pipeline --out internal/tagger/models/en.model.gz
//
// --features clusters,cluster-nbrs,cluster-strip adds the word-cluster
// features (internal/wordclusters; see internal/tagger/README.md).
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"graphbuild/internal/build"
	"graphbuild/internal/entities"
	"graphbuild/internal/tagger"
	"graphbuild/internal/text"
	"graphbuild/internal/wordclusters"
)

func main() {
	var (
		lang        = pflag.String("lang", "ar", "language: ar or en")
		trainPath   = pflag.String("train", "", "training file (ANERcorp for ar, CoNLL-2003 for en)")
		devPath     = pflag.String("dev", "", "development file in the same format (scored after training)")
		every       = pflag.Int("heldout-every", 0, "hold out every Nth sentence of --train for scoring (0: none)")
		lastFrac    = pflag.Float64("heldout-last", 0, "hold out this final fraction of --train for scoring (0: none)")
		finalAll    = pflag.Bool("final-all", false, "after scoring on held-out sentences, train the saved model on all of --train")
		out         = pflag.String("out", "", "write the model here (gzip)")
		epochs      = pflag.Int("epochs", 10, "training epochs")
		decoder     = pflag.String("decoder", tagger.Viterbi, "viterbi or greedy")
		seed        = pflag.Uint64("seed", 1, "shuffle seed")
		bag         = pflag.Int("bag", 0, "average the weights of this many models trained with seeds --seed, --seed+1, …")
		errorsOut   = pflag.String("errors", "", "write the held-out sentences the tagger alone gets wrong here (token, gold, predicted)")
		predOut     = pflag.String("pred", "", "with --pipeline: write every held-out token here (token, gold, tagger alone, whole recognizer)")
		corpusNames = pflag.Bool("corpus-names", true, "keep the training entity names as a gazetteer (jackknifed in training)")
		nameWords   = pflag.Bool("name-words", true, "also keep each word of multi-word training names (lexw:TYPE)")
		schemaGaz   = pflag.Bool("schema-gazetteer", true, "read the schema lexicon and word lists as a gazetteer")
		lexFolds    = pflag.Int("lexicon-folds", 0, "jackknife the schema lexicon in training: each sentence block reads it without 1 of this many parts (0: off)")
		nameDrop    = pflag.Float64("name-dropout", 0, "in training, hide the word-identity features of each gold entity token with this probability")
		minCount    = pflag.Int("min-count", 1, "drop features seen fewer times")
		prune       = pflag.Float64("prune", 0.002, "drop weights below this fraction of the largest")
		clusters    = pflag.String("clusters", "", "word-cluster table (default: the embedded one; \"none\": no cluster features)")
		features    = pflag.String("features", "", "optional feature groups, comma-separated: clusters, cluster-nbrs, cluster-nbrs2, cluster-strip, cluster-bi, cluster-rare, doc, strip-affix, history, history-add, given-names, vocabulary, article-grade (default: none; the shipped Arabic model: vocabulary, with --bag 4)")
		rareBelow   = pflag.Int("rare-below", 10, "with --features cluster-rare: words seen this often in training get no cluster features")
		pipeline    = pflag.Bool("pipeline", false, "also score the held-out data through the whole recognizer (rules, lists and this model, as graphbuild --tag-conll runs it)")
		verbose     = pflag.BoolP("verbose", "v", false, "score the held-out data after every epoch")
		loadPath    = pflag.String("load", "", "read this model instead of training one (score it, mix it, save it)")
		mixPath     = pflag.String("mix", "", "average the model with this one before scoring and saving (see --mix-weight)")
		mixWeight   = pflag.Float64("mix-weight", 0.5, "with --mix: the share of the --mix model's weights")
		outHeldout  = pflag.String("out-heldout", "", "also write the model trained without the held-out sentences here (before --final-all)")
		earlyStop   = pflag.Bool("early-stop", false, "keep the epoch (up to --epochs) with the best held-out PER+ORG+LOC F1; --final-all then trains that many epochs")
	)
	pflag.Parse()
	if *trainPath == "" || (*lang != "ar" && *lang != "en") {
		fmt.Fprintln(os.Stderr, "usage: train-tagger --lang ar|en --train FILE [--dev FILE | --heldout-every N | --heldout-last F] [--out FILE]")
		pflag.PrintDefaults()
		os.Exit(2)
	}
	format := tagger.ANER
	if *lang == "en" {
		format = tagger.CoNLL2003
	}
	all, err := readFile(*trainPath, format)
	check(err)
	var train, dev []tagger.Sentence
	switch {
	case *every > 0:
		train, dev = tagger.SplitEvery(all, *every)
	case *lastFrac > 0:
		cut := int(float64(len(all)) * (1 - *lastFrac))
		train, dev = all[:cut], all[cut:]
	default:
		train = all
	}
	if *devPath != "" {
		dev, err = readFile(*devPath, format)
		check(err)
	}
	opts := tagger.DefaultOptions(*lang)
	opts.Decoder, opts.Epochs, opts.Seed, opts.Bag = *decoder, *epochs, *seed, *bag
	opts.CorpusNames, opts.NameWords = *corpusNames, *nameWords
	opts.MinCount, opts.Prune = *minCount, *prune
	opts.RareBelow = *rareBelow
	opts.LexiconFolds = *lexFolds
	opts.NameDropout = *nameDrop
	switch *clusters {
	case "":
	case "none":
		opts.Clusters = nil
	default:
		f, err := os.Open(*clusters)
		check(err)
		opts.Clusters, err = wordclusters.Load(f)
		check(err)
		f.Close()
	}
	if *features != "" {
		fs, err := tagger.ParseFeatures(*features)
		if err != nil {
			check(fmt.Errorf("--features: %w", err))
		}
		opts.Features = fs
	}
	if *schemaGaz {
		fmt.Printf("schema gazetteer: %d phrases\n", tagger.SchemaGazetteer(*lang).Len())
	} else {
		opts.Gazetteer = nil
	}
	if *earlyStop && len(dev) > 0 {
		opts.Dev, opts.EarlyStop = dev, true
	}
	if *verbose && len(dev) > 0 {
		opts.Dev = dev
		opts.Progress = func(ep int, sc tagger.Scores) {
			c := sc.Combined("PER", "ORG", "LOC")
			fmt.Printf("epoch %2d  PER/ORG/LOC F1 %.4f  all F1 %.4f\n", ep, c.F1(), sc.Combined().F1())
		}
	}
	fmt.Printf("train: %d sentences; scored: %d sentences\n", len(train), len(dev))
	start := time.Now()
	var t *tagger.Tagger
	if *loadPath != "" {
		t, err = loadModel(*loadPath)
		check(err)
		if *clusters != "" && opts.Clusters != nil {
			t = t.WithClusters(opts.Clusters)
		}
		*finalAll = false
	} else {
		t = tagger.Train(train, opts)
		fmt.Printf("trained in %s, %d features, %d epochs\n", time.Since(start).Round(time.Millisecond), t.NumFeatures(), t.Epoch())
	}
	if *outHeldout != "" {
		check(saveModel(*outHeldout, t))
	}
	if *mixPath != "" {
		m, err := loadModel(*mixPath)
		check(err)
		if *clusters != "" && opts.Clusters != nil {
			m = m.WithClusters(opts.Clusters)
		}
		t = tagger.Mix(t, m, *mixWeight)
		fmt.Printf("mixed with %s (share %.2f): %d features\n", *mixPath, *mixWeight, t.NumFeatures())
	}
	if len(dev) > 0 {
		start = time.Now()
		sc := tagger.EvaluateTagger(t, dev)
		el := time.Since(start)
		ntok := 0
		for _, s := range dev {
			ntok += len(s.Tokens)
		}
		fmt.Printf("tagged %d tokens in %s (%.0f tokens/s)\n", ntok, el.Round(time.Millisecond), float64(ntok)/el.Seconds())
		printScores(sc)
		if *errorsOut != "" {
			check(writeErrors(*errorsOut, t, dev))
		}
		if *pipeline {
			lg := text.Arabic
			if *lang == "en" {
				lg = text.English
			}
			sents := make([][]string, len(dev))
			gold := make([][]string, len(dev))
			for i, s := range dev {
				sents[i], gold[i] = s.Tokens, s.Tags
			}
			start = time.Now()
			pred := build.TagCoNLLWith(sents, lg, entities.DefaultWith(lg, entities.TaggerWith(t)))
			fmt.Printf("whole recognizer (as graphbuild --tag-conll), %s:\n", time.Since(start).Round(time.Millisecond))
			printScores(tagger.Evaluate(gold, pred))
			if *predOut != "" {
				check(writePred(*predOut, t, dev, pred))
			}
		}
	}
	if *finalAll && len(dev) > 0 && *devPath == "" {
		opts.Dev, opts.Progress, opts.EarlyStop = nil, nil, false
		opts.Epochs = t.Epoch()
		start = time.Now()
		t = tagger.Train(all, opts)
		fmt.Printf("final model on all %d sentences trained in %s, %d features\n", len(all), time.Since(start).Round(time.Millisecond), t.NumFeatures())
	}
	if *out != "" {
		check(saveModel(*out, t))
	}
}

func saveModel(path string, t *tagger.Tagger) error {
	var buf bytes.Buffer
	if err := t.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes)\n", path, buf.Len())
	return nil
}

func loadModel(path string) (*tagger.Tagger, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return tagger.Load(f)
}

// aloneTags tags the held-out sentences with the tagger alone, in documents
// of tagger.DocSentences (as tagger.EvaluateTagger does).
func aloneTags(t *tagger.Tagger, dev []tagger.Sentence) [][]string {
	var out [][]string
	for d0 := 0; d0 < len(dev); d0 += tagger.DocSentences {
		var doc [][]string
		for _, s := range dev[d0:min(d0+tagger.DocSentences, len(dev))] {
			doc = append(doc, s.Tokens)
		}
		pred, _ := t.TagDocument(doc)
		out = append(out, pred...)
	}
	return out
}

// writeErrors writes each held-out sentence with a wrong tag, one token a
// line: token, gold tag, predicted tag, "*" where they differ.
func writeErrors(path string, t *tagger.Tagger, dev []tagger.Sentence) error {
	var b strings.Builder
	for k, p := range aloneTags(t, dev) {
		s := dev[k]
		wrong := false
		for i := range p {
			wrong = wrong || p[i] != s.Tags[i]
		}
		if !wrong {
			continue
		}
		for i := range p {
			mark := ""
			if p[i] != s.Tags[i] {
				mark = "*"
			}
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", s.Tokens[i], s.Tags[i], p[i], mark)
		}
		b.WriteString("\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// writePred writes each held-out token a line: token, gold tag, the tag of
// the tagger alone, the tag of the whole recognizer; a blank line after each
// sentence.
func writePred(path string, t *tagger.Tagger, dev []tagger.Sentence, pipe [][]string) error {
	var b strings.Builder
	for k, p := range aloneTags(t, dev) {
		s := dev[k]
		for i := range p {
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", s.Tokens[i], s.Tags[i], p[i], pipe[k][i])
		}
		b.WriteString("\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func printScores(sc tagger.Scores) {
	fmt.Printf("%-12s %7s %7s %7s %6s %6s %6s\n", "type", "P", "R", "F1", "TP", "FP", "FN")
	row := func(name string, c tagger.Count) {
		fmt.Printf("%-12s %7.4f %7.4f %7.4f %6d %6d %6d\n", name, c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
	}
	for _, t := range tagger.Types {
		row(t, sc.ByType[t])
	}
	row("PER+ORG+LOC", sc.Combined("PER", "ORG", "LOC"))
	row("all", sc.Combined())
}

func readFile(path string, format tagger.Format) ([]tagger.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return tagger.ReadCoNLL(f, format)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "train-tagger:", err)
		os.Exit(1)
	}
}
