// Command graphquery reads the graph graphbuild built: exports it as JSON,
// N-Quads or JSON-LD, lists documents and entities, and shows who said what.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"graphbuild/internal/query"
	"graphbuild/internal/store"
)

const usage = `graphquery reads the graph graphbuild built.

Usage:
  graphquery [--db PATH] [--backend NAME] COMMAND [flags]

Commands:
  export     write the graph as JSON (export-json.md), N-Quads or JSON-LD
  docs       list the documents
  entities   list the entities, merged across documents
  who-said   who said what: speaker, title, organization, quote, document

Global flags (before or after the command):
%s
Examples:
  graphquery who-said
  graphquery export --format json > graph.json
  graphquery export --format nquads --doc 000_f916ffd0b0f07bb2 -o doc.nq
  graphquery entities --type person
  graphquery --backend postgres --db 'postgres://postgres@127.0.0.1:5432/test?sslmode=disable' docs

Exit status: 0 on success, 1 when nothing matched or on an error, 2 on a usage error.
Run 'graphquery COMMAND --help' for a command's flags.
`

type globals struct {
	db, backend string
}

func globalFlags(g *globals) *pflag.FlagSet {
	fs := pflag.NewFlagSet("global", pflag.ContinueOnError)
	db := os.Getenv("GRAPHBUILD_DB")
	if db == "" {
		db = "./graph.db"
	}
	backend := os.Getenv("GRAPHBUILD_BACKEND")
	if backend == "" {
		backend = store.DefaultBackend
	}
	fs.StringVar(&g.db, "db", db, "the store: a directory, or a connection string for postgres ($GRAPHBUILD_DB)")
	fs.StringVar(&g.backend, "backend", backend, "store backend: "+strings.Join(store.Backends(), ", ")+" ($GRAPHBUILD_BACKEND)")
	return fs
}

// usageError is a bad command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	err := dispatch(ctx, args, stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, pflag.ErrHelp):
		return 0
	case errors.As(err, new(usageError)) || errors.Is(err, query.ErrUsage):
		fmt.Fprintf(stderr, "graphquery: %v\n", err)
		return 2
	default:
		fmt.Fprintf(stderr, "graphquery: %v\n", err)
		return 1
	}
}

type command struct {
	name, summary, examples string
	flags                   func(fs *pflag.FlagSet) func(ctx context.Context, c *cmdContext) error
}

type cmdContext struct {
	g      globals
	args   []string
	stdout io.Writer
	st     *store.Store
}

var commands = []command{
	{name: "export", summary: "Write the graph, or some documents of it, to stdout or a file.",
		examples: `  graphquery export --format json > graph.json
  graphquery export --format nquads --doc 000_f916ffd0b0f07bb2
  graphquery export --format jsonld -o graph.jsonld --force`,
		flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
			format := fs.String("format", "json", "json, nquads or jsonld")
			docs := fs.StringArray("doc", nil, "export only this document: its short id or IRI (repeatable)")
			out := fs.StringP("output", "o", "", "write to FILE instead of stdout")
			force := fs.Bool("force", false, "overwrite the --output file when it exists")
			return func(ctx context.Context, c *cmdContext) error {
				if !containsStr(query.Formats, *format) {
					return usageError{fmt.Sprintf("unknown format %q; choose one of %s", *format, strings.Join(query.Formats, ", "))}
				}
				if *out != "" && !*force {
					if _, err := os.Stat(*out); err == nil {
						return usageError{fmt.Sprintf("%s exists; pass --force to overwrite it", *out)}
					}
				}
				if err := c.open(ctx); err != nil {
					return err
				}
				iris, err := query.ResolveDocs(ctx, c.st, *docs)
				if err != nil {
					return err
				}
				if *out == "" {
					return query.Export(ctx, c.st, c.stdout, *format, iris...)
				}
				return writeFileAtomic(*out, func(w io.Writer) error {
					return query.Export(ctx, c.st, w, *format, iris...)
				})
			}
		}},
	{name: "docs", summary: "List the documents of the store.",
		examples: `  graphquery docs`,
		flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
			return func(ctx context.Context, c *cmdContext) error {
				if err := c.open(ctx); err != nil {
					return err
				}
				return query.Docs(ctx, c.st, c.stdout)
			}
		}},
	{name: "entities", summary: "List the entities, merged across documents.",
		examples: `  graphquery entities
  graphquery entities --type Person`,
		flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
			typ := fs.String("type", "", "only entities of this type: Person, Organization, Product, Place, Event")
			docs := fs.StringArray("doc", nil, "only entities of this document (repeatable)")
			return func(ctx context.Context, c *cmdContext) error {
				if *typ != "" {
					if _, err := query.EntityType(*typ); err != nil {
						return err
					}
				}
				if err := c.open(ctx); err != nil {
					return err
				}
				iris, err := query.ResolveDocs(ctx, c.st, *docs)
				if err != nil {
					return err
				}
				return query.Entities(ctx, c.st, c.stdout, *typ, iris...)
			}
		}},
	{name: "who-said", summary: "Show who said what: speaker, title, organization, quote, document.\nDirect quotes are shown in “”.",
		examples: `  graphquery who-said
  graphquery who-said --doc 000_f916ffd0b0f07bb2`,
		flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
			docs := fs.StringArray("doc", nil, "only quotes of this document (repeatable)")
			return func(ctx context.Context, c *cmdContext) error {
				if err := c.open(ctx); err != nil {
					return err
				}
				iris, err := query.ResolveDocs(ctx, c.st, *docs)
				if err != nil {
					return err
				}
				qs, err := query.WhoSaid(ctx, c.st, iris...)
				if err != nil {
					return err
				}
				return query.WriteWhoSaid(c.stdout, qs)
			}
		}},
}

func (c *cmdContext) open(ctx context.Context) error {
	if !containsStr(store.Backends(), c.g.backend) {
		return usageError{fmt.Sprintf("unknown backend %q; choose one of %s", c.g.backend, strings.Join(store.Backends(), ", "))}
	}
	if c.g.backend == "memstore" {
		return usageError{"backend memstore keeps nothing between runs; graphquery needs a stored graph"}
	}
	st, err := store.Open(ctx, store.Options{Backend: c.g.backend, Path: c.g.db, ReadOnly: true})
	if err != nil {
		return err
	}
	c.st = st
	return nil
}

func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var g globals
	top := globalFlags(&g)
	top.SetInterspersed(false)
	help := top.BoolP("help", "h", false, "show this help")
	top.SetOutput(io.Discard)
	topUsage := func() { fmt.Fprintf(stdout, usage, top.FlagUsages()) }
	if err := top.Parse(args); err != nil {
		return usageError{err.Error() + "; see graphquery --help"}
	}
	if *help {
		topUsage()
		return nil
	}
	if top.NArg() == 0 {
		return usageError{"no command; see graphquery --help"}
	}
	name := top.Arg(0)
	if name == "help" {
		topUsage()
		return nil
	}
	var cmd *command
	for i := range commands {
		if commands[i].name == name {
			cmd = &commands[i]
		}
	}
	if cmd == nil {
		var names []string
		for _, c := range commands {
			names = append(names, c.name)
		}
		return usageError{fmt.Sprintf("unknown command %q; choose one of %s", name, strings.Join(names, ", "))}
	}
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	runCmd := cmd.flags(fs)
	fs.AddFlagSet(globalFlagsBound(&g, top))
	cmdHelp := fs.BoolP("help", "h", false, "show this help")
	if err := fs.Parse(top.Args()[1:]); err != nil {
		return usageError{fmt.Sprintf("%s: %v; see graphquery %s --help", name, err, name)}
	}
	if *cmdHelp {
		fmt.Fprintf(stdout, "%s\n\nUsage:\n  graphquery %s [flags]\n\nFlags:\n%s\nExamples:\n%s\n", cmd.summary, name, fs.FlagUsages(), cmd.examples)
		return nil
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("%s takes no arguments, got %q; see graphquery %s --help", name, fs.Args(), name)}
	}
	c := &cmdContext{g: g, stdout: stdout}
	defer func() {
		if c.st != nil {
			c.st.Close()
		}
	}()
	return runCmd(ctx, c)
}

// globalFlagsBound returns --db and --backend for a command's flag set,
// bound to the same variables and defaulting to what was given before the
// command, so the global flags may come before or after it.
func globalFlagsBound(g *globals, top *pflag.FlagSet) *pflag.FlagSet {
	fs := pflag.NewFlagSet("global", pflag.ContinueOnError)
	fs.StringVar(&g.db, "db", g.db, top.Lookup("db").Usage)
	fs.StringVar(&g.backend, "backend", g.backend, top.Lookup("backend").Usage)
	return fs
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
