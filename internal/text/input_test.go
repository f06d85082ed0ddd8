package text

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReliabilityFIFOAndDevices: a FIFO (named, or inside a directory) and a
// device are named and refused, never read (issue 15, finding 6: a FIFO hung
// the build forever, /dev/zero ran it out of memory).
func TestReliabilityFIFOAndDevices(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	sub := filepath.Join(dir, "d")
	os.Mkdir(sub, 0o755)
	os.WriteFile(filepath.Join(sub, "a.txt"), []byte("Hello."), 0o644)
	if err := syscall.Mkfifo(filepath.Join(sub, "b.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		files, bad := ExpandInputs([]string{fifo, sub, "/dev/zero", filepath.Join(dir, "missing.txt")})
		if len(files) != 1 || files[0] != filepath.Join(sub, "a.txt") {
			t.Errorf("files = %q, want only d/a.txt", files)
		}
		want := []string{
			fifo + ": is a named pipe (FIFO), not a file; graphbuild reads only regular files, directories and - (standard input)",
			filepath.Join(sub, "b.txt") + ": is a named pipe (FIFO), not a file; graphbuild reads only regular files, directories and - (standard input)",
			"/dev/zero: is a device, not a file; graphbuild reads only regular files, directories and - (standard input)",
			filepath.Join(dir, "missing.txt") + ": no such file or directory; check the path",
		}
		var got []string
		for _, b := range bad {
			got = append(got, b.Error())
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("failures:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		// Reading them directly (a race with the check above) refuses too.
		for _, p := range []string{fifo, "/dev/zero", filepath.Join(sub, "b.txt")} {
			if _, err := ReadInput(p, 0); err == nil || !strings.Contains(err.Error(), "graphbuild reads only regular files") {
				t.Errorf("ReadInput(%s) = %v", p, err)
			}
		}
		if _, err := ReadStdin(zeroReader{}); err == nil || !strings.Contains(err.Error(), "binary input") {
			t.Errorf("ReadStdin(zeros) = %v", err)
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("reading a FIFO or a device hangs")
	}
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// TestReliabilityJSONLBadLines: bad lines are named (file:line and why) and
// skipped, the good lines are still documents, and past MaxLineErrors the
// rest are counted (issue 15, finding 5: one bad line dropped the file).
func TestReliabilityJSONLBadLines(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 400; i++ {
		switch {
		case i == 300:
			b.WriteString(`{"id":"a300","text":"truncat` + "\n")
		case i > 350 && i%2 == 0:
			b.WriteString("not json\n")
		default:
			fmt.Fprintf(&b, `{"id":"a%d","text":"Article %d said."}`+"\n", i, i)
		}
	}
	docs, err := Parse("feed.jsonl", []byte(b.String()), ParseOptions{})
	var le *LineErrors
	if !errors.As(err, &le) {
		t.Fatalf("error %T %v, want *LineErrors", err, err)
	}
	if want := 400 - 1 - 25; len(docs) != want {
		t.Errorf("%d documents, want %d", len(docs), want)
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != MaxLineErrors+1 {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), MaxLineErrors+1, err)
	}
	if lines[0] != "feed.jsonl:300: truncated JSON (the line ends inside the object); each line must be one whole article" {
		t.Errorf("first line %q", lines[0])
	}
	if !strings.HasPrefix(lines[1], "feed.jsonl:352: not a JSON object") {
		t.Errorf("second line %q", lines[1])
	}
	if want := "feed.jsonl: 6 more bad lines not named; fix the lines above and build again"; lines[MaxLineErrors] != want {
		t.Errorf("last line %q, want %q", lines[MaxLineErrors], want)
	}
}

// TestReliabilityDocSizeLimit: a document over the limit is refused with the
// flag that raises it; a JSON line over it is one bad line.
func TestReliabilityDocSizeLimit(t *testing.T) {
	big := strings.Repeat("Word ", 300)
	_, err := Parse("big.txt", []byte(big), ParseOptions{MaxDocBytes: 1 << 10})
	if err == nil || err.Error() != "big.txt: document of 1.5KB is over the limit of 1KB per document; raise it with --max-doc-size 1MB" {
		t.Errorf("big.txt: %v", err)
	}
	docs, err := Parse("f.jsonl", []byte(`{"id":"a","text":"`+big+`"}`+"\n"+`{"id":"b","text":"small"}`), ParseOptions{MaxDocBytes: 1 << 10})
	if len(docs) != 1 || err == nil || !strings.HasPrefix(err.Error(), "f.jsonl:1: document of 1.5KB is over the limit") {
		t.Errorf("jsonl: %d docs, %v", len(docs), err)
	}
	p := filepath.Join(t.TempDir(), "big.html")
	os.WriteFile(p, []byte(big), 0o644)
	if _, err := ReadInput(p, 1<<10); err == nil || !strings.Contains(err.Error(), "raise it with --max-doc-size") {
		t.Errorf("ReadInput: %v", err)
	}
	for in, want := range map[string]int64{"16MB": 16 << 20, "512kb": 512 << 10, "1.5M": 3 << 19, "100": 100, "2GiB": 2 << 30} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-1", "ten", "0"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q) gives no error", in)
		}
	}
}

// TestReliabilityBOM: a UTF-8 byte order mark is not text (offsets kept); a
// UTF-16 file gets a line saying how to convert it.
func TestReliabilityBOM(t *testing.T) {
	docs, err := Parse("bom.jsonl", []byte("\ufeff{\"id\":\"a\",\"text\":\"x\"}\n"), ParseOptions{})
	if err != nil || len(docs) != 1 {
		t.Errorf("jsonl with a BOM: %v", err)
	}
	docs, err = Parse(Stdin, []byte("\ufeff{\"id\":\"a\",\"text\":\"x\"}\n"), ParseOptions{})
	if err != nil || len(docs) != 1 || docs[0].ID != "a" {
		t.Errorf("stdin with a BOM is sniffed as JSON lines: %v", err)
	}
	docs, err = Parse("bom.txt", []byte("\ufeffTitle line\n\nBody text here."), ParseOptions{})
	if err != nil || strings.ContainsRune(docs[0].Text, '\ufeff') || len(docs[0].Text) != len("\ufeffTitle line\n\nBody text here.") {
		t.Errorf("txt with a BOM: %v", err)
	}
	if _, err := Parse("u16.txt", []byte{0xff, 0xfe, 'a', 0}, ParseOptions{}); err == nil || !strings.Contains(err.Error(), "UTF-16") {
		t.Errorf("UTF-16: %v", err)
	}
}
