package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cayleygraph/quad/nquads"
	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"graphbuild": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/*.txtar. $FIXTURES is
// the repository's fixtures directory.
func TestScripts(t *testing.T) {
	fixtures, err := filepath.Abs(filepath.Join("..", "..", "fixtures"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata",
		Setup: func(env *testscript.Env) error {
			env.Setenv("FIXTURES", fixtures)
			env.Setenv("GRAPHBUILD_DB", "")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"nquads-parse": nquadsParse,
		},
		Condition: func(cond string) (bool, error) {
			if cond == "e2e" { // the slow end-to-end scripts: GRAPHBUILD_E2E=1 (.ci/run sets it)
				return os.Getenv("GRAPHBUILD_E2E") != "", nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}

// nquadsParse FILE N: every line of FILE parses with quad's N-Quads reader,
// and at least N quads are read.
func nquadsParse(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: nquads-parse FILE MIN")
	}
	f, err := os.Open(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			continue
		}
		r := nquads.NewReader(strings.NewReader(line+"\n"), false)
		if _, err := r.ReadQuad(); err != nil {
			if neg {
				return
			}
			ts.Fatalf("line %d does not parse: %v: %s", n+1, err, line)
		}
		n++
	}
	ts.Check(sc.Err())
	var want int
	for _, c := range args[1] {
		want = want*10 + int(c-'0')
	}
	if n < want && !neg {
		ts.Fatalf("%d quads, want at least %d", n, want)
	}
}

// TestSummaryCountsMerged: the summary counts entities as the store holds
// them, merged across articles, and says the count article by article too.
func TestSummaryCountsMerged(t *testing.T) {
	dir := t.TempDir()
	art := "Orbital Compute, a startup based in Lisbon, raised €25m, its founder Ana Ribeiro said.\n"
	for _, f := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte(art), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errb strings.Builder
	if code := run([]string{"--db", filepath.Join(dir, "g.db"), filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	m := regexp.MustCompile(`: (\d+) entities \(.*, (\d+) counted article by article\)`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("summary %q", out.String())
	}
	merged, perArticle := atoi(m[1]), atoi(m[2])
	if merged == 0 || perArticle != 2*merged {
		t.Errorf("merged %d, article by article %d: want twice as many article by article (two copies of one article)", merged, perArticle)
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
