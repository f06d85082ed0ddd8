package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"graphbuild/internal/query"
)

// The query command runs a query in Cayley's own languages. A Go panic
// inside Gizmo happens on a goroutine of Cayley's (its JavaScript runs
// there) and cannot be recovered, so the query runs in a child process
// (this program, hidden command __query): when Cayley crashes, the child
// dies, and graphquery says so in one line and exits 1. The child also gets
// killed if it outlives its timeout. The parent never opens the store, so
// the child can (an embedded store admits one process).

var queryLangs = []string{"gizmo", "graphql", "mql"}

var queryCommand = command{name: "query", args: []string{"QUERY"},
	summary: "Run a query in one of Cayley's languages, for what the other commands do not\n" +
		"cover, and print its results as JSON. QUERY - reads the query from standard\n" +
		"input. Predicates are stored as IRIs: <https://graphbuild.dev/ns#worksAt>,\n" +
		"names as <https://graphbuild.dev/ns#name> (see schema/README.md). A query that\n" +
		"crashes inside Cayley is contained: graphquery reports it and exits 1.",
	examples: `  graphquery query 'g.V("<https://graphbuild.dev/id/organization/n-lumora>").In("<https://graphbuild.dev/ns#worksAt>").Out("<https://graphbuild.dev/ns#name>").All()'
  graphquery query --lang graphql '{ nodes(id: "<https://graphbuild.dev/id/organization/n-lumora>") { id } }'
  graphquery query --lang mql '[{"id": null, "<https://graphbuild.dev/ns#worksAt>": "<https://graphbuild.dev/id/organization/n-lumora>"}]'
  echo 'g.V().Has("<https://graphbuild.dev/ns#lang>", "ar").All()' | graphquery query --limit 10 -`,
	flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
		lang := fs.String("lang", "gizmo", "the query language: gizmo, graphql or mql")
		timeout := fs.Duration("timeout", 10*time.Second, "stop the query after this long")
		limit := fs.Int("limit", 100, "return at most N results (0: no limit)")
		format := fs.String("format", "json", "output: json (one array) or ndjson (one result a line)")
		return func(ctx context.Context, c *cmdContext) error {
			if !containsStr(queryLangs, *lang) {
				return usageError{fmt.Sprintf("unknown query language %q; choose one of %s", *lang, strings.Join(queryLangs, ", "))}
			}
			if *format != "json" && *format != "ndjson" {
				return usageError{fmt.Sprintf("query prints JSON: --format json or ndjson, not %q", *format)}
			}
			if *timeout <= 0 || *limit < 0 {
				return usageError{"--timeout must be positive and --limit at least 0"}
			}
			q := c.args[0]
			if q == "-" {
				b, err := io.ReadAll(c.stdin)
				if err != nil {
					return fmt.Errorf("reading the query from standard input: %v", err)
				}
				q = string(b)
			}
			if strings.TrimSpace(q) == "" {
				return usageError{"the query is empty"}
			}
			exe, args, err := selfArgs(c.g, "__query", "--lang", *lang, "--timeout", timeout.String(),
				"--limit", fmt.Sprint(*limit), "--format", *format)
			if err != nil {
				return err
			}
			cctx, cancel := context.WithTimeout(ctx, *timeout+5*time.Second)
			defer cancel()
			cmd := exec.CommandContext(cctx, exe, args...)
			cmd.Stdin = strings.NewReader(q)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			runErr := cmd.Run()
			if msg, ok := panicMessage(stderr.String()); ok {
				return fmt.Errorf("the %s query crashed inside Cayley (%s); graphquery contained it: check the query's steps and their arguments", *lang, msg)
			}
			if cctx.Err() != nil {
				return fmt.Errorf("the %s query did not stop after %v and was killed", *lang, *timeout)
			}
			c.stdout.Write(stdout.Bytes())
			c.stderr.Write(stderr.Bytes())
			var ee *exec.ExitError
			if errors.As(runErr, &ee) {
				return exitError{ee.ExitCode()}
			}
			return runErr
		}
	}}

var panicRE = regexp.MustCompile(`(?m)^panic: (.*?)(?: \[recovered.*\])?$`)

// panicMessage finds a Go panic in a child's standard error.
func panicMessage(stderr string) (string, bool) {
	m := panicRE.FindStringSubmatch(stderr)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// queryWorkerCommand is the child the query command runs: it reads the
// query from standard input, runs it and prints the results.
var queryWorkerCommand = command{name: "__query", hidden: true, summary: "internal: run a query for graphquery query",
	flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
		lang := fs.String("lang", "gizmo", "")
		timeout := fs.Duration("timeout", 10*time.Second, "")
		limit := fs.Int("limit", 100, "")
		format := fs.String("format", "json", "")
		return func(ctx context.Context, c *cmdContext) error {
			b, err := io.ReadAll(c.stdin)
			if err != nil {
				return err
			}
			if err := c.open(ctx); err != nil {
				return err
			}
			res, err := c.st.Query(ctx, *lang, string(b), *limit, *timeout)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(c.stdout)
			enc.SetEscapeHTML(false)
			if *format == "ndjson" {
				for _, r := range res {
					if err := enc.Encode(r); err != nil {
						return err
					}
				}
			} else {
				enc.SetIndent("", "  ")
				if res == nil {
					res = []any{}
				}
				if err := enc.Encode(res); err != nil {
					return err
				}
			}
			if len(res) == 0 {
				return fmt.Errorf("the query matched nothing: %w", query.ErrNoMatch)
			}
			return nil
		}
	}}
