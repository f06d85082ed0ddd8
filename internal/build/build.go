// Package build turns input paths into extracted graphs. Run streams them:
// one goroutine reads the inputs (a JSON lines file one article at a time),
// Options.Jobs goroutines parse and extract each article, and the caller's
// sink receives the graphs in input order, in batches, while the next
// articles are being extracted. A build is deterministic whatever the
// parallelism, memory is bounded by the batch size, an input or line that
// cannot be built is reported and the rest go on, and cancelling the
// context stops it within a second.
package build

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
	"graphbuild/internal/pipeline"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Options control an extraction run.
type Options struct {
	Lang  text.Lang // force a language; "" detects per document
	Jobs  int       // parallel workers; 0 is the number of CPUs
	Stdin io.Reader // read for the path "-"
	// MaxDocBytes is the largest document read (a file, or one JSON
	// line's text); 0 is text.DefaultMaxDocBytes.
	MaxDocBytes int64

	// Batch is how many documents Run hands its sink at once; 0 hands all
	// of them in one batch at the end (one store transaction for the build,
	// memory growing with the build).
	Batch int

	// Unchanged, when set, is asked about each parsed document before it is
	// extracted; true skips it (an incremental build: the store already
	// holds this version). It is called from several goroutines.
	Unchanged func(ctx context.Context, d *text.Document) (bool, error)

	// Identity, when set, holds the entities already built (a store's
	// identity index): each batch's entities are linked to them as well
	// as to each other (identity.Link).
	Identity identity.Index

	// Progress, when set, is called with the counts so far after every
	// article read, extracted, skipped, failed or written, and before and
	// after each batch is handed to the sink. It is called from one
	// goroutine at a time and must return quickly.
	Progress func(Progress)

	// Failed, when set, is called for each input or line that is not built,
	// as soon as it is known (in input order); the build goes on.
	Failed func(Failure)
}

// Progress counts the articles through the pipeline.
type Progress struct {
	Read      int   // articles (or whole inputs) read so far
	Extracted int   // documents extracted
	Skipped   int   // documents skipped as unchanged (Options.Unchanged)
	Failed    int   // inputs or lines not built
	Writing   int   // documents being handed to the sink now (0 when none)
	Written   int   // documents the sink has taken
	BytesRead int64 // input bytes read
	// BytesTotal is the size of the inputs (0 when unknown: standard
	// input); BytesRead/BytesTotal is the fraction done, for an ETA.
	BytesTotal int64
	Elapsed    time.Duration
}

// Failure is an input that could not be built, and why.
type Failure struct {
	Input string // a path, or path:line for a line of a JSON lines file
	Err   error
}

func (f Failure) Error() string {
	var ie *text.InputError
	if errors.As(f.Err, &ie) {
		return ie.Error()
	}
	return f.Input + ": " + f.Err.Error()
}

// Summary is what Run built.
type Summary struct {
	Documents int // documents extracted and handed to the sink
	Entities  int
	Facts     int
	Quotes    int
	ByType    map[schema.Type]int // entities by type
	Skipped   int                 // unchanged documents not extracted
	Failures  []Failure           // inputs or lines not built, in input order
}

func (s *Summary) add(g *kg.Graph) {
	s.Documents++
	s.Entities += len(g.Entities)
	s.Facts += len(g.Facts)
	s.Quotes += len(g.Quotes)
	if s.ByType == nil {
		s.ByType = map[schema.Type]int{}
	}
	for _, e := range g.Entities {
		s.ByType[e.Type]++
	}
}

// Sink takes a batch of graphs, in input order. The entities of the batch
// that are one thing with each other or with one in Options.Identity have
// already been linked (identity.Link). An error stops the build.
type Sink func(ctx context.Context, graphs []*kg.Graph) error

// Result is the outcome of extracting every input (Extract).
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

// Extract reads every input and extracts its documents' graphs, all held
// in memory: Run with one batch. An input that cannot be read or parsed is
// recorded as a failure and the rest are still built. A path that names
// nothing is returned as an error at once.
func Extract(ctx context.Context, paths []string, opt Options) (Result, error) {
	var res Result
	opt.Batch = 0
	sum, err := Run(ctx, paths, opt, func(_ context.Context, gs []*kg.Graph) error {
		res.Graphs = append(res.Graphs, gs...)
		return nil
	})
	if err != nil {
		return Result{}, err
	}
	res.Failures = sum.Failures
	return res, nil
}

// unit is one piece of work: a whole input, or one line of a JSON lines
// file.
type unit struct {
	seq  int
	path string
	line int // 1-based line of a JSON lines input; 0 for a whole input
	data []byte
	err  error // the input could not be read
}

func (u unit) where() string {
	if u.line > 0 {
		return fmt.Sprintf("%s:%d", u.path, u.line)
	}
	return u.path
}

// outcome is a unit's result.
type outcome struct {
	unit
	graphs  []*kg.Graph
	skipped []string // ids of the documents skipped as unchanged
	err     error    // with graphs: the bad lines of a JSON lines input read whole
}

// Run reads the inputs, extracts their documents on opt.Jobs goroutines and
// hands the graphs to sink in input order, opt.Batch at a time. Inputs or
// lines that cannot be built are reported (opt.Failed, Summary.Failures)
// and the build goes on; a document id used twice keeps its first use.
// Run returns the sink's error, or the context's when it is cancelled
// (within about a second; batches the sink took before stay taken). A path
// that names nothing, or names what is not a file or directory, is a
// failure reported first, and the other inputs are built.
func Run(ctx context.Context, paths []string, opt Options, sink Sink) (Summary, error) {
	var sum Summary
	files, bad := text.ExpandInputs(paths)
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	start := time.Now()
	var prog Progress
	for _, f := range files {
		if f != text.Stdin {
			if fi, err := os.Stat(f); err == nil {
				prog.BytesTotal += fi.Size()
			}
		}
	}
	var bytesRead, read atomic.Int64

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	units := make(chan unit, 2*jobs)
	results := make(chan outcome, 2*jobs)
	var wg sync.WaitGroup

	// The reader.
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(units)
		seq := 0
		emit := func(u unit) bool {
			u.seq = seq
			seq++
			read.Add(1)
			select {
			case units <- u:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, f := range files {
			if !readInput(ctx, f, opt, &bytesRead, emit) {
				return
			}
		}
	}()

	// The workers.
	var workers sync.WaitGroup
	for w := 0; w < jobs; w++ {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for u := range units {
				if ctx.Err() != nil {
					return
				}
				o := extractUnit(ctx, u, opt)
				select {
				case results <- o:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		workers.Wait()
		close(results)
	}()
	defer func() {
		cancel()
		wg.Wait()
	}()

	// The collector: reorders the outcomes, checks ids, batches, writes.
	report := func() {
		if opt.Progress != nil {
			prog.Read = int(read.Load())
			prog.BytesRead = bytesRead.Load()
			prog.Elapsed = time.Since(start)
			opt.Progress(prog)
		}
	}
	seen := map[string]string{} // document id → where it was first read
	var batch []*kg.Graph
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if _, err := identity.Link(ctx, batch, opt.Identity); err != nil {
			return fmt.Errorf("linking identities: %w", err)
		}
		for _, g := range batch {
			sum.add(g)
		}
		prog.Writing = len(batch)
		report()
		if err := sink(ctx, batch); err != nil {
			return err
		}
		prog.Writing = 0
		prog.Written += len(batch)
		report()
		batch = nil
		return nil
	}
	var lines lineLimit // at most text.MaxLineErrors bad lines named per input (inputs.go)
	fail := func(f Failure) {
		sum.Failures = append(sum.Failures, f)
		prog.Failed++
		if opt.Failed != nil && lines.show(f) {
			opt.Failed(f)
		}
	}
	defer func() {
		for _, f := range lines.rest() {
			if opt.Failed != nil {
				opt.Failed(f)
			}
		}
	}()
	for _, b := range bad {
		fail(Failure{b.Input, b})
	}
	pending := map[int]outcome{}
	next := 0
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for {
		var o outcome
		var ok bool
		select {
		case <-ctx.Done():
			return sum, ctx.Err()
		case <-tick.C:
			report()
			continue
		case o, ok = <-results:
		}
		if !ok {
			break
		}
		prog.Extracted += len(o.graphs)
		pending[o.seq] = o
		for {
			o, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if o.err != nil {
				for _, f := range failures(o.where(), o.err) {
					fail(f)
				}
			}
			for _, id := range o.skipped {
				if _, dup := seen[id]; !dup {
					seen[id] = o.where()
				}
				prog.Skipped++
				sum.Skipped++
			}
			for _, g := range o.graphs {
				if prev, dup := seen[g.Doc.ID]; dup {
					fail(Failure{o.where(), &text.InputError{Input: o.where(),
						Msg: fmt.Sprintf("document id %q is already used by %s; rename one of them", g.Doc.ID, prev)}})
					continue
				}
				seen[g.Doc.ID] = o.where()
				batch = append(batch, g)
			}
			if opt.Batch > 0 && len(batch) >= opt.Batch {
				if err := flush(); err != nil {
					return sum, err
				}
			}
		}
		report()
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if err := flush(); err != nil {
		return sum, err
	}
	report()
	return sum, nil
}

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

// extractUnit parses a unit and extracts its documents.
func extractUnit(ctx context.Context, u unit, opt Options) outcome {
	o := outcome{unit: u}
	o.data = nil // the graphs are kept, not the text
	if u.err != nil {
		o.err = u.err
		return o
	}
	var docs []*text.Document
	popt := text.ParseOptions{Lang: opt.Lang, MaxDocBytes: opt.MaxDocBytes}
	if u.line > 0 {
		d, err := text.ParseJSONLine(u.path, u.line, u.data, popt)
		if err != nil {
			o.err = err
			return o
		}
		docs = []*text.Document{d}
	} else {
		// A JSON lines input read whole (standard input held NUL bytes)
		// may come with the errors of its bad lines.
		docs, o.err = text.Parse(u.path, u.data, popt)
	}
	for _, d := range docs {
		if opt.Unchanged != nil {
			same, err := opt.Unchanged(ctx, d)
			if err != nil {
				o.graphs, o.err = nil, fmt.Errorf("document %s: reading the stored version: %w", d.ID, err)
				return o
			}
			if same {
				o.skipped = append(o.skipped, d.ID)
				continue
			}
		}
		g := pipeline.Extract(d)
		identity.StatedAcronyms(d.Text, g)
		if err := g.Validate(); err != nil {
			o.graphs, o.err = nil, fmt.Errorf("document %s: %w", d.ID, err)
			return o
		}
		o.graphs = append(o.graphs, g)
	}
	return o
}

func unwrapPathError(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
