package text

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
)

// DefaultMaxDocBytes is the largest document graphbuild reads unless told
// otherwise (--max-doc-size): a .txt or .html file, or one JSON line's text.
const DefaultMaxDocBytes = 16 << 20

// MaxLineErrors is how many bad lines of one JSON lines file are named; the
// rest are counted.
const MaxLineErrors = 20

// maxStdinBytes caps what is read from standard input.
const maxStdinBytes = 4 << 30

// LineErrors are the bad lines of one JSON lines file: each is named, up to
// MaxLineErrors, and the rest counted. The good lines are still built.
type LineErrors struct {
	Input string
	Errs  []*InputError
	More  int // bad lines not named
}

func (e *LineErrors) Error() string {
	var b strings.Builder
	for i, x := range e.Unwrap() {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(x.Error())
	}
	return b.String()
}

// Unwrap returns one error per named line, and one that counts the rest.
func (e *LineErrors) Unwrap() []error {
	out := make([]error, 0, len(e.Errs)+1)
	for _, x := range e.Errs {
		out = append(out, x)
	}
	if e.More > 0 {
		out = append(out, &InputError{e.Input, fmt.Sprintf("%d more bad lines not named; fix the lines above and build again", e.More)})
	}
	return out
}

func (e *LineErrors) add(x *InputError) {
	if len(e.Errs) < MaxLineErrors {
		e.Errs = append(e.Errs, x)
		return
	}
	e.More++
}

// Count is the number of bad lines.
func (e *LineErrors) Count() int { return len(e.Errs) + e.More }

// ExpandInputs turns the command-line paths into the files to read, as
// ExpandPaths does, but an input that cannot be used (missing, not a regular
// file or directory, a directory with nothing to read, an unreadable
// subdirectory) is returned among the failures and the others are kept.
// Inside a directory, entries that are neither regular files, directories
// nor symbolic links (FIFOs, sockets, devices) are named as failures too, so
// a build never blocks on them.
func ExpandInputs(paths []string) (files []string, failures []*InputError) {
	given := map[string]bool{}
	for _, p := range paths {
		if p != Stdin && given[filepath.Clean(p)] {
			continue // the same path named twice is read once
		}
		given[filepath.Clean(p)] = true
		if p == Stdin {
			files = append(files, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				failures = append(failures, &InputError{p, "no such file or directory; check the path"})
			} else {
				failures = append(failures, &InputError{p, "cannot read: " + unwrapPath(err)})
			}
			continue
		}
		if !info.IsDir() {
			if msg := irregular(info.Mode()); msg != "" {
				failures = append(failures, &InputError{p, msg})
				continue
			}
			files = append(files, p)
			continue
		}
		var found []string
		var bad []*InputError
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				bad = append(bad, &InputError{path, "cannot read: " + unwrapPath(err)})
				if d != nil && d.IsDir() && path != p {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if msg := irregular(d.Type()); msg != "" && d.Type()&fs.ModeSymlink == 0 {
				bad = append(bad, &InputError{path, msg})
				return nil
			}
			if knownExtension(path) {
				found = append(found, path)
			}
			return nil
		})
		failures = append(failures, bad...)
		if len(found) == 0 && len(bad) == 0 {
			failures = append(failures, &InputError{p, "directory holds no .txt, .html, .htm or .jsonl files"})
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, failures
}

// irregular says why a file of mode m is not read, or "" when it is a
// regular file (or a directory).
func irregular(m fs.FileMode) string {
	const tail = "; graphbuild reads only regular files, directories and - (standard input)"
	switch {
	case m.IsRegular() || m.IsDir():
		return ""
	case m&fs.ModeNamedPipe != 0:
		return "is a named pipe (FIFO), not a file" + tail
	case m&fs.ModeSocket != 0:
		return "is a socket, not a file" + tail
	case m&fs.ModeCharDevice != 0, m&fs.ModeDevice != 0:
		return "is a device, not a file" + tail
	case m&fs.ModeSymlink != 0:
		return "is a symbolic link" + tail
	}
	return "is not a regular file" + tail
}

func unwrapPath(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// ReadInput reads one input file. It never blocks on a FIFO and never reads
// a device: the file is opened without waiting and must be a regular file.
// A .txt or .html file larger than maxDoc bytes (0: DefaultMaxDocBytes) is
// refused before it is read; a JSON lines file is limited per line (Parse).
func ReadInput(path string, maxDoc int64) ([]byte, error) {
	if maxDoc <= 0 {
		maxDoc = DefaultMaxDocBytes
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, &InputError{path, "cannot read: " + unwrapPath(err)}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, &InputError{path, "cannot read: " + unwrapPath(err)}
	}
	if msg := irregular(info.Mode()); msg != "" || info.IsDir() {
		if msg == "" {
			msg = "is a directory"
		}
		return nil, &InputError{path, msg}
	}
	if strings.ToLower(filepath.Ext(path)) != ".jsonl" && info.Size() > maxDoc {
		return nil, tooBig(path, info.Size(), maxDoc)
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, &InputError{path, "cannot read: " + unwrapPath(err)}
	}
	return data, nil
}

// ReadStdin reads standard input, refusing at once input whose first block
// holds NUL bytes (a binary stream such as /dev/zero) and input over 4 GiB.
func ReadStdin(r io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	first := make([]byte, 64<<10)
	n, err := io.ReadFull(r, first)
	buf.Write(first[:n])
	if bytes.IndexByte(first[:n], 0) >= 0 {
		return nil, &InputError{Stdin, "binary input (it holds NUL bytes); give text, HTML or JSON lines"}
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return buf.Bytes(), nil
	}
	if err != nil {
		return nil, &InputError{Stdin, "cannot read: " + err.Error()}
	}
	m, err := io.Copy(&buf, io.LimitReader(r, maxStdinBytes))
	if err != nil {
		return nil, &InputError{Stdin, "cannot read: " + err.Error()}
	}
	if m == maxStdinBytes {
		return nil, &InputError{Stdin, "more than 4 GiB on standard input; split it into files"}
	}
	return buf.Bytes(), nil
}

func tooBig(input string, size, max int64) *InputError {
	return &InputError{input, fmt.Sprintf("document of %s is over the limit of %s per document; raise it with --max-doc-size %s",
		FormatSize(size), FormatSize(max), FormatSize(nextSize(size)))}
}

func nextSize(n int64) int64 {
	m := int64(1 << 20)
	for m < n {
		m *= 2
	}
	return m
}

// FormatSize writes n bytes as the largest whole unit that holds it
// exactly, else with one decimal: 512B, 16MB, 1.5GB.
func FormatSize(n int64) string {
	units := []string{"B", "KB", "MB", "GB", "TB"}
	f, u := float64(n), 0
	for f >= 1024 && u < len(units)-1 {
		f /= 1024
		u++
	}
	if f == float64(int64(f)) {
		return fmt.Sprintf("%d%s", int64(f), units[u])
	}
	return fmt.Sprintf("%.1f%s", f, units[u])
}

// ParseSize reads a size such as 16MB, 512KB, 2GB, 1.5MB or a number of
// bytes. Units are powers of 1024; B and a lone K, M, G are accepted.
func ParseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suf string
		m   int64
	}{{"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(t, u.suf) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suf)), u.m
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f <= 0 || f*float64(mult) > 1<<50 {
		return 0, fmt.Errorf("size %q: give a positive size such as 16MB, 512KB or 1GB", s)
	}
	return int64(f * float64(mult)), nil
}
