package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"graphbuild/internal/store"
)

// The reliability battery (issue 15): bad inputs a newsroom archive meets,
// each with the one-line messages and exit status graphbuild must give, and
// the documents the store must hold afterwards (the good inputs built,
// nothing lost, nothing hanging). Run it with
//
//	go test ./cmd/graphbuild -run Reliability -v
//
// GRAPHBUILD_RELIABILITY_TABLE=FILE writes the results as a Markdown table.
// GRAPHBUILD_RELIABILITY_HEAVY=1 runs the longer kill -9 trials
// (reliability_kill_test.go); GRAPHBUILD_TEST_POSTGRES adds PostgreSQL.

const (
	goodEN = "Orbital Compute raises money\n\nOrbital Compute, a startup based in Lisbon, raised €25m, its founder Ana Ribeiro said.\n"
	goodAR = "رقيم تجمع التمويل\n\nقالت شركة رقيم إنها جمعت 20 مليون دولار، بحسب رئيسها التنفيذي عمر الشمري.\n"
	notReg = "; graphbuild reads only regular files, directories and - \\(standard input\\)$"
)

func jl(id, text string) string { return fmt.Sprintf(`{"id":%q,"text":%q}`, id, text) + "\n" }

type batteryCase struct {
	name   string
	files  map[string]string              // relative path → content
	setup  func(t *testing.T, dir string) // FIFOs, links, devices, modes
	args   []string                       // after --db g.db (paths relative to the case directory)
	stdin  string
	code   int
	stderr []string // regexps: every stderr line matches one, every one matches a line
	docs   int      // documents in the store afterwards
	root   bool     // needs a non-root user (permissions)
}

func batteryCases() []batteryCase {
	many := ""
	for i := 1; i <= 30; i++ {
		if i%6 == 0 {
			many += jl(fmt.Sprint("ok", i), goodEN)
		} else {
			many += fmt.Sprintf("{\"id\": \"bad%d\"\n", i)
		}
	}
	big := strings.Repeat("Orbital Compute raised money. ", 50_000) // 1.5 MB
	return []batteryCase{
		{name: "good text file", files: map[string]string{"a.txt": goodEN}, args: []string{"a.txt"}, code: 0, docs: 1},
		{name: "empty file", files: map[string]string{"e.txt": "", "a.txt": goodEN}, args: []string{"e.txt", "a.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: e.txt: empty input; nothing to build$`}, docs: 1},
		{name: "whitespace only", files: map[string]string{"w.txt": " \n\t\r\n", "a.txt": goodEN}, args: []string{"w.txt", "a.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: w.txt: empty input; nothing to build$`}, docs: 1},
		{name: "binary file", files: map[string]string{"b.txt": "ELF\x00\x01\x02", "a.txt": goodEN}, args: []string{"b.txt", "a.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: b.txt: binary file \(it holds NUL bytes\); give text, HTML or JSON lines$`}, docs: 1},
		{name: "invalid UTF-8 (Latin-1)", files: map[string]string{"l.txt": "caf\xe9 au lait", "a.txt": goodEN}, args: []string{"l.txt", "a.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: l.txt: not valid UTF-8 \(first bad byte at offset 3\); convert it to UTF-8 first, e.g. with iconv$`}, docs: 1},
		{name: "UTF-16 with BOM", files: map[string]string{"u.txt": "\xff\xfeh\x00i\x00", "a.txt": goodEN}, args: []string{"u.txt", "a.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: u.txt: (UTF-16 text; convert it to UTF-8 first, e.g. with iconv -f UTF-16 -t UTF-8|binary file .*)$`}, docs: 1},
		{name: "UTF-8 BOM text", files: map[string]string{"bom.txt": "\ufeff" + goodEN}, args: []string{"bom.txt"}, code: 0, docs: 1},
		{name: "UTF-8 BOM JSON lines", files: map[string]string{"bom.jsonl": "\ufeff" + jl("a", goodEN) + jl("b", goodAR)}, args: []string{"bom.jsonl"}, code: 0, docs: 2},
		{name: "document over --max-doc-size", files: map[string]string{"big.txt": big, "a.txt": goodEN}, args: []string{"--max-doc-size", "1MB", "big.txt", "a.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: big.txt: document of 1.4MB is over the limit of 1MB per document; raise it with --max-doc-size 2MB$`}, docs: 1},
		{name: "--max-doc-size raised", files: map[string]string{"big.txt": big[:300_000]}, args: []string{"--max-doc-size", "512KB", "big.txt"}, code: 0, docs: 1},
		{name: "--max-doc-size nonsense", files: map[string]string{"a.txt": goodEN}, args: []string{"--max-doc-size", "lots", "a.txt"}, code: 2,
			stderr: []string{`^graphbuild: --max-doc-size: size "lots": give a positive size such as 16MB, 512KB or 1GB$`}, docs: 0},
		{name: "JSON line over the limit", files: map[string]string{"f.jsonl": jl("big", big) + jl("a", goodEN)}, args: []string{"--max-doc-size", "1MB", "f.jsonl"}, code: 1,
			stderr: []string{`^graphbuild: not built: f.jsonl:1: document of 1.4MB is over the limit of 1MB per document; raise it with --max-doc-size 2MB$`}, docs: 1},
		{name: "truncated JSON line (last)", files: map[string]string{"f.jsonl": jl("a", goodEN) + jl("b", goodAR) + `{"id":"c","text":"Orbit`}, args: []string{"f.jsonl"}, code: 1,
			stderr: []string{`^graphbuild: not built: f.jsonl:3: truncated JSON \(the line ends inside the object\); each line must be one whole article$`}, docs: 2},
		{name: "truncated JSON line (middle)", files: map[string]string{"f.jsonl": jl("a", goodEN) + `{"id":"c","text":"Orbit` + "\n" + jl("b", goodAR)}, args: []string{"f.jsonl"}, code: 1,
			stderr: []string{`^graphbuild: not built: f.jsonl:2: truncated JSON \(the line ends inside the object\); each line must be one whole article$`}, docs: 2},
		{name: "JSON line not an object", files: map[string]string{"f.jsonl": jl("a", goodEN) + `["x"]` + "\n"}, args: []string{"f.jsonl"}, code: 1,
			stderr: []string{`^graphbuild: not built: f.jsonl:2: not a JSON object \(.*\); each line must be one article$`}, docs: 1},
		{name: "JSON line without id", files: map[string]string{"f.jsonl": jl("a", goodEN) + `{"text":"x"}` + "\n"}, args: []string{"f.jsonl"}, code: 1,
			stderr: []string{`^graphbuild: not built: f.jsonl:2: each line needs "id" and "text"$`}, docs: 1},
		{name: "JSON line without text", files: map[string]string{"f.jsonl": `{"id":"x"}` + "\n" + jl("a", goodEN)}, args: []string{"f.jsonl"}, code: 1,
			stderr: []string{`^graphbuild: not built: f.jsonl:1: each line needs "id" and "text"$`}, docs: 1},
		{name: "JSON line with a bad lang", files: map[string]string{"f.jsonl": `{"id":"x","text":"bonjour","lang":"fr"}` + "\n" + jl("a", goodEN)}, args: []string{"f.jsonl"}, code: 1,
			stderr: []string{`^graphbuild: not built: f.jsonl:1: "lang" is "fr"; use "ar" or "en", or leave it out to detect$`}, docs: 1},
		{name: "duplicate id in one file", files: map[string]string{"f.jsonl": jl("a", goodEN) + jl("a", goodAR)}, args: []string{"f.jsonl"}, code: 1,
			stderr: []string{`^graphbuild: not built: f.jsonl:2: (document id "a" is already used by f.jsonl:1; rename one of them|id "a" already used on line 1; ids must be unique)$`}, docs: 1},
		{name: "ids differing by case and punctuation", files: map[string]string{"f.jsonl": jl("Doc-1", goodEN) + jl("doc 1", goodAR) + jl("DOC/1", goodEN+" ") + jl("!!!", goodAR+" ") + jl("???", goodEN+"  ")},
			args: []string{"f.jsonl"}, code: 0, docs: 5},
		{name: "same file name in two directories", files: map[string]string{"a/report.txt": goodEN, "b/report.txt": goodAR}, args: []string{"a", "b"}, code: 1,
			stderr: []string{`^graphbuild: not built: b/report.txt: document id "report" is already used by a/report.txt; rename one of them$`}, docs: 1},
		{name: "names differing by case in two directories", files: map[string]string{"a/Report.txt": goodEN, "b/report.txt": goodAR}, args: []string{"a", "b"}, code: 0, docs: 2},
		{name: "30 bad lines, 5 good", files: map[string]string{"f.jsonl": many}, args: []string{"f.jsonl"}, code: 1,
			stderr: []string{`^graphbuild: not built: f.jsonl:[0-9]+: truncated JSON \(the line ends inside the object\); each line must be one whole article$`,
				`^graphbuild: not built: f.jsonl: [0-9]+ more bad lines not named; fix the lines above and build again$`}, docs: 5},
		{name: "all lines bad", files: map[string]string{"f.jsonl": "nope\n{\n"}, args: []string{"f.jsonl"}, code: 1,
			stderr: []string{`^graphbuild: not built: f.jsonl:[12]: not a JSON object \(.*\); each line must be one article$`, `^graphbuild: not built: f.jsonl:2: truncated JSON .*$`}, docs: 0},
		{name: "JSON lines of blank lines", files: map[string]string{"f.jsonl": "\n\n  \n", "a.txt": goodEN}, args: []string{"f.jsonl", "a.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: f.jsonl: (empty input; nothing to build|no articles in this JSON lines file)$`}, docs: 1},
		{name: "JSON lines with CRLF", files: map[string]string{"f.jsonl": strings.ReplaceAll(jl("a", goodEN)+jl("b", goodAR), "\n", "\r\n")}, args: []string{"f.jsonl"}, code: 0, docs: 2},
		{name: "JSON line with empty text", files: map[string]string{"f.jsonl": jl("a", "") + jl("b", goodAR)}, args: []string{"f.jsonl"}, code: 0, docs: 2},
		{name: "missing path alone", args: []string{"nothing-here.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: nothing-here.txt: no such file or directory; check the path$`}, docs: 0},
		{name: "missing path among good ones", files: map[string]string{"a.txt": goodEN, "b.txt": goodAR}, args: []string{"a.txt", "missing.txt", "b.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: missing.txt: no such file or directory; check the path$`}, docs: 2},
		{name: "named FIFO", files: map[string]string{"a.txt": goodEN}, setup: mkfifo("pipe.txt"), args: []string{"pipe.txt", "a.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: pipe.txt: is a named pipe \(FIFO\), not a file` + notReg}, docs: 1},
		{name: "FIFO inside a directory", files: map[string]string{"d/a.txt": goodEN}, setup: mkfifo("d/pipe.txt"), args: []string{"d"}, code: 1,
			stderr: []string{`^graphbuild: not built: d/pipe.txt: is a named pipe \(FIFO\), not a file` + notReg}, docs: 1},
		{name: "symlink to a FIFO in a directory", files: map[string]string{"d/a.txt": goodEN}, setup: func(t *testing.T, dir string) {
			mkfifo("p")(t, dir)
			os.Symlink(filepath.Join(dir, "p"), filepath.Join(dir, "d", "link.txt"))
		}, args: []string{"d"}, code: 1,
			stderr: []string{`^graphbuild: not built: d/link.txt: is a named pipe \(FIFO\), not a file` + notReg}, docs: 1},
		{name: "/dev/zero", files: map[string]string{"a.txt": goodEN}, args: []string{"/dev/zero", "a.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: /dev/zero: is a device, not a file` + notReg}, docs: 1},
		{name: "/dev/null", files: map[string]string{"a.txt": goodEN}, args: []string{"/dev/null", "a.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: /dev/null: is a device, not a file` + notReg}, docs: 1},
		{name: "socket in a directory", files: map[string]string{"d/a.txt": goodEN}, setup: func(t *testing.T, dir string) {
			ln, err := net.Listen("unix", filepath.Join(dir, "d", "s.sock"))
			if err != nil {
				t.Skipf("no unix sockets: %v", err)
			}
			t.Cleanup(func() { ln.Close() })
		}, args: []string{"d"}, code: 1, stderr: []string{`^graphbuild: not built: d/s.sock: is a socket, not a file` + notReg}, docs: 1},
		{name: "unreadable file", root: true, files: map[string]string{"x.txt": goodEN, "a.txt": goodAR}, setup: chmod("x.txt", 0), args: []string{"x.txt", "a.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: x.txt: cannot read: permission denied$`}, docs: 1},
		{name: "unreadable subdirectory", root: true, files: map[string]string{"d/a.txt": goodEN, "d/s/b.txt": goodAR}, setup: chmod("d/s", 0), args: []string{"d"}, code: 1,
			stderr: []string{`^graphbuild: not built: d/s: cannot read: permission denied$`}, docs: 1},
		{name: "directory with mixed content", files: map[string]string{"d/a.txt": goodEN, "d/b.html": "<html><body><p>" + goodAR + "</p></body></html>", "d/c.png": "\x89PNG\x00", "d/notes.md": "x", "d/sub/e.jsonl": jl("e", goodEN)},
			args: []string{"d"}, code: 0, docs: 3},
		{name: "directory with nothing to read", files: map[string]string{"d/x.pdf": "%PDF", "a.txt": goodEN}, args: []string{"d", "a.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: d: directory holds no .txt, .html, .htm or .jsonl files$`}, docs: 1},
		{name: "empty directory", files: map[string]string{"a.txt": goodEN}, setup: func(t *testing.T, dir string) { os.Mkdir(filepath.Join(dir, "empty"), 0o755) },
			args: []string{"empty", "a.txt"}, code: 1, stderr: []string{`^graphbuild: not built: empty: directory holds no .txt, .html, .htm or .jsonl files$`}, docs: 1},
		{name: "unknown extension, text", files: map[string]string{"a.md": goodEN}, args: []string{"a.md"}, code: 0, docs: 1},
		{name: "unknown extension, binary", files: map[string]string{"a.pdf": "%PDF-1.4\x00\x00", "b.txt": goodEN}, args: []string{"a.pdf", "b.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: a.pdf: binary file \(it holds NUL bytes\); give text, HTML or JSON lines$`}, docs: 1},
		{name: "HTML with no visible text", files: map[string]string{"s.html": "<html><head><script>var x=1</script></head><body></body></html>", "a.txt": goodEN}, args: []string{"s.html", "a.txt"}, code: 1,
			stderr: []string{`^graphbuild: not built: s.html: HTML page with no visible text; nothing to build$`}, docs: 1},
		{name: "standard input", args: []string{"-"}, stdin: goodEN, code: 0, docs: 1},
		{name: "standard input empty", files: map[string]string{"a.txt": goodEN}, args: []string{"-", "a.txt"}, stdin: "", code: 1,
			stderr: []string{`^graphbuild: not built: -: empty input; nothing to build$`}, docs: 1},
		{name: "standard input binary", files: map[string]string{"a.txt": goodEN}, args: []string{"-", "a.txt"}, stdin: "\x00\x00\x00\x00", code: 1,
			stderr: []string{`^graphbuild: not built: -: binary (input|file) \(it holds NUL bytes\); give text, HTML or JSON lines$`}, docs: 1},
		{name: "symlink to a file", files: map[string]string{"real/a.txt": goodEN}, setup: func(t *testing.T, dir string) {
			os.Symlink(filepath.Join(dir, "real", "a.txt"), filepath.Join(dir, "link.txt"))
		}, args: []string{"link.txt"}, code: 0, docs: 1},
		{name: "broken symlink", files: map[string]string{"a.txt": goodEN}, setup: func(t *testing.T, dir string) {
			os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "broken.txt"))
		}, args: []string{"broken.txt", "a.txt"}, code: 1, stderr: []string{`^graphbuild: not built: broken.txt: no such file or directory; check the path$`}, docs: 1},
		{name: "file name with spaces and Arabic", files: map[string]string{"مقال جديد (1).txt": goodAR}, args: []string{"مقال جديد (1).txt"}, code: 0, docs: 1},
		{name: "one huge line, no newline", files: map[string]string{"h.txt": strings.Repeat("Orbital Compute raised money from Lisbon investors ", 8000)}, args: []string{"h.txt"}, code: 0, docs: 1},
		{name: "same path twice", files: map[string]string{"a.txt": goodEN}, args: []string{"a.txt", "./a.txt"}, code: 0, docs: 1},
		{name: "mixed Arabic and English article", files: map[string]string{"m.txt": goodAR + "\n" + goodEN + "\n\"We are growing,\" said Ana Ribeiro, founder of Orbital Compute.\n"}, args: []string{"m.txt"}, code: 0, docs: 1},
		{name: "--db is a file", files: map[string]string{"a.txt": goodEN, "file.db": "x"}, args: []string{"--db", "file.db", "a.txt"}, code: 1,
			stderr: []string{`^graphbuild: store file.db is a file, not a store directory; pass --db a directory \(it is created when missing\)$`}, docs: -1},
	}
}

func mkfifo(rel string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		p := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skipf("no FIFOs: %v", err)
		}
	}
}

func chmod(rel string, mode os.FileMode) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		p := filepath.Join(dir, rel)
		os.Chmod(p, mode)
		t.Cleanup(func() { os.Chmod(p, 0o755) })
	}
}

// runGraphbuild runs graphbuild in this process, failing when it does not
// return within the timeout (a hang).
func runGraphbuild(t *testing.T, args []string, stdin string, timeout time.Duration) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- run(args, strings.NewReader(stdin), &out, &errb) }()
	select {
	case code = <-done:
	case <-time.After(timeout):
		t.Fatalf("graphbuild %s hangs (no exit after %v)", strings.Join(args, " "), timeout)
	}
	return code, out.String(), errb.String()
}

func storeDocs(t *testing.T, db string) int {
	t.Helper()
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	st, err := store.Open(context.Background(), store.Options{Backend: "leveldb", Path: db, ReadOnly: true})
	if err != nil {
		t.Fatalf("opening %s after the build: %v", db, err)
	}
	defer st.Close()
	docs, err := st.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return len(docs)
}

// TestReliabilityBattery runs the battery of bad inputs.
func TestReliabilityBattery(t *testing.T) {
	t.Setenv("GRAPHBUILD_DB", "")
	t.Setenv("GRAPHBUILD_BACKEND", "")
	var table []string
	for _, c := range batteryCases() {
		t.Run(c.name, func(t *testing.T) {
			clean := true
			row := func(msg string, code int) {
				mark := "clean"
				if !clean {
					mark = "NOT clean"
				}
				table = append(table, fmt.Sprintf("| %s | %s | %d | %s |", c.name, strings.ReplaceAll(msg, "|", `\|`), code, mark))
			}
			if c.root && os.Geteuid() == 0 {
				table = append(table, fmt.Sprintf("| %s | (skipped: root reads every file) | - | - |", c.name))
				t.Skip("running as root: permissions do not stop root")
			}
			dir := t.TempDir()
			for rel, content := range c.files {
				p := filepath.Join(dir, rel)
				os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if c.setup != nil {
				c.setup(t, dir)
			}
			t.Chdir(dir)
			args := append([]string{"--db", "g.db"}, c.args...)
			code, _, stderr := runGraphbuild(t, args, c.stdin, 60*time.Second)
			lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
			if stderr == "" {
				lines = nil
			}
			if c.code >= 0 && code != c.code {
				clean = false
				t.Errorf("exit %d, want %d; stderr:\n%s", code, c.code, stderr)
			}
			used := make([]bool, len(c.stderr))
			for _, l := range lines {
				ok := false
				for i, re := range c.stderr {
					if regexp.MustCompile(re).MatchString(l) {
						ok, used[i] = true, true
					}
				}
				if !ok && c.code >= 0 {
					clean = false
					t.Errorf("unexpected stderr line %q", l)
				}
			}
			for i, u := range used {
				if !u {
					clean = false
					t.Errorf("no stderr line matches %q; stderr:\n%s", c.stderr[i], stderr)
				}
			}
			if c.docs >= 0 {
				if got := storeDocs(t, filepath.Join(dir, "g.db")); got != c.docs {
					clean = false
					t.Errorf("the store holds %d documents, want %d", got, c.docs)
				}
			}
			msg := "(none)"
			if len(lines) > 0 {
				msg = strings.Join(lines, " / ")
				if len(msg) > 160 {
					msg = msg[:160] + "…"
				}
			}
			row(msg, code)
		})
	}
	if f := os.Getenv("GRAPHBUILD_RELIABILITY_TABLE"); f != "" {
		os.WriteFile(f, []byte("| case | message | exit | result |\n|---|---|---|---|\n"+strings.Join(table, "\n")+"\n"), 0o644)
	}
}
