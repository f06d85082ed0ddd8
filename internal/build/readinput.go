// This file holds the reading of inputs into units: readInput (a whole
// input, or one unit per line of a JSON lines file), isJSONL and
// unwrapPathError.

package build

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"

	"graphbuild/internal/text"
)

// readInput reads one input and emits its units: each non-blank line of a
// JSON lines file (or of JSON lines on standard input), or the whole input.
// It returns false when the build was cancelled.
func readInput(ctx context.Context, path string, opt Options, bytesRead *atomic.Int64, emit func(unit) bool) bool {
	var r io.Reader
	if path == text.Stdin {
		if opt.Stdin == nil {
			return emit(unit{path: path, err: &text.InputError{Input: path, Msg: "standard input is not available"}})
		}
		r = opt.Stdin
	} else {
		// Never block on a FIFO, never read a device (text.ReadInput).
		f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			return emit(unit{path: path, err: &text.InputError{Input: path, Msg: "cannot read: " + unwrapPathError(err)}})
		}
		defer f.Close()
		if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
			f.Close()
			data, err := text.ReadInput(path, opt.MaxDocBytes) // says why
			bytesRead.Add(int64(len(data)))
			return emit(unit{path: path, data: data, err: err})
		}
		r = f
	}
	br := bufio.NewReaderSize(r, 1<<20)
	if !isJSONL(path, br) {
		var data []byte
		var err error
		if path == text.Stdin {
			data, err = text.ReadStdin(br)
		} else {
			data, err = text.ReadInput(path, opt.MaxDocBytes)
		}
		bytesRead.Add(int64(len(data)))
		return emit(unit{path: path, data: data, err: err})
	}
	lineNo, n := 0, 0
	for {
		if ctx.Err() != nil {
			return false
		}
		line, err := br.ReadBytes('\n')
		bytesRead.Add(int64(len(line)))
		if len(line) > 0 {
			lineNo++
			if len(bytes.TrimSpace(line)) > 0 {
				n++
				if !emit(unit{path: path, line: lineNo, data: line}) {
					return false
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return emit(unit{path: path, err: &text.InputError{Input: path, Msg: "cannot read: " + unwrapPathError(err)}})
		}
	}
	if n == 0 {
		return emit(unit{path: path, err: &text.InputError{Input: path, Msg: "no articles in this JSON lines file"}})
	}
	return true
}

// isJSONL says whether an input is read as JSON lines: by its extension, or
// for standard input and unknown extensions by its first character, as
// text.Parse sniffs. A .jsonl file holding NUL bytes near its start is read
// whole, so the one error names the file as binary (or UTF-16).
func isJSONL(path string, br *bufio.Reader) bool {
	head, _ := br.Peek(4096)
	if bytes.IndexByte(head, 0) >= 0 || bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return false
	}
	switch {
	case strings.ToLower(filepath.Ext(path)) == ".jsonl":
		return true
	case path != text.Stdin && text.KnownExtension(path):
		return false
	}
	return bytes.HasPrefix(bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))), []byte("{"))
}

func unwrapPathError(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
