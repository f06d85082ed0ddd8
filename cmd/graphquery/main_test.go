package main

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/rogpeppe/go-internal/testscript"

	"graphbuild/internal/kg"
	"graphbuild/internal/store"
	"graphbuild/internal/store/storetest"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"graphquery": main,
		"gq-load":    loadMain,
		"gq-hold":    holdMain,
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
// as a build does, creates DB.held and keeps the store for SECONDS.
func holdMain() {
	s, err := store.Open(context.Background(), store.Options{Backend: os.Args[1], Path: os.Args[2]})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gq-hold:", err)
		os.Exit(1)
	}
	os.WriteFile(os.Args[2]+".held", nil, 0o644)
	secs, _ := strconv.Atoi(os.Args[3])
	time.Sleep(time.Duration(secs) * time.Second)
	s.Close()
}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata",
		UpdateScripts: os.Getenv("UPDATE_SCRIPTS") != "",
		Setup: func(env *testscript.Env) error {
			env.Setenv("GRAPHBUILD_DB", "")
			env.Setenv("GRAPHBUILD_BACKEND", "")
			env.Setenv("GRAPHBUILD_TEST_POSTGRES", os.Getenv("GRAPHBUILD_TEST_POSTGRES"))
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond == "postgres" {
				return os.Getenv("GRAPHBUILD_TEST_POSTGRES") != "", nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
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
				if _, err := kg.FromQuads(all); err != nil {
					ts.Fatalf("the quads do not read back as graphs: %v", err)
				}
				if want, _ := strconv.Atoi(args[1]); n != want {
					ts.Fatalf("%d quads, want %d", n, want)
				}
			},
		},
	})
}
