package main

import (
	"bufio"
	"os"
	"path/filepath"
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
