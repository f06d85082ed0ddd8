// Command graphbuild reads news articles (text, HTML or JSON lines; Arabic or
// English), extracts people, organizations, products, places, money and
// quotes, and writes them as a graph into a Cayley store.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/pflag"

	"graphbuild/internal/build"
	"graphbuild/internal/importer"
	"graphbuild/internal/kg"
	"graphbuild/internal/store"
	"graphbuild/internal/text"
)

const usage = `graphbuild reads news articles and builds a knowledge graph of who works
where, who made what, who raised how much and who said what.

Usage:
  graphbuild [flags] PATH...

PATH is a .txt, .html/.htm or .jsonl file, a directory (read recursively for
those), or - for standard input. Each document's language (Arabic or English)
is detected unless --lang is given.

Examples:
  graphbuild fixtures/                        build ./graph.db from a directory
  graphbuild --db news.db articles.jsonl      one JSON object per line: id, text, title, url, published, lang
  graphbuild --print json article.txt         print the extracted graph, write no store
  cat article.txt | graphbuild --lang ar -     read standard input
  graphbuild --backend postgres --db 'postgres://postgres@127.0.0.1/test?sslmode=disable' fixtures/
  graphbuild --tag-conll tokens.txt           tag one token per line with PER/ORG/LOC/MISC
  graphbuild --explain article.txt            show which recognizer and rule made each mention, fact and quote

Then explore the graph with graphquery (graphquery --help).

Flags:
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

type config struct {
	db, backend, lang, print, tagConll string
	jobs, batch                        int
	quiet, explain                     bool
}

func defaultDB() string {
	if v := os.Getenv("GRAPHBUILD_DB"); v != "" {
		return v
	}
	return "graph.db"
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var cfg config
	fs := pflag.NewFlagSet("graphbuild", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.db, "db", defaultDB(), "store path (a directory), or a connection string for postgres; default $GRAPHBUILD_DB or ./graph.db")
	fs.StringVar(&cfg.backend, "backend", store.DefaultBackend, "store backend: "+strings.Join(store.Backends(), ", "))
	fs.StringVar(&cfg.lang, "lang", "", "treat every document as this language (ar or en) instead of detecting it")
	fs.IntVar(&cfg.jobs, "jobs", runtime.NumCPU(), "documents extracted in parallel")
	fs.IntVar(&cfg.batch, "batch", 0, "documents per store transaction; 0 writes the whole build in one, so a failed build leaves the store as it was")
	fs.StringVar(&cfg.print, "print", "", "write the extracted graph to standard output as json or nquads instead of to a store")
	fs.StringVar(&cfg.tagConll, "tag-conll", "", "tag FILE (one token per line, blank line between sentences) and print token<TAB>tag")
	fs.BoolVarP(&cfg.quiet, "quiet", "q", false, "print no progress bar and no summary")
	fs.BoolVar(&cfg.explain, "explain", false, "print each document's mentions, facts and quotes with the recognizer or rule that made them, and write no store")
	imports := fs.StringArray("import", nil, "merge FILE, a graph made elsewhere (N-Quads or JSON-LD as graphquery export writes), into the store, linking entities by IRI and sameAs (repeatable)")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return 0
		}
		fmt.Fprintf(stderr, "graphbuild: %v (see graphbuild --help)\n", err)
		return 2
	}
	if cfg.lang != "" && cfg.lang != "ar" && cfg.lang != "en" {
		fmt.Fprintf(stderr, "graphbuild: --lang %q: use ar or en, or leave it out to detect\n", cfg.lang)
		return 2
	}
	if cfg.tagConll != "" {
		return tagConll(cfg, stdin, stdout, stderr)
	}
	if cfg.explain {
		return explain(cfg, fs.Args(), stdin, stdout, stderr)
	}
	if cfg.print != "" && cfg.print != "json" && cfg.print != "nquads" {
		fmt.Fprintf(stderr, "graphbuild: --print %q: use json or nquads\n", cfg.print)
		return 2
	}
	if len(*imports) > 0 {
		if err := importer.Run(context.Background(), store.Options{Backend: cfg.backend, Path: cfg.db}, *imports, stdout); err != nil {
			fmt.Fprintf(stderr, "graphbuild: %v\n", err)
			return 1
		}
		if fs.NArg() == 0 {
			return 0
		}
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "graphbuild: no input given; name files or directories of articles, or - for standard input (see graphbuild --help)")
		return 2
	}
	if cfg.batch < 0 || cfg.jobs < 1 {
		fmt.Fprintln(stderr, "graphbuild: --jobs must be at least 1 and --batch at least 0")
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return buildGraph(ctx, cfg, fs.Args(), stdin, stdout, stderr)
}

func buildGraph(ctx context.Context, cfg config, paths []string, stdin io.Reader, stdout, stderr io.Writer) int {
	start := time.Now()
	opts := build.Options{Lang: text.Lang(cfg.lang), Jobs: cfg.jobs, Stdin: stdin}
	var bar *progressbar.ProgressBar
	if !cfg.quiet && isTerminal(stderr) {
		opts.Progress = func(done, total int) {
			if total < 5 {
				return
			}
			if bar == nil {
				bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("extracting"),
					progressbar.OptionClearOnFinish(), progressbar.OptionShowCount())
			}
			bar.Set(done)
		}
	}
	res, err := build.Extract(ctx, paths, opts)
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		fmt.Fprintf(stderr, "graphbuild: %v\n", err)
		return 2
	}
	for _, f := range res.Failures {
		fmt.Fprintf(stderr, "graphbuild: not built: %v\n", f)
	}
	if cfg.print != "" {
		if err := printGraphs(stdout, cfg.print, res.Graphs); err != nil {
			fmt.Fprintf(stderr, "graphbuild: writing output: %v\n", err)
			return 1
		}
		if len(res.Failures) > 0 {
			return 1
		}
		return 0
	}
	var total store.WriteStats
	if len(res.Graphs) > 0 {
		st, err := store.Open(ctx, store.Options{Backend: cfg.backend, Path: cfg.db})
		if err != nil {
			fmt.Fprintf(stderr, "graphbuild: %v\n", err)
			return 1
		}
		// Names of this build that are a transliteration near miss of an
		// entity already stored join it (internal/build/linkstore.go).
		if _, err := build.LinkToStore(ctx, st, res.Graphs); err != nil {
			st.Close()
			fmt.Fprintf(stderr, "graphbuild: reading %s: %v\n", cfg.db, err)
			return 1
		}
		batch := cfg.batch
		if batch == 0 {
			batch = len(res.Graphs)
		}
		for i := 0; i < len(res.Graphs); i += batch {
			ws, err := st.WriteGraphs(ctx, res.Graphs[i:min(i+batch, len(res.Graphs))])
			if err != nil {
				st.Close()
				fmt.Fprintf(stderr, "graphbuild: writing to %s: %v; nothing of this batch was written\n", cfg.db, err)
				return 1
			}
			total.Quads += ws.Quads
			total.Added += ws.Added
			total.Deleted += ws.Deleted
		}
		if err := st.Close(); err != nil {
			fmt.Fprintf(stderr, "graphbuild: closing %s: %v\n", cfg.db, err)
			return 1
		}
	}
	if !cfg.quiet {
		printSummary(stdout, cfg, res, total, time.Since(start))
	}
	if len(res.Failures) > 0 {
		return 1
	}
	return 0
}

func printSummary(w io.Writer, cfg config, res build.Result, ws store.WriteStats, took time.Duration) {
	docs, ents, facts, quotes := res.Counts()
	secs := took.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(ws.Quads) / secs
	}
	byType := map[string]int{}
	for _, g := range res.Graphs {
		for _, e := range g.Entities {
			byType[string(e.Type)]++
		}
	}
	var types []string
	for _, t := range []string{"Person", "Organization", "Product", "Place", "Event"} {
		if byType[t] > 0 {
			types = append(types, fmt.Sprintf("%d %s", byType[t], strings.ToLower(t)))
		}
	}
	fmt.Fprintf(w, "built %d documents into %s (%s): %d entities (%s), %d facts, %d quotes; %d quads (%d added, %d removed) in %.2fs (%.0f quads/s)\n",
		docs, cfg.db, cfg.backend, ents, strings.Join(types, ", "), facts, quotes, ws.Quads, ws.Added, ws.Deleted, secs, rate)
	if len(res.Failures) > 0 {
		fmt.Fprintf(w, "%d inputs were not built (see above)\n", len(res.Failures))
	}
}

func printGraphs(w io.Writer, format string, graphs []*kg.Graph) error {
	if format == "json" {
		return kg.WriteJSON(w, kg.Merge(graphs))
	}
	qw := nquads.NewWriter(w)
	for _, g := range graphs {
		qs, err := g.Quads()
		if err != nil {
			return err
		}
		if _, err := quad.Copy(qw, quad.NewReader(qs)); err != nil {
			return err
		}
	}
	return qw.Close()
}

func tagConll(cfg config, stdin io.Reader, stdout, stderr io.Writer) int {
	var r io.Reader = stdin
	if cfg.tagConll != "-" {
		f, err := os.Open(cfg.tagConll)
		if err != nil {
			fmt.Fprintf(stderr, "graphbuild: %s: cannot read: %v\n", cfg.tagConll, errors.Unwrap(err))
			return 1
		}
		defer f.Close()
		r = f
	}
	sents, err := build.ReadCoNLL(cfg.tagConll, r)
	if err != nil {
		fmt.Fprintf(stderr, "graphbuild: %v\n", err)
		return 1
	}
	tags := build.TagCoNLL(sents, text.Lang(cfg.lang))
	if err := build.WriteCoNLL(stdout, sents, tags); err != nil {
		fmt.Fprintf(stderr, "graphbuild: writing output: %v\n", err)
		return 1
	}
	return 0
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// explain prints why the graph of each input says what it says.
func explain(cfg config, paths []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "graphbuild: --explain needs a file to explain")
		return 2
	}
	files, err := text.ExpandPaths(paths)
	if err != nil {
		fmt.Fprintf(stderr, "graphbuild: %v\n", err)
		return 1
	}
	status := 0
	for _, f := range files {
		var data []byte
		if f == text.Stdin {
			data, err = io.ReadAll(stdin)
		} else {
			data, err = os.ReadFile(f)
		}
		if err != nil {
			fmt.Fprintf(stderr, "graphbuild: %s: cannot read: %v\n", f, errors.Unwrap(err))
			status = 1
			continue
		}
		docs, err := text.Parse(f, data, text.ParseOptions{Lang: text.Lang(cfg.lang)})
		if err != nil {
			fmt.Fprintf(stderr, "graphbuild: %v\n", err)
			status = 1
			continue
		}
		for _, d := range docs {
			build.Explain(stdout, d)
		}
	}
	return status
}
