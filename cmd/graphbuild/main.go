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

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"graphbuild/internal/build"
	"graphbuild/internal/importer"
	"graphbuild/internal/store"
	"graphbuild/internal/text"
	"graphbuild/internal/version"
)

const long = `graphbuild reads news articles and builds a knowledge graph of who works
where, who made what, who raised how much and who said what.

PATH is a .txt, .html/.htm or .jsonl file, a directory (read recursively for
those), or - for standard input. Each document's language (Arabic or English)
is detected unless --lang is given.

Documents are written --batch at a time (1,000 by default), each batch in one
transaction, so memory stays bounded however large the input.

Exit status: 0 on success, 1 when an input was not built or the store could
not be written, 2 on a usage error, 130 when interrupted (Ctrl-C). A failed or
interrupted build keeps the batches it wrote before (a build of at most --batch
documents leaves the store as it was); running it again goes on from there, as
documents already stored unchanged are skipped. --batch 0 writes the whole
build in one transaction (memory grows with the build).

Then explore the graph with graphquery (graphquery --help).`

const examples = `  graphbuild fixtures/                          # build ./graph.db from a directory
  graphbuild --db news.db articles.jsonl        # one JSON object per line: id, text, title, url, published, lang
  graphbuild --print json article.txt           # print the extracted graph, write no store
  cat article.txt | graphbuild --lang ar -      # read standard input
  graphbuild --backend postgres --db 'postgres://postgres@127.0.0.1/test?sslmode=disable' fixtures/
  graphbuild --tag-conll tokens.txt             # tag one token per line with PER/ORG/LOC/MISC
  graphbuild --explain article.txt              # which recognizer and rule made each mention, fact and quote
  source <(graphbuild completion bash)          # complete commands and flags in bash (zsh, fish: likewise)`

// usageTemplate is cobra's, with the examples after the flags and the exit
// statuses at the end.
const usageTemplate = `Usage:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} COMMAND [flags]{{end}}{{if .HasAvailableSubCommands}}

Commands:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Flags:
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Global Flags:
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasExample}}

Examples:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Run '{{.CommandPath}} help COMMAND' for a command's flags and examples.{{end}}
`

func main() {
	setGC()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

type config struct {
	db, backend, lang, print, tagConll string
	jobs, batch                        int
	quiet, explain, force              bool
	imports                            []string
	maxDocSize                         string
	maxDoc                             int64
	dryRun                             bool
}

func defaultDB() string {
	if v := os.Getenv("GRAPHBUILD_DB"); v != "" {
		return v
	}
	return "graph.db"
}

func defaultBackend() string {
	if v := os.Getenv("GRAPHBUILD_BACKEND"); v != "" {
		return v
	}
	return store.DefaultBackend
}

// usageError is a bad command line: one line on stderr, exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// exitCode ends the command with a status, having said what it had to.
type exitCode int

func (e exitCode) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// subcommands are added to the root command besides the build itself (the
// default command): each file of this package may register its own in an
// init function.
var subcommands []func(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command

// newRoot returns the graphbuild command: graphbuild [flags] PATH... builds,
// and subcommands (help, completion, and those registered) do the rest.
func init() { cobra.EnableCommandSorting = false }

func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var cfg config
	root := &cobra.Command{
		Use:           "graphbuild [flags] PATH...",
		Short:         "build a knowledge graph from news articles",
		Long:          long,
		Example:       examples,
		Version:       version.Read().String("graphbuild"),
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return exitCode(buildCommand(cmd.Context(), cfg, args, stdin, stdout, stderr))
		},
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetUsageTemplate(usageTemplate)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Sprintf("%v (see %s --help)", err, c.CommandPath())}
	})
	fs := root.Flags()
	fs.SortFlags = false
	fs.StringVar(&cfg.db, "db", defaultDB(), "store path (a directory), or a connection string for postgres; default $GRAPHBUILD_DB or ./graph.db")
	fs.StringVar(&cfg.backend, "backend", defaultBackend(), "store backend: "+strings.Join(store.Backends(), ", ")+"; default $GRAPHBUILD_BACKEND or "+store.DefaultBackend)
	fs.StringVar(&cfg.lang, "lang", "", "treat every document as this language (ar or en) instead of detecting it")
	fs.IntVar(&cfg.jobs, "jobs", runtime.NumCPU(), "documents extracted in parallel")
	fs.IntVar(&cfg.batch, "batch", 1000, "documents per store transaction: a failed build keeps the batches written before it; 0 writes the whole build in one, so a failed build leaves the store as it was (memory grows with the build)")
	fs.StringVar(&cfg.print, "print", "", "write the extracted graph to standard output as json or nquads instead of to a store")
	fs.StringVar(&cfg.tagConll, "tag-conll", "", "tag FILE (one token per line, blank line between sentences) and print token<TAB>tag")
	fs.BoolVar(&cfg.force, "force", false, "re-extract every document, also those the store already holds unchanged (same id, content hash, source and language)")
	fs.BoolVarP(&cfg.quiet, "quiet", "q", false, "print no progress bar and no summary")
	fs.BoolVar(&cfg.explain, "explain", false, "print each document's mentions, facts and quotes with the recognizer or rule that made them, and write no store")
	fs.StringVar(&cfg.maxDocSize, "max-doc-size", text.FormatSize(text.DefaultMaxDocBytes), "the largest document read (a .txt or .html file, or one JSON line's text), e.g. 64MB")
	fs.BoolVar(&cfg.dryRun, "dry-run", false, "with --import: show what the import would change (documents, entities, quads) and write nothing")
	fs.StringArrayVar(&cfg.imports, "import", nil, "merge FILE, a graph made elsewhere (N-Quads or JSON-LD as graphquery export writes), into the store, linking entities by IRI and sameAs (repeatable)")
	root.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions([]string{"ar", "en"}, cobra.ShellCompDirectiveNoFileComp))
	root.RegisterFlagCompletionFunc("backend", cobra.FixedCompletions(store.Backends(), cobra.ShellCompDirectiveNoFileComp))
	root.RegisterFlagCompletionFunc("print", cobra.FixedCompletions([]string{"json", "nquads"}, cobra.ShellCompDirectiveNoFileComp))
	root.AddCommand(&cobra.Command{
		Use:   "version",
		Short: "print the module version and VCS revision of this build (as --version)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintln(stdout, root.Version)
			return err
		},
	})
	for _, sub := range subcommands {
		c := sub(stdin, stdout, stderr)
		c.SilenceErrors, c.SilenceUsage = true, true
		root.AddCommand(c)
	}
	return root
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	defer startProfile(stderr)()
	root := newRoot(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	var code exitCode
	switch {
	case err == nil:
		return 0
	case errors.As(err, &code):
		return int(code)
	case errors.As(err, new(usageError)):
		fmt.Fprintf(stderr, "graphbuild: %v\n", err)
		return 2
	default:
		fmt.Fprintf(stderr, "graphbuild: %v\n", err)
		return 1
	}
}

// buildCommand is graphbuild [flags] PATH...: it checks the flags and
// builds, prints, tags or explains.
func buildCommand(ctx context.Context, cfg config, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if cfg.lang != "" && cfg.lang != "ar" && cfg.lang != "en" {
		fmt.Fprintf(stderr, "graphbuild: --lang %q: use ar or en, or leave it out to detect\n", cfg.lang)
		return 2
	}
	if n, err := text.ParseSize(cfg.maxDocSize); err != nil {
		fmt.Fprintf(stderr, "graphbuild: --max-doc-size: %v\n", err)
		return 2
	} else {
		cfg.maxDoc = n
	}
	if cfg.tagConll != "" {
		return tagConll(cfg, stdin, stdout, stderr)
	}
	if cfg.explain {
		return explain(cfg, args, stdin, stdout, stderr)
	}
	if cfg.print != "" && cfg.print != "json" && cfg.print != "nquads" {
		fmt.Fprintf(stderr, "graphbuild: --print %q: use json or nquads\n", cfg.print)
		return 2
	}
	if len(cfg.imports) > 0 && cfg.dryRun {
		if err := importer.Preview(ctx, store.Options{Backend: cfg.backend, Path: cfg.db}, cfg.imports, stdout); err != nil {
			fmt.Fprintf(stderr, "graphbuild: %v\n", err)
			return 1
		}
		return 0
	}
	if cfg.dryRun {
		fmt.Fprintln(stderr, "graphbuild: --dry-run goes with --import FILE: it shows what the import would change")
		return 2
	}
	if len(cfg.imports) > 0 {
		if err := importer.Run(ctx, store.Options{Backend: cfg.backend, Path: cfg.db}, cfg.imports, stdout); err != nil {
			fmt.Fprintf(stderr, "graphbuild: %v\n", err)
			return 1
		}
		if len(args) == 0 {
			return 0
		}
	}
	if len(args) == 0 {
		fmt.Fprintln(stderr, "graphbuild: no input given; name files or directories of articles, or - for standard input (see graphbuild --help)")
		return 2
	}
	if cfg.batch < 0 || cfg.jobs < 1 {
		fmt.Fprintln(stderr, "graphbuild: --jobs must be at least 1 and --batch at least 0")
		return 2
	}
	return buildGraph(ctx, cfg, args, stdin, stdout, stderr)
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
			data, err = text.ReadStdin(stdin)
		} else {
			data, err = text.ReadInput(f, cfg.maxDoc)
		}
		if err != nil {
			fmt.Fprintf(stderr, "graphbuild: %v\n", err)
			status = 1
			continue
		}
		docs, err := text.Parse(f, data, text.ParseOptions{Lang: text.Lang(cfg.lang), MaxDocBytes: cfg.maxDoc})
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
