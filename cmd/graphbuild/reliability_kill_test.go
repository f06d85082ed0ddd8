package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"graphbuild/internal/importer"
	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/schema"
)

func heavy() bool { return os.Getenv("GRAPHBUILD_RELIABILITY_HEAVY") != "" }

// killCorpus writes n articles as JSON lines (the fixtures' text, each
// under several ids) and returns its path.
func killCorpus(t *testing.T, n int) string {
	t.Helper()
	fx, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "*.txt"))
	if len(fx) == 0 {
		t.Skip("no fixtures")
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		data, err := os.ReadFile(fx[i%len(fx)])
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(jl(fmt.Sprintf("k%03d", i), string(data)))
	}
	p := filepath.Join(t.TempDir(), "corpus.jsonl")
	os.WriteFile(p, []byte(b.String()), 0o644)
	return p
}

// storeQuads is every quad of the store, as sorted N-Quads lines.
func storeQuads(t *testing.T, opts store.Options) []string {
	t.Helper()
	opts.ReadOnly = true
	st, err := store.Open(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	qs, err := st.Quads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	slices.Sort(out)
	return out
}

func graphbuildExe(t *testing.T) string {
	t.Helper()
	exe, err := exec.LookPath("graphbuild") // testscript.Main puts it on $PATH
	if err != nil {
		t.Skipf("no graphbuild command: %v", err)
	}
	return exe
}

func buildArgs(opts store.Options, corpus string) []string {
	return []string{"--quiet", "--backend", opts.Backend, "--db", opts.Path, "--batch", "4", "--jobs", "2", corpus}
}

// TestReliabilityKill: a build killed with SIGKILL at a random moment,
// then run again, leaves exactly the store a clean build makes (LevelDB;
// PostgreSQL when GRAPHBUILD_TEST_POSTGRES is set). One trial by default,
// 12 (and 4 on PostgreSQL) with GRAPHBUILD_RELIABILITY_HEAVY=1.
func TestReliabilityKill(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	exe := graphbuildExe(t)
	n, trials, pgTrials := 16, 1, 1
	if heavy() {
		n, trials, pgTrials = 40, 12, 4
	}
	corpus := killCorpus(t, n)
	type backend struct {
		name   string
		trials int
		fresh  func(t *testing.T, i int) store.Options
	}
	backends := []backend{{"leveldb", trials, func(t *testing.T, i int) store.Options {
		return store.Options{Backend: "leveldb", Path: filepath.Join(t.TempDir(), fmt.Sprintf("g%d.db", i))}
	}}}
	if pg := os.Getenv("GRAPHBUILD_TEST_POSTGRES"); pg != "" {
		backends = append(backends, backend{"postgres", pgTrials, func(t *testing.T, i int) store.Options {
			return store.Options{Backend: "postgres", Path: freshSchema(t, pg, fmt.Sprintf("rel_kill_%d", i))}
		}})
	}
	for _, be := range backends {
		t.Run(be.name, func(t *testing.T) {
			clean := be.fresh(t, 0)
			start := time.Now()
			if out, err := exec.Command(exe, buildArgs(clean, corpus)...).CombinedOutput(); err != nil {
				t.Fatalf("clean build: %v\n%s", err, out)
			}
			took := time.Since(start)
			want := storeQuads(t, clean)
			rng := rand.New(rand.NewSource(time.Now().UnixNano()))
			for i := 1; i <= be.trials; i++ {
				opts := be.fresh(t, i)
				at := time.Duration(rng.Int63n(int64(took)))
				cmd := exec.Command(exe, buildArgs(opts, corpus)...)
				var out bytes.Buffer
				cmd.Stdout, cmd.Stderr = &out, &out
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				time.Sleep(at)
				cmd.Process.Signal(syscall.SIGKILL)
				cmd.Wait()
				if o, err := exec.Command(exe, buildArgs(opts, corpus)...).CombinedOutput(); err != nil {
					t.Fatalf("trial %d: the build after a kill at %v fails: %v\n%s", i, at, err, o)
				}
				got := storeQuads(t, opts)
				if !slices.Equal(got, want) {
					t.Errorf("trial %d (killed at %v of %v): the store differs from the clean build's: %d quads, want %d", i, at, took, len(got), len(want))
				} else {
					t.Logf("trial %d: killed at %v of %v; after the re-run the export equals the clean build's (%d quads)", i, at.Round(time.Millisecond), took.Round(time.Millisecond), len(got))
				}
			}
		})
	}
}

// freshSchema makes an empty PostgreSQL schema and returns a connection
// string that uses it.
func freshSchema(t *testing.T, base, name string) string {
	t.Helper()
	db, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`DROP SCHEMA IF EXISTS ` + name + ` CASCADE; CREATE SCHEMA ` + name); err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}

// TestReliabilityConcurrent: while a build holds the store, a reader and a
// second build are told within seconds who holds it and what to do, and
// the second build fails before extracting anything; afterwards both read.
func TestReliabilityConcurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	exe := graphbuildExe(t)
	corpus := killCorpus(t, 150) // long enough to outlast a reader's 2 s wait and a second build on an idle machine
	opts := store.Options{Backend: "leveldb", Path: filepath.Join(t.TempDir(), "g.db")}
	writer := exec.Command(exe, buildArgs(opts, corpus)...)
	var wout bytes.Buffer
	writer.Stdout, writer.Stderr = &wout, &wout
	if err := writer.Start(); err != nil {
		t.Fatal(err)
	}
	defer writer.Process.Kill()
	// Wait until the writer holds the store.
	deadline := time.Now().Add(20 * time.Second)
	for {
		if m, _ := filepath.Glob(filepath.Join(opts.Path, "HOLDER.*")); len(m) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the build never took the store:\n%s", wout.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	start := time.Now()
	_, err := store.Open(context.Background(), store.Options{Backend: "leveldb", Path: opts.Path, ReadOnly: true, Timeout: 2 * time.Second})
	took := time.Since(start)
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("is in use by a graphbuild build (pid %d, since ", writer.Process.Pid)) ||
		!strings.Contains(err.Error(), "wait for it to finish") {
		t.Errorf("a reader while the build runs: %v", err)
	}
	if took > 5*time.Second {
		t.Errorf("the reader waited %v", took)
	}
	other := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(other, []byte(goodEN), 0o644)
	start = time.Now()
	out, err := exec.Command(exe, "--db", opts.Path, other).CombinedOutput()
	took = time.Since(start)
	if err == nil || !strings.Contains(string(out), "is in use by a graphbuild build") {
		t.Errorf("a second build while the first runs: %v\n%s", err, out)
	}
	if took > 6*time.Second {
		t.Errorf("the second build took %v to fail", took)
	}
	if err := writer.Wait(); err != nil {
		t.Fatalf("the first build: %v\n%s", err, wout.String())
	}
	if m, _ := filepath.Glob(filepath.Join(opts.Path, "HOLDER.*")); len(m) > 0 {
		t.Errorf("holder notes left behind: %v", m)
	}
	if got := len(storeQuads(t, opts)); got == 0 {
		t.Error("nothing readable after the build")
	}
}

// TestReliabilityImportCLI: graphbuild --import of hostile files leaves
// the built articles as they were, and --dry-run writes nothing.
func TestReliabilityImportCLI(t *testing.T) {
	t.Setenv("GRAPHBUILD_DB", "")
	t.Setenv("GRAPHBUILD_BACKEND", "")
	dir := t.TempDir()
	t.Chdir(dir)
	os.WriteFile("a.txt", []byte(goodEN+"\n\"We are growing,\" said Ana Ribeiro, founder of Orbital Compute.\n"), 0o644)
	if code, _, stderr := runGraphbuild(t, []string{"--db", "g.db", "--quiet", "a.txt"}, "", time.Minute); code != 0 {
		t.Fatalf("build: %d %s", code, stderr)
	}
	opts := store.Options{Backend: "leveldb", Path: "g.db"}
	before := storeQuads(t, opts)
	doc := kg.DocIRI("a")
	ana := ""
	for _, q := range before {
		if strings.Contains(q, `"Ana Ribeiro"`) && strings.Contains(q, rdf.PropName) {
			ana = strings.Fields(q)[0]
			ana = strings.Trim(ana, "<>")
		}
	}
	if ana == "" {
		t.Fatalf("no Ana Ribeiro in the build:\n%s", strings.Join(before, "\n"))
	}
	org, _ := schema.Organization.Info()
	hostile := nq(doc, schema.RDFType, "<"+rdf.ClassDocument+">", doc) + nq(doc, rdf.PropDocID, `"a"`, doc) + nq(doc, rdf.PropLang, `"en"`, doc) +
		nq(doc, rdf.PropMentions, "<"+ana+">", doc) + nq(ana, schema.RDFType, "<"+org.IRI+">", doc) + nq(ana, rdf.PropName, `"HACKED NAME"`, doc)
	os.WriteFile("evil.nq", []byte(hostile), 0o644)
	code, stdout, stderr := runGraphbuild(t, []string{"--db", "g.db", "--import", "evil.nq", "--dry-run"}, "", time.Minute)
	if code != 0 || !strings.Contains(stdout, "dry run: nothing was written") || !strings.Contains(stdout, "type Organization set aside") {
		t.Errorf("--dry-run: %d\n%s%s", code, stdout, stderr)
	}
	if !slices.Equal(storeQuads(t, opts), before) {
		t.Error("--dry-run changed the store")
	}
	code, stdout, stderr = runGraphbuild(t, []string{"--db", "g.db", "--import", "evil.nq"}, "", time.Minute)
	if code != 0 {
		t.Fatalf("--import: %d %s", code, stderr)
	}
	after := storeQuads(t, opts)
	for _, q := range before {
		if !slices.Contains(after, q) {
			t.Errorf("the import removed %s", q)
		}
	}
	for _, q := range after {
		if strings.HasPrefix(q, "<"+ana+"> <"+rdf.PropName+">") && strings.Contains(q, "HACKED") {
			t.Errorf("the import renamed the person: %s", q)
		}
		if strings.HasPrefix(q, "<"+ana+"> <"+schema.RDFType+">") && strings.Contains(q, org.IRI) {
			t.Errorf("the import retyped the person: %s", q)
		}
	}
	if !strings.Contains(stdout, importer.ImportPrefix) && !strings.Contains(stdout, "imported evil.nq") {
		t.Errorf("--import said %q", stdout)
	}
}

func nq(s, p, o, label string) string { return "<" + s + "> <" + p + "> " + o + " <" + label + "> .\n" }
