package main

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/mattn/go-runewidth"
	"github.com/rogpeppe/go-internal/testscript"

	"graphbuild/internal/build"
	"graphbuild/internal/importer"
	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/internal/store/storetest"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"graphquery": main,
		"gq-load":    loadMain,
		"gq-hold":    holdMain,
		"gq-build":   buildMain,
		"gq-import":  importMain,
	})
}

// loadMain is gq-load BACKEND DB GRAPH...: it writes test graphs to a store,
// standing in for graphbuild. GRAPH is ar:ID (storetest.Sample) or en:ID
// (storetest.SampleEN).
func loadMain() {
	args := os.Args[1:]
	if len(args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: gq-load BACKEND DB ar:ID|en:ID...")
		os.Exit(2)
	}
	var gs []*kg.Graph
	for _, a := range args[2:] {
		lang, id, _ := strings.Cut(a, ":")
		switch lang {
		case "ar":
			gs = append(gs, storetest.Sample(id))
		case "en":
			gs = append(gs, storetest.SampleEN(id))
		default:
			fmt.Fprintf(os.Stderr, "gq-load: bad graph %q\n", a)
			os.Exit(2)
		}
	}
	ctx := context.Background()
	s, err := store.Open(ctx, store.Options{Backend: args[0], Path: args[1]})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gq-load:", err)
		os.Exit(1)
	}
	defer s.Close()
	st, err := s.WriteGraphs(ctx, gs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gq-load:", err)
		os.Exit(1)
	}
	n, _ := s.QuadCount(ctx)
	fmt.Printf("loaded %d documents, %d quads in the store\n", st.Documents, n)
}

// holdMain is gq-hold BACKEND DB SECONDS: it opens the store for writing,
// as a build does, creates DB.held and keeps the store until DB.release
// exists or SECONDS have passed.
func holdMain() {
	s, err := store.Open(context.Background(), store.Options{Backend: os.Args[1], Path: os.Args[2]})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gq-hold:", err)
		os.Exit(1)
	}
	os.WriteFile(os.Args[2]+".held", nil, 0o644)
	secs, _ := strconv.Atoi(os.Args[3])
	// Hold until the script creates DB.release (so a slow machine never
	// lets the hold lapse before the check), or SECONDS at most.
	deadline := time.Now().Add(time.Duration(secs) * time.Second)
	for time.Now().Before(deadline) {
		if _, err := os.Stat(os.Args[2] + ".release"); err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.Close()
}

// buildMain is gq-build BACKEND DB PATH...: it builds the store from
// articles as graphbuild does, through internal/build and the store.
func buildMain() {
	args := os.Args[1:]
	if len(args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: gq-build BACKEND DB PATH...")
		os.Exit(2)
	}
	ctx := context.Background()
	res, err := build.Extract(ctx, args[2:], build.Options{Jobs: 2})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gq-build:", err)
		os.Exit(1)
	}
	for _, f := range res.Failures {
		fmt.Fprintln(os.Stderr, "gq-build: not built:", f)
	}
	s, err := store.Open(ctx, store.Options{Backend: args[0], Path: args[1]})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gq-build:", err)
		os.Exit(1)
	}
	st, err := s.WriteGraphs(ctx, res.Graphs)
	if err == nil {
		err = s.Close()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gq-build:", err)
		os.Exit(1)
	}
	fmt.Printf("built %d documents, %d quads\n", st.Documents, st.Quads)
}

// importMain is gq-import BACKEND DB FILE...: what graphbuild --import does.
func importMain() {
	args := os.Args[1:]
	err := importer.Run(context.Background(), store.Options{Backend: args[0], Path: args[1]}, args[2:], os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gq-import:", err)
		os.Exit(1)
	}
}

func TestScripts(t *testing.T) {
	testscript.Run(t, scriptParams("testdata"))
}

// scriptParams are the test scripts' parameters: the commands and
// conditions they use, for the scripts in dir.
func scriptParams(dir string) testscript.Params {
	return testscript.Params{
		Dir:           dir,
		UpdateScripts: os.Getenv("UPDATE_SCRIPTS") != "",
		Setup: func(env *testscript.Env) error {
			env.Setenv("GRAPHBUILD_DB", "")
			env.Setenv("GRAPHBUILD_BACKEND", "")
			// The scripts read tables unless they ask for a format; piped
			// output is TSV otherwise (see tables.txtar). No $COLUMNS: the
			// tables are as wide as their cells unless a script sets it.
			env.Setenv("GRAPHQUERY_FORMAT", "table")
			env.Setenv("COLUMNS", "")
			env.Setenv("GRAPHBUILD_TEST_POSTGRES", os.Getenv("GRAPHBUILD_TEST_POSTGRES"))
			fixtures, err := filepath.Abs("../../fixtures")
			if err != nil {
				return err
			}
			env.Setenv("FIXTURES", fixtures)
			return nil
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "postgres":
				return os.Getenv("GRAPHBUILD_TEST_POSTGRES") != "", nil
			case "e2e":
				// The slow end-to-end scripts (child processes, servers,
				// external tools) run when GRAPHBUILD_E2E is set, as in CI
				// (.ci/run), so that go test ./... stays quick.
				return e2e(), nil
			case "networkx":
				// Debian's python3-networkx installs for the system Python.
				return exec.Command(systemPython, "-c", "import networkx").Run() == nil, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// maxcols N: no line of the last command's stdout is wider than N
			// terminal columns (as go-runewidth counts them).
			"maxcols": func(ts *testscript.TestScript, neg bool, args []string) {
				want, err := strconv.Atoi(args[0])
				ts.Check(err)
				widest := 0
				for _, line := range strings.Split(ts.ReadFile("stdout"), "\n") {
					widest = max(widest, runewidth.StringWidth(line))
				}
				if (widest > want) != neg {
					ts.Fatalf("the widest line is %d columns, want at most %d (neg %v)", widest, want, neg)
				}
			},
			// freeport: sets $PORT to a port free on 127.0.0.1.
			"freeport": func(ts *testscript.TestScript, neg bool, args []string) {
				ln, err := net.Listen("tcp", "127.0.0.1:0")
				ts.Check(err)
				ts.Setenv("PORT", fmt.Sprint(ln.Addr().(*net.TCPAddr).Port))
				ln.Close()
			},
			// httpget URL FILE [STATUS]: GET URL (retrying for up to 20s
			// while nothing listens), check the status (default 200) and
			// write the body to FILE; STATUS 0 accepts any outcome.
			// httppost URL BODY FILE [STATUS] POSTs.
			"httpget":  httpCmd("GET"),
			"httppost": httpCmd("POST"),
			// waitfile FILE: wait up to 20s for FILE to exist.
			"waitfile": func(ts *testscript.TestScript, neg bool, args []string) {
				deadline := time.Now().Add(20 * time.Second)
				for {
					if _, err := os.Stat(ts.MkAbs(args[0])); err == nil {
						return
					}
					if time.Now().After(deadline) {
						ts.Fatalf("%s did not appear", args[0])
					}
					time.Sleep(20 * time.Millisecond)
				}
			},
			// pgfresh NAME: a fresh, empty PostgreSQL schema NAME; sets $PG
			// to a connection string using it.
			"pgfresh": func(ts *testscript.TestScript, neg bool, args []string) {
				base := os.Getenv("GRAPHBUILD_TEST_POSTGRES")
				db, err := sql.Open("postgres", base)
				ts.Check(err)
				defer db.Close()
				_, err = db.Exec(`DROP SCHEMA IF EXISTS ` + args[0] + ` CASCADE; CREATE SCHEMA ` + args[0])
				ts.Check(err)
				u, err := url.Parse(base)
				ts.Check(err)
				q := u.Query()
				q.Set("search_path", args[0])
				u.RawQuery = q.Encode()
				ts.Setenv("PG", u.String())
			},
			// nquads-check FILE N: FILE parses line by line with quad's
			// N-Quads reader into N quads, every one with an IRI label, and
			// they read back as graphs.
			"nquads-check": func(ts *testscript.TestScript, neg bool, args []string) {
				f, err := os.Open(ts.MkAbs(args[0]))
				ts.Check(err)
				defer f.Close()
				sc := bufio.NewScanner(f)
				sc.Buffer(nil, 1<<20)
				n := 0
				var all []quad.Quad
				for line := 1; sc.Scan(); line++ {
					r := nquads.NewReader(strings.NewReader(sc.Text()+"\n"), false)
					q, err := r.ReadQuad()
					if err != nil && err != io.EOF {
						ts.Fatalf("line %d: %v: %s", line, err, sc.Text())
					}
					if err == io.EOF {
						continue
					}
					if _, ok := q.Label.(quad.IRI); !ok {
						ts.Fatalf("line %d: no IRI label: %s", line, sc.Text())
					}
					n++
					all = append(all, q)
				}
				ts.Check(sc.Err())
				if _, err := rdf.FromQuads(all); err != nil {
					ts.Fatalf("the quads do not read back as graphs: %v", err)
				}
				if want, _ := strconv.Atoi(args[1]); n != want {
					ts.Fatalf("%d quads, want %d", n, want)
				}
			},
		},
	}
}

const systemPython = "/usr/bin/python3"

// e2e reports whether the slow end-to-end tests run (GRAPHBUILD_E2E=1).
func e2e() bool { return os.Getenv("GRAPHBUILD_E2E") != "" }

func httpCmd(method string) func(ts *testscript.TestScript, neg bool, args []string) {
	return func(ts *testscript.TestScript, neg bool, args []string) {
		var body io.Reader
		if method == "POST" {
			if len(args) < 3 {
				ts.Fatalf("usage: httppost URL BODY FILE [STATUS]")
			}
			body = strings.NewReader(args[1])
			args = append(args[:1], args[2:]...)
		}
		if len(args) < 2 {
			ts.Fatalf("usage: httpget URL FILE [STATUS]")
		}
		want := 200
		if len(args) > 2 {
			want, _ = strconv.Atoi(args[2])
		}
		err := httpDo(ts, method, args[0], body, args[1], want)
		switch {
		case want == 0: // STATUS 0: anything goes, a dropped connection too
		case err != nil && !neg:
			ts.Fatalf("%v", err)
		case err == nil && neg:
			ts.Fatalf("%s %s: unexpected success", method, args[0])
		}
	}
}

func httpDo(ts *testscript.TestScript, method, url string, body io.Reader, file string, want int) error {
	deadline := time.Now().Add(20 * time.Second)
	for {
		req, err := http.NewRequest(method, url, body)
		ts.Check(err)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			if method != "GET" || time.Now().After(deadline) { // a POST body is spent: no retry
				return fmt.Errorf("%s %s: %v", method, url, err)
			}
			time.Sleep(100 * time.Millisecond)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		ts.Check(os.WriteFile(ts.MkAbs(file), b, 0o644))
		if resp.StatusCode != want && want != 0 {
			return fmt.Errorf("%s %s: status %d, want %d: %s", method, url, resp.StatusCode, want, b)
		}
		return nil
	}
}
