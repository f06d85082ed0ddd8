package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"graphbuild/internal/build"
	"graphbuild/internal/eval"
	"graphbuild/internal/export"
	"graphbuild/internal/text"
)

const evalLong = `graphbuild eval scores the extraction of an article against its answer key
(a hand-made list of the entities, facts and quotes the article states, in the
format README.md describes), with the matching rules of the project's scorer:
entities by any of their names and by type, facts by predicate, subject and
object (money within 1%), quotes by speaker and words. It prints precision,
recall and F1 of entities, facts (with the recall of the key's core facts) and
quotes.

--set DIR scores every DIR/gold/NAME.gold.json against DIR/articles/NAME.txt
(or .html, .htm, .jsonl): one line per article, then the totals of each
language micro-averaged (counts summed over the articles before dividing), then
all languages together.`

const evalExamples = `  graphbuild eval fixtures/en-chips-quotes.gold.json fixtures/en-chips-quotes.txt
  graphbuild eval --verbose fixtures/ar-short-news.gold.json fixtures/ar-short-news.txt
  graphbuild eval --set mynews/ --lang ar --format json`

func init() { subcommands = append(subcommands, newEvalCommand) }

// evalConfig holds the flags of graphbuild eval.
type evalConfig struct {
	set, lang, format string
	verbose           bool
}

// evalDoc is one scored article.
type evalDoc struct {
	Name    string        `json:"name"`
	Gold    string        `json:"gold"`
	Article string        `json:"article"`
	Lang    string        `json:"lang"`
	Scores  eval.Summary  `json:"scores"`
	Errors  evalErrorList `json:"errors"`
	result  eval.Result
}

type evalErrorList struct {
	MissedEntities   []string `json:"missed_entities"`
	SpuriousEntities []string `json:"spurious_entities"`
	MissedFacts      []string `json:"missed_facts"`
	WrongFacts       []string `json:"wrong_facts"`
	MissedQuotes     []string `json:"missed_quotes"`
	WrongQuotes      []string `json:"wrong_quotes"`
}

type evalTotal struct {
	Group    string       `json:"group"`
	Articles int          `json:"articles"`
	Scores   eval.Summary `json:"scores"`
}

// newEvalCommand is graphbuild eval.
func newEvalCommand(_ io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var cfg evalConfig
	c := &cobra.Command{
		Use:     "eval [flags] GOLD.json ARTICLE | --set DIR",
		Short:   "score extraction against hand-made answer keys (precision, recall, F1)",
		Long:    evalLong,
		Example: evalExamples,
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return exitCode(runEval(cmd.Context(), cfg, args, stdout, stderr))
		},
	}
	fs := c.Flags()
	fs.SortFlags = false
	fs.StringVar(&cfg.set, "set", "", "score every DIR/gold/NAME.gold.json against DIR/articles/NAME.*")
	fs.StringVar(&cfg.lang, "lang", "", "with --set, score only the keys of this language (ar or en)")
	fs.StringVar(&cfg.format, "format", "text", "output: text or json")
	fs.BoolVarP(&cfg.verbose, "verbose", "v", false, "list the missed and wrong entities, facts and quotes")
	c.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions([]string{"ar", "en"}, cobra.ShellCompDirectiveNoFileComp))
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "json"}, cobra.ShellCompDirectiveNoFileComp))
	c.MarkFlagDirname("set")
	return c
}

func runEval(ctx context.Context, cfg evalConfig, args []string, stdout, stderr io.Writer) int {
	if cfg.format != "text" && cfg.format != "json" {
		fmt.Fprintf(stderr, "graphbuild eval: --format %q: use text or json\n", cfg.format)
		return 2
	}
	if cfg.set != "" {
		if len(args) > 0 {
			fmt.Fprintln(stderr, "graphbuild eval: give either --set DIR or GOLD.json ARTICLE, not both")
			return 2
		}
		return evalSet(ctx, cfg, stdout, stderr)
	}
	if cfg.lang != "" {
		fmt.Fprintln(stderr, "graphbuild eval: --lang chooses keys of a --set; leave it out for one article")
		return 2
	}
	if len(args) != 2 {
		fmt.Fprintln(stderr, "graphbuild eval: give an answer key and its article (graphbuild eval GOLD.json ARTICLE), or --set DIR (see graphbuild eval --help)")
		return 2
	}
	gold, err := readGold(args[0])
	if err != nil {
		fmt.Fprintf(stderr, "graphbuild eval: %v\n", err)
		return 1
	}
	d, err := scoreArticle(ctx, strings.TrimSuffix(filepath.Base(args[0]), ".gold.json"), args[0], gold, args[1])
	if err != nil {
		fmt.Fprintf(stderr, "graphbuild eval: %v\n", err)
		return 1
	}
	if cfg.format == "json" {
		return writeEvalJSON(stdout, stderr, d)
	}
	var lines []string
	if cfg.verbose {
		lines = d.result.VerboseLines()
	}
	lines = append(lines, d.result.Lines()...)
	fmt.Fprintln(stdout, strings.Join(lines, "\n"))
	return 0
}

// readGold reads an answer key, with errors that say what to give instead.
func readGold(path string) (*eval.Gold, error) {
	g, err := eval.ReadGold(path)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return nil, fmt.Errorf("%s: cannot read the answer key: %v", path, pe.Err)
	}
	return g, err
}

// scoreArticle extracts the article as graphbuild --print json does and
// scores it against the key.
func scoreArticle(ctx context.Context, name, goldPath string, gold *eval.Gold, article string) (*evalDoc, error) {
	res, err := build.Extract(ctx, []string{article}, build.Options{})
	if err != nil {
		return nil, err
	}
	if len(res.Failures) > 0 {
		return nil, res.Failures[0]
	}
	if len(res.Graphs) == 0 {
		return nil, fmt.Errorf("%s: no document in it", article)
	}
	sys, err := eval.FromExport(export.Merge(res.Graphs))
	if err != nil {
		return nil, err
	}
	r := eval.Score(gold, sys, eval.Options{Typed: true})
	lang := gold.Lang
	if lang == "" {
		lang = res.Graphs[0].Doc.Lang
	}
	return &evalDoc{
		Name: name, Gold: goldPath, Article: article, Lang: lang, Scores: r.Summary(), result: r,
		Errors: evalErrorList{
			MissedEntities: nonNil(r.MissedEntities), SpuriousEntities: nonNil(r.SpuriousEntities),
			MissedFacts: nonNil(r.MissedFacts), WrongFacts: nonNil(r.WrongFacts),
			MissedQuotes: nonNil(r.MissedQuotes), WrongQuotes: nonNil(r.WrongQuotes),
		},
	}, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// articleFor finds DIR/articles/NAME with one of the extensions graphbuild
// reads, in the order text.Extensions lists them.
func articleFor(dir, name string) (string, bool) {
	for _, ext := range text.Extensions {
		p := filepath.Join(dir, "articles", name+ext)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, true
		}
	}
	return "", false
}

func evalSet(ctx context.Context, cfg evalConfig, stdout, stderr io.Writer) int {
	if st, err := os.Stat(cfg.set); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "graphbuild eval: --set %s: not a directory; give a directory holding gold/NAME.gold.json and articles/NAME.txt\n", cfg.set)
		return 2
	}
	golds, _ := filepath.Glob(filepath.Join(cfg.set, "gold", "*.gold.json"))
	if len(golds) == 0 {
		fmt.Fprintf(stderr, "graphbuild eval: --set %s: no answer keys %s; put each key there and its article in %s\n",
			cfg.set, filepath.Join(cfg.set, "gold", "NAME.gold.json"), filepath.Join(cfg.set, "articles", "NAME.txt"))
		return 2
	}
	slices.Sort(golds)
	status := 0
	byGroup := map[string][]*evalDoc{}
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		gold, err := readGold(g)
		if err != nil {
			fmt.Fprintf(stderr, "graphbuild eval: %v\n", err)
			status = 1
			continue
		}
		if cfg.lang != "" && gold.Lang != "" && gold.Lang != cfg.lang {
			continue
		}
		art, ok := articleFor(cfg.set, name)
		if !ok {
			fmt.Fprintf(stderr, "graphbuild eval: %s: no article %s (.txt, .html, .htm or .jsonl) for this key\n", g, filepath.Join(cfg.set, "articles", name))
			status = 1
			continue
		}
		d, err := scoreArticle(ctx, name, g, gold, art)
		if err != nil {
			fmt.Fprintf(stderr, "graphbuild eval: %v\n", err)
			status = 1
			continue
		}
		if cfg.lang != "" && d.Lang != cfg.lang {
			continue
		}
		byGroup[d.Lang] = append(byGroup[d.Lang], d)
	}
	groups := make([]string, 0, len(byGroup))
	for k := range byGroup {
		groups = append(groups, k)
	}
	slices.Sort(groups)
	var docs []*evalDoc
	var totals []evalTotal
	var all eval.Result
	var lines []string
	for _, grp := range groups {
		var tot eval.Result
		for _, d := range byGroup[grp] {
			docs = append(docs, d)
			tot = tot.Add(d.result)
			lines = append(lines, d.result.DocLine(d.Name))
			if cfg.verbose {
				for _, l := range append(d.result.VerboseLines(), d.result.Lines()...) {
					lines = append(lines, "  "+l)
				}
			}
		}
		all = all.Add(tot)
		totals = append(totals, evalTotal{Group: grp, Articles: len(byGroup[grp]), Scores: tot.Summary()})
		lines = append(lines, tot.TotalLine(grp, len(byGroup[grp])))
	}
	if len(groups) > 1 {
		totals = append(totals, evalTotal{Group: "all", Articles: len(docs), Scores: all.Summary()})
		lines = append(lines, all.TotalLine("all", len(docs)))
	}
	if cfg.format == "json" {
		if docs == nil {
			docs = []*evalDoc{}
		}
		if code := writeEvalJSON(stdout, stderr, map[string]any{"documents": docs, "totals": totals}); code != 0 {
			return code
		}
		return status
	}
	if len(lines) > 0 {
		fmt.Fprintln(stdout, strings.Join(lines, "\n"))
	}
	return status
}

func writeEvalJSON(stdout, stderr io.Writer, v any) int {
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(stderr, "graphbuild eval: writing output: %v\n", err)
		return 1
	}
	return 0
}
