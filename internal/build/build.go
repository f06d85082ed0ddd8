// Package build turns input paths into extracted graphs: it expands paths,
// reads and parses each input, and runs the extraction pipeline over the
// documents on several goroutines, keeping the results in input order so a
// build is deterministic whatever the parallelism.
package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"graphbuild/internal/kg"
	"graphbuild/internal/pipeline"
	"graphbuild/internal/text"
)

// Options control an extraction run.
type Options struct {
	Lang  text.Lang // force a language; "" detects per document
	Jobs  int       // parallel workers; 0 is the number of CPUs
	Stdin io.Reader // read for the path "-"
	// MaxDocBytes is the largest document read (a file, or one JSON
	// line's text); 0 is text.DefaultMaxDocBytes.
	MaxDocBytes int64
	Progress    func(done, total int)
}

// Failure is an input that could not be built, and why.
type Failure struct {
	Input string
	Err   error
}

func (f Failure) Error() string {
	var ie *text.InputError
	if errors.As(f.Err, &ie) {
		return ie.Error()
	}
	return f.Input + ": " + f.Err.Error()
}

// Result is the outcome of extracting every input.
type Result struct {
	Graphs   []*kg.Graph // one per document, in input order
	Failures []Failure   // inputs that were not built
}

// Counts sums what the graphs hold.
func (r Result) Counts() (docs, ents, facts, quotes int) {
	for _, g := range r.Graphs {
		docs++
		ents += len(g.Entities)
		facts += len(g.Facts)
		quotes += len(g.Quotes)
	}
	return
}

// Extract reads every input and extracts its documents' graphs. An input
// that cannot be read or parsed is recorded as a failure and the rest are
// still built, as are the others when a path names nothing (inputs.go).
func Extract(ctx context.Context, paths []string, opt Options) (Result, error) {
	files, bad := text.ExpandInputs(paths)
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	type outcome struct {
		graphs []*kg.Graph
		err    error
	}
	results := make([]outcome, len(files))
	var stdinData []byte
	var stdinErr error
	for _, f := range files {
		if f == text.Stdin {
			if opt.Stdin == nil {
				stdinErr = errors.New("standard input is not available")
			} else {
				stdinData, stdinErr = text.ReadStdin(opt.Stdin)
			}
			break
		}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	next := make(chan int)
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				gs, err := extractFile(files[i], stdinData, stdinErr, opt)
				results[i] = outcome{gs, err}
				if opt.Progress != nil {
					mu.Lock()
					done++
					opt.Progress(done, len(files))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range files {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	var res Result
	for _, b := range bad {
		res.Failures = append(res.Failures, Failure{b.Input, b})
	}
	seen := map[string]string{}
	for i, o := range results {
		if o.err != nil {
			res.Failures = append(res.Failures, failures(files[i], o.err)...)
			if len(o.graphs) == 0 {
				continue
			}
		}
		var kept []*kg.Graph
		var dup error
		for _, g := range o.graphs {
			if prev, ok := seen[g.Doc.ID]; ok {
				dup = &text.InputError{Input: files[i], Msg: fmt.Sprintf("document id %q is already used by %s; rename one of them", g.Doc.ID, prev)}
				break
			}
			kept = append(kept, g)
		}
		if dup != nil {
			res.Failures = append(res.Failures, Failure{files[i], dup})
			continue
		}
		for _, g := range kept {
			seen[g.Doc.ID] = files[i]
		}
		res.Graphs = append(res.Graphs, kept...)
	}
	LinkAcrossLanguages(res.Graphs)
	return res, nil
}

func extractFile(path string, stdinData []byte, stdinErr error, opt Options) ([]*kg.Graph, error) {
	var data []byte
	if path == text.Stdin {
		if stdinErr != nil {
			return nil, stdinErr
		}
		data = stdinData
	} else {
		b, err := text.ReadInput(path, opt.MaxDocBytes)
		if err != nil {
			return nil, err
		}
		data = b
	}
	docs, perr := text.Parse(path, data, text.ParseOptions{Lang: opt.Lang, MaxDocBytes: opt.MaxDocBytes})
	if len(docs) == 0 {
		return nil, perr
	}
	out := make([]*kg.Graph, 0, len(docs))
	for _, d := range docs {
		g := pipeline.Extract(d)
		if err := g.Validate(); err != nil {
			return nil, fmt.Errorf("document %s: %w", d.ID, err)
		}
		out = append(out, g)
	}
	return out, perr
}

func unwrapPathError(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
