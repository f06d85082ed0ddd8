// Command graphquery explores the graph graphbuild built: who said what,
// an entity's card, its neighbours, the shortest path between two entities,
// what ties the articles together, Cayley's own query languages, exports
// for scripts and graph tools, and a page in the browser.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"graphbuild/internal/query"
	"graphbuild/internal/store"
	"graphbuild/internal/version"
)

const long = `graphquery explores the graph graphbuild built.

Names (NAME) are matched tolerantly: either language, any spelling the
normalizer folds (hamza, alef, ta marbuta, diacritics, case), the article
and proclitics (و ف ب ك ل ال), any alias, or a unique prefix of at least three
letters. An entity's id (person/justin-lin) or Wikidata id (Q1359568) works
too. A name several entities share lists them with their types and articles.

Output: on a terminal, a table fitted to its width (the quote or evidence
column wrapped, long cells cut with …, one field a line when too narrow;
$COLUMNS overrides the width); piped or redirected, TSV (a header line, then
tab-separated rows). --format table, json, ndjson or tsv, or
$GRAPHQUERY_FORMAT, chooses.
Exit status: 0 on success, 1 when nothing matched or on an error, 2 on a
usage error (an ambiguous name is one), 130 when interrupted (Ctrl-C).`

const examples = `  graphquery who-said --speaker "ليلى المنصوري"
  graphquery entity Lumora
  graphquery neighbors سديم --depth 2
  graphquery path "Omar al-Shammari" Datavia
  graphquery link --min-docs 2
  graphquery export --format graphml -o graph.graphml --force
  graphquery serve --addr 127.0.0.1:8080
  source <(graphquery completion bash)     # complete commands and flags (zsh, fish: likewise)`

// usageTemplate is cobra's, with the examples after the flags.
const usageTemplate = `Usage:{{if and .Runnable (not .HasAvailableSubCommands)}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [--db PATH] [--backend NAME] COMMAND [flags] [ARGS]

Commands:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Flags:
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Global Flags (before or after the command):
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasExample}}

Examples:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Run '{{.CommandPath}} help COMMAND' (or '{{.CommandPath}} COMMAND --help') for a command's flags and examples.{{end}}
`

type globals struct {
	db, backend string
}

func globalFlags(g *globals, fs *pflag.FlagSet) {
	db := os.Getenv("GRAPHBUILD_DB")
	if db == "" {
		db = "./graph.db"
	}
	backend := os.Getenv("GRAPHBUILD_BACKEND")
	if backend == "" {
		backend = store.DefaultBackend
	}
	fs.StringVar(&g.db, "db", db, "the store: a directory, a memstore snapshot file, or a connection string for postgres ($GRAPHBUILD_DB)")
	fs.StringVar(&g.backend, "backend", backend, "store backend: "+strings.Join(store.Backends(), ", ")+" ($GRAPHBUILD_BACKEND)")
}

// usageError is a bad command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	defer startProfile(stderr)()
	root := newRoot(ctx, stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	var ex exitError
	switch {
	case err == nil:
		return 0
	case ctx.Err() != nil && !errors.As(err, &ex):
		fmt.Fprintln(stderr, "graphquery: interrupted")
		return 130
	case errors.As(err, &ex):
		return ex.code
	case errors.As(err, new(usageError)) || errors.Is(err, query.ErrUsage):
		fmt.Fprintf(stderr, "graphquery: %v\n", err)
		return 2
	default:
		fmt.Fprintf(stderr, "graphquery: %v\n", err)
		return 1
	}
}

// exitError ends the command with a status, having said what it had to.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

type command struct {
	name, summary, examples string
	args                    []string // names of the positional arguments
	hidden                  bool
	flags                   func(fs *pflag.FlagSet) func(ctx context.Context, c *cmdContext) error
}

type cmdContext struct {
	g              globals
	args           []string
	stdin          io.Reader
	stdout, stderr io.Writer
	st             *store.Store
}

// formatFlag adds --format for the listing commands. Its default (empty)
// is resolved by listingFormat when the command runs.
func formatFlag(fs *pflag.FlagSet) *string {
	return fs.String("format", "", "output: table, json, ndjson or tsv (default: $GRAPHQUERY_FORMAT, else a table fitted to the terminal's width, or tsv when the output is not a terminal)")
}

// listingFormat is the output format of a listing when --format is not
// given: $GRAPHQUERY_FORMAT, else a table on a terminal and TSV (for
// scripts, cut, awk, sort) when the output is a pipe or a file.
func listingFormat(stdout io.Writer) string {
	if f := os.Getenv("GRAPHQUERY_FORMAT"); f != "" {
		return f
	}
	if isTerminal(stdout) {
		return "table"
	}
	return "tsv"
}

// tableWidth is the width tables are fitted to: $COLUMNS when set, else
// the terminal's width; 0 (no limit) when the output is not a terminal.
func tableWidth(stdout io.Writer) int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if f, ok := stdout.(*os.File); ok && isTerminal(f) {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			return w
		}
	}
	return 0
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// limitFlag adds --limit to a listing.
func limitFlag(fs *pflag.FlagSet, def int, what string) *int {
	return fs.Int("limit", def, "show at most N "+what+" (0: all)")
}

// checkListing checks a listing's --format and --limit.
func checkListing(format string, limit int) error {
	if err := query.CheckOutputFormat(format); err != nil {
		return err
	}
	if limit < 0 {
		return usageError{fmt.Sprintf("--limit %d: use a positive number, or 0 for all", limit)}
	}
	return nil
}

// limited cuts recs to limit (0: no limit), saying so on stderr.
func limited[T any](c *cmdContext, recs []T, limit int, what string) []T {
	if limit > 0 && len(recs) > limit {
		c.shown(limit, len(recs), what)
		return recs[:limit]
	}
	return recs
}

// shown says on stderr that a listing shows n of its total rows: how many
// more there are and how to get them all.
func (c *cmdContext) shown(n, total int, what string) {
	c.note("showing %d of %d %s (%d more); --limit 0 shows all", n, total, what, total-n)
}

// note says something about the output on stderr, which scripts reading
// stdout do not see.
func (c *cmdContext) note(format string, args ...any) {
	fmt.Fprintf(c.stderr, "graphquery: "+format+"\n", args...)
}

// emptyList is what a listing does when it found nothing before it could
// write: JSON output is still a (empty) list, so a script reads [] and the
// exit status 1.
func (c *cmdContext) emptyList(format string, err error) error {
	if format == "json" && errors.Is(err, query.ErrNoMatch) {
		fmt.Fprintln(c.stdout, "[]")
	}
	return err
}

func docsFlag(fs *pflag.FlagSet, what string) *[]string {
	return fs.StringArray("doc", nil, what+": a document's short id or IRI (repeatable)")
}

var commands = []command{
	{name: "who-said", summary: "Show who said what: the speaker, their title and organization as the article gives\nthem, the quote (direct quotes in “”), and the article; newest article first.",
		examples: `  graphquery who-said
  graphquery who-said --speaker "Rahul Mehta"
  graphquery who-said --speaker المنصوري --direct
  graphquery who-said --org Lumora --format json
  graphquery who-said --about "رواتب مهندسي"
  graphquery who-said --doc en-chips-quotes --limit 5`,
		flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
			var opt query.WhoSaidOptions
			fs.StringVar(&opt.Speaker, "speaker", "", "only quotes by this person (a NAME)")
			fs.StringVar(&opt.Org, "org", "", "only quotes given for this organization (a NAME)")
			fs.StringVar(&opt.About, "about", "", "only quotes whose words (or sentence) hold all these WORDS")
			docs := docsFlag(fs, "only quotes of this document")
			fs.BoolVar(&opt.Direct, "direct", false, "only direct quotes")
			fs.IntVar(&opt.Limit, "limit", 50, "show at most N quotes, newest first (0: all); the newest 50 by default, so a large store answers at once")
			format := formatFlag(fs)
			return func(ctx context.Context, c *cmdContext) error {
				if err := checkListing(*format, opt.Limit); err != nil {
					return err
				}
				if err := c.open(ctx); err != nil {
					return err
				}
				var err error
				if opt.Docs, err = query.ResolveDocs(ctx, c.st, *docs); err != nil {
					return err
				}
				qs, err := query.WhoSaid(ctx, c.st, opt)
				if err != nil {
					return c.emptyList(*format, err)
				}
				if opt.Limit > 0 && len(qs) == opt.Limit {
					c.note("showing the newest %d quotes; --limit 0 shows all", opt.Limit)
				}
				return query.WriteWhoSaid(c.stdout, *format, qs)
			}
		}},
	{name: "entity", args: []string{"NAME..."}, summary: "Show an entity's card: its type, its names in every language, its sameAs links,\nthe facts from and to it with their evidence and article, the quotes by it\n(or given for it, for an organization), and the articles that mention it.",
		examples: `  graphquery entity Lumora
  graphquery entity "ليلى المنصوري"
  graphquery entity person/n-rahul-mehta --format json
  graphquery entity Raqeem --why`,
		flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
			format := formatFlag(fs)
			why := fs.Bool("why", false, "show why each name belongs to the entity: the identity rule that joined it and its confidence")
			return func(ctx context.Context, c *cmdContext) error {
				if err := query.CheckOutputFormat(*format); err != nil {
					return err
				}
				if err := c.open(ctx); err != nil {
					return err
				}
				card, err := query.EntityCard(ctx, c.st, c.args[0])
				if err != nil {
					return err
				}
				if *why {
					return query.WriteWhy(c.stdout, *format, card)
				}
				return query.WriteCard(c.stdout, *format, card)
			}
		}},
	{name: "entities", summary: "List the entities, merged across documents, by type and name.",
		examples: `  graphquery entities
  graphquery entities --type person
  graphquery entities --doc ar-short-news --format tsv
  graphquery entities --min-docs 2`,
		flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
			var opt query.EntitiesOptions
			fs.StringVar(&opt.Type, "type", "", "only entities of this type: Person, Organization, Product, Place, Event")
			docs := docsFlag(fs, "only entities this document mentions")
			fs.IntVar(&opt.MinDocs, "min-docs", 0, "only entities at least N documents mention")
			fs.IntVar(&opt.Limit, "limit", 50, "show at most N entities, by type and name (0: all); the first 50 by default, so a large store answers at once")
			format := formatFlag(fs)
			return func(ctx context.Context, c *cmdContext) error {
				if err := checkListing(*format, opt.Limit); err != nil {
					return err
				}
				if opt.Type != "" {
					t, err := query.EntityType(opt.Type)
					if err != nil {
						return err
					}
					opt.Type = string(t)
				}
				if err := c.open(ctx); err != nil {
					return err
				}
				var err error
				if opt.Docs, err = query.ResolveDocs(ctx, c.st, *docs); err != nil {
					return err
				}
				rows, total, err := query.Entities(ctx, c.st, opt)
				if err != nil {
					return c.emptyList(*format, err)
				}
				if len(rows) < total {
					c.shown(len(rows), total, "entities")
				}
				none := "no entities"
				if opt.Type != "" {
					none = "no entity of type " + opt.Type
				}
				return query.WriteEntities(c.stdout, *format, rows, none)
			}
		}},
	{name: "facts", summary: "List facts: subject, predicate, object or value, confidence, article and the\nsentence that says it; newest article first.",
		examples: `  graphquery facts --predicate acquired
  graphquery facts --subject Lumora
  graphquery facts --object "Sadeem Group" --min-confidence 0.8
  graphquery facts --doc ar-funding-acquisition --format json`,
		flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
			var opt query.FactsOptions
			fs.StringVar(&opt.Predicate, "predicate", "", "only facts with this predicate (worksAt, acquired, raised, ...)")
			fs.StringVar(&opt.Subject, "subject", "", "only facts about this entity (a NAME)")
			fs.StringVar(&opt.Object, "object", "", "only facts pointing at this entity (a NAME)")
			fs.Float64Var(&opt.MinConfidence, "min-confidence", 0, "only facts at least this confident (0 to 1)")
			docs := docsFlag(fs, "only facts of this document")
			limit := limitFlag(fs, 50, "facts, newest article first; the newest 50 by default")
			format := formatFlag(fs)
			return func(ctx context.Context, c *cmdContext) error {
				if err := checkListing(*format, *limit); err != nil {
					return err
				}
				if opt.Predicate != "" {
					p, err := query.CheckPredicate(opt.Predicate)
					if err != nil {
						return err
					}
					opt.Predicate = p.Name
				}
				if opt.MinConfidence < 0 || opt.MinConfidence > 1 {
					return usageError{fmt.Sprintf("--min-confidence %g: use a number from 0 to 1", opt.MinConfidence)}
				}
				if err := c.open(ctx); err != nil {
					return err
				}
				var err error
				if opt.Docs, err = query.ResolveDocs(ctx, c.st, *docs); err != nil {
					return err
				}
				facts, err := query.Facts(ctx, c.st, opt)
				if err != nil {
					return c.emptyList(*format, err)
				}
				facts = limited(c, facts, *limit, "facts")
				return query.WriteFacts(c.stdout, *format, facts)
			}
		}},
	{name: "docs", summary: "List the documents of the store, newest first.",
		examples: `  graphquery docs
  graphquery docs --limit 3
  graphquery docs --format json`,
		flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
			limit := limitFlag(fs, 0, "documents, newest first")
			format := formatFlag(fs)
			return func(ctx context.Context, c *cmdContext) error {
				if err := checkListing(*format, *limit); err != nil {
					return err
				}
				if err := c.open(ctx); err != nil {
					return err
				}
				n, err := query.Docs(ctx, c.st, c.stdout, *format, *limit)
				if *limit > 0 && n > *limit {
					c.shown(*limit, n, "documents")
				}
				return err
			}
		}},
	{name: "neighbors", args: []string{"NAME..."}, summary: "List the entities linked to NAME by facts, in either direction, up to --depth\nhops away, nearest first. RELATION reads from VIA: \"worksAt →\" means VIA\nworks at NAME's neighbour, \"← worksAt\" that the neighbour works at VIA.",
		examples: `  graphquery neighbors Lumora
  graphquery neighbors "سديم" --depth 2
  graphquery neighbors person/n-rahul-mehta --format json`,
		flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
			depth := fs.Int("depth", 1, "how many hops away to look (1 to 5)")
			limit := limitFlag(fs, 0, "neighbors, nearest first")
			format := formatFlag(fs)
			return func(ctx context.Context, c *cmdContext) error {
				if err := checkListing(*format, *limit); err != nil {
					return err
				}
				if *depth < 1 || *depth > 5 {
					return usageError{fmt.Sprintf("--depth %d: use 1 to 5", *depth)}
				}
				if err := c.open(ctx); err != nil {
					return err
				}
				ns, err := query.Neighbors(ctx, c.st, c.args[0], *depth)
				if err != nil {
					return c.emptyList(*format, err)
				}
				ns = limited(c, ns, *limit, "neighbors")
				return query.WriteNeighbors(c.stdout, *format, ns)
			}
		}},
	{name: "path", args: []string{"A", "B"}, summary: "Show the shortest chain of facts linking entity A to entity B, walking facts in\neither direction, each hop with the sentence that says it and its article.",
		examples: `  graphquery path "Omar al-Shammari" Datavia
  graphquery path "عمر الشمري" Datavia --max 6`,
		flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
			maxHops := fs.Int("max", 4, "the longest path to look for, in facts (1 to 8)")
			format := formatFlag(fs)
			return func(ctx context.Context, c *cmdContext) error {
				if err := query.CheckOutputFormat(*format); err != nil {
					return err
				}
				if *maxHops < 1 || *maxHops > 8 {
					return usageError{fmt.Sprintf("--max %d: use 1 to 8", *maxHops)}
				}
				if err := c.open(ctx); err != nil {
					return err
				}
				hops, err := query.Path(ctx, c.st, c.args[0], c.args[1], *maxHops)
				if err != nil {
					return c.emptyList(*format, err)
				}
				return query.WritePath(c.stdout, *format, hops)
			}
		}},
	{name: "link", summary: "List the entities several articles share, the most shared first, with the\narticles and their languages: what ties the articles of the store together.",
		examples: `  graphquery link
  graphquery link --min-docs 3 --format json`,
		flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
			minDocs := fs.Int("min-docs", 2, "only entities at least N articles mention")
			limit := limitFlag(fs, 50, "entities, the most shared first; the 50 most shared by default, so a large store answers at once")
			format := formatFlag(fs)
			return func(ctx context.Context, c *cmdContext) error {
				if err := checkListing(*format, *limit); err != nil {
					return err
				}
				if *minDocs < 1 {
					return usageError{fmt.Sprintf("--min-docs %d: use 1 or more", *minDocs)}
				}
				if err := c.open(ctx); err != nil {
					return err
				}
				rows, total, err := query.Link(ctx, c.st, *minDocs, *limit)
				if err != nil {
					return c.emptyList(*format, err)
				}
				if *limit > 0 && total > len(rows) {
					c.shown(len(rows), total, "entities")
				}
				return query.WriteLink(c.stdout, *format, rows, *minDocs)
			}
		}},
	queryCommand,
	{name: "export", summary: "Write the graph, or some documents of it, to stdout or a file.\n" +
		"  json     export-json.md: documents, entities merged, facts, quotes\n" +
		"  nquads   the stored quads; jsonld: the same as JSON-LD\n" +
		"  graphml  entities and values as nodes (name, type, aliases, documents), facts as\n" +
		"           edges (predicate, documents, evidence, confidence): Gephi, yEd, networkx\n" +
		"  dot      the same graph for Graphviz (dot -Tsvg)\n" +
		"  csv      the same graph as two files, -o NAME writing NAME.nodes.csv and\n" +
		"           NAME.edges.csv (Gephi's spreadsheet import); -o is required",
		examples: `  graphquery export --format json > graph.json
  graphquery export --format nquads --doc ar-short-news
  graphquery export --format graphml -o graph.graphml
  graphquery export --format dot | dot -Tsvg > graph.svg
  graphquery export --format csv -o graph      # graph.nodes.csv, graph.edges.csv
  graphquery export --format jsonld -o graph.jsonld --force`,
		flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
			format := fs.String("format", "json", strings.Join(query.Formats, ", "))
			docs := docsFlag(fs, "export only this document")
			out := fs.StringP("output", "o", "", "write to FILE instead of stdout (csv: the files' common NAME)")
			force := fs.Bool("force", false, "overwrite the output file(s) when they exist")
			return func(ctx context.Context, c *cmdContext) error {
				if !containsStr(query.Formats, *format) {
					return usageError{fmt.Sprintf("unknown format %q; choose one of %s", *format, strings.Join(query.Formats, ", "))}
				}
				files := []string{*out}
				if *format == "csv" {
					if *out == "" {
						return usageError{"csv writes two files; pass -o NAME to write NAME.nodes.csv and NAME.edges.csv"}
					}
					n, e := query.CSVFiles(*out)
					files = []string{n, e}
				}
				if *out != "" && !*force {
					for _, f := range files {
						if _, err := os.Stat(f); err == nil {
							return usageError{fmt.Sprintf("%s exists; pass --force to overwrite it", f)}
						}
					}
				}
				if err := c.open(ctx); err != nil {
					return err
				}
				iris, err := query.ResolveDocs(ctx, c.st, *docs)
				if err != nil {
					return err
				}
				if *format == "csv" {
					return writeFileAtomic(files[0], func(nw io.Writer) error {
						return writeFileAtomic(files[1], func(ew io.Writer) error {
							return query.ExportCSV(ctx, c.st, nw, ew, iris...)
						})
					})
				}
				if *out == "" {
					return query.Export(ctx, c.st, c.stdout, *format, iris...)
				}
				return writeFileAtomic(*out, func(w io.Writer) error {
					return query.Export(ctx, c.st, w, *format, iris...)
				})
			}
		}},
	serveCommand,
	queryWorkerCommand,
	serveWorkerCommand,
}

func (c *cmdContext) open(ctx context.Context) error {
	if !containsStr(store.Backends(), c.g.backend) {
		return usageError{fmt.Sprintf("unknown backend %q; choose one of %s", c.g.backend, strings.Join(store.Backends(), ", "))}
	}
	if c.g.backend == "memstore" && c.g.db == "" {
		return usageError{"backend memstore needs --db, the snapshot file graphbuild --backend memstore --db FILE wrote"}
	}
	st, err := store.Open(ctx, store.Options{Backend: c.g.backend, Path: c.g.db, ReadOnly: true})
	if err != nil {
		return err
	}
	c.st = st
	return nil
}

// shortSummaries are the lines of graphquery --help's list of commands.
var shortSummaries = map[string]string{
	"who-said":  "who said what: speaker, title, organization, quote, article; newest first",
	"entity":    "an entity's card: type, names, sameAs, facts, quotes, articles",
	"entities":  "list the entities, merged across articles",
	"facts":     "list facts with their evidence",
	"docs":      "list the articles",
	"neighbors": "the entities linked to one by facts, up to --depth hops",
	"path":      "the shortest chain of facts between two entities, with evidence",
	"link":      "entities shared between articles, with the articles and languages",
	"query":     "run a Gizmo, GraphQL or MQL query (Cayley's languages)",
	"export":    "write the graph as JSON, N-Quads, JSON-LD, GraphML, DOT or CSV",
	"serve":     "a page in the browser that draws the graph, and Cayley's HTTP API",
}

// newRoot returns the graphquery command tree, one cobra command for each
// entry of commands.
func init() { cobra.EnableCommandSorting = false }

func newRoot(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var g globals
	root := &cobra.Command{
		Use:           "graphquery",
		Short:         "explore the graph graphbuild built",
		Long:          long,
		Example:       examples,
		Version:       version.Read().String("graphquery"),
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{"no command; see graphquery --help"}
			}
			var names []string
			for _, c := range commands {
				if !c.hidden {
					names = append(names, c.name)
				}
			}
			return usageError{fmt.Sprintf("unknown command %q; choose one of %s", args[0], strings.Join(names, ", "))}
		},
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetUsageTemplate(usageTemplate)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		if c == root {
			return usageError{err.Error() + "; see graphquery --help"}
		}
		return usageError{fmt.Sprintf("%s: %v; see graphquery %s --help", c.Name(), err, c.Name())}
	})
	globalFlags(&g, root.PersistentFlags())
	root.RegisterFlagCompletionFunc("backend", cobra.FixedCompletions(store.Backends(), cobra.ShellCompDirectiveNoFileComp))
	for i := range commands {
		root.AddCommand(newCommand(ctx, &commands[i], &g, stdin, stdout, stderr))
	}
	return root
}

// newCommand makes the cobra command for cmd.
func newCommand(ctx context.Context, cmd *command, g *globals, stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	use := cmd.name + " [flags]"
	for _, a := range cmd.args {
		use += " " + a
	}
	short := shortSummaries[cmd.name]
	if short == "" {
		short, _, _ = strings.Cut(cmd.summary, "\n")
	}
	c := &cobra.Command{
		Use:           use,
		Short:         short,
		Long:          cmd.summary,
		Example:       cmd.examples,
		Hidden:        cmd.hidden,
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	fs := c.Flags()
	fs.SortFlags = false
	runCmd := cmd.flags(fs)
	if fs.Lookup("format") != nil {
		vals := []string{"table", "json", "ndjson", "tsv"}
		switch cmd.name {
		case "export":
			vals = query.Formats
		case "query":
			vals = []string{"json", "ndjson"}
		}
		c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(vals, cobra.ShellCompDirectiveNoFileComp))
	}
	if cmd.name == "query" {
		c.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(queryLangs, cobra.ShellCompDirectiveNoFileComp))
	}
	synopsis := "graphquery " + use
	c.RunE = func(_ *cobra.Command, args []string) error {
		pos := args
		if n := len(cmd.args); n > 0 && strings.HasSuffix(cmd.args[n-1], "...") && len(pos) > n {
			pos = append(pos[:n-1:n-1], strings.Join(pos[n-1:], " ")) // an unquoted name of several words
		}
		if len(pos) != len(cmd.args) {
			switch {
			case len(cmd.args) == 0:
				return usageError{fmt.Sprintf("%s takes no arguments, got %q; see graphquery %s --help", cmd.name, args, cmd.name)}
			case len(args) < len(cmd.args):
				return usageError{fmt.Sprintf("%s needs %s; usage: %s", cmd.name, strings.Join(cmd.args[len(args):], " and "), synopsis)}
			default:
				return usageError{fmt.Sprintf("%s takes %d argument(s), got %q (quote a name with spaces); usage: %s", cmd.name, len(cmd.args), args, synopsis)}
			}
		}
		cc := &cmdContext{g: *g, args: pos, stdin: stdin, stdout: stdout, stderr: stderr}
		if f := fs.Lookup("format"); f != nil && f.Value.String() == "" {
			f.Value.Set(listingFormat(stdout))
		}
		if f := fs.Lookup("format"); f != nil && f.Value.String() == "table" {
			if w := tableWidth(stdout); w > 0 {
				cc.stdout = &query.Terminal{Writer: stdout, Width: w}
			}
		}
		defer func() {
			if cc.st != nil {
				cc.st.Close()
			}
		}()
		return runCmd(ctx, cc)
	}
	return c
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// writeFileAtomic writes path through a temporary file in the same
// directory, renamed over path only when write succeeds. A write that
// matched nothing (query.ErrNoMatch) still leaves its output.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %v", path, err)
	}
	werr := write(f)
	cerr := errors.Join(f.Chmod(0o644), f.Close())
	if (werr != nil && !errors.Is(werr, query.ErrNoMatch)) || cerr != nil {
		os.Remove(f.Name())
		if werr == nil {
			werr = fmt.Errorf("cannot write %s: %v", path, cerr)
		}
		return werr
	}
	if err := os.Rename(f.Name(), path); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cannot write %s: %v", path, err)
	}
	return werr
}

// selfCommand returns how to run this program again with args: the
// running executable, with the global flags this run was given.
func selfArgs(g globals, args ...string) (string, []string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", nil, fmt.Errorf("cannot find my own executable: %v", err)
	}
	return exe, append([]string{"--db", g.db, "--backend", g.backend}, args...), nil
}

var _ = time.Second
