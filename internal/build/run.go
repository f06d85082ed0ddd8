// This file holds the worker pool: Run (one reader goroutine, Options.Jobs
// extracting workers, a collector that restores input order, links
// identities and hands batches to the sink) and extractUnit, a worker's job.

package build

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
	"graphbuild/internal/pipeline"
	"graphbuild/internal/text"
)

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

// extract is pipeline.Extract; a test puts a broken extraction in its place.
var extract = pipeline.Extract

// extractUnit parses a unit and extracts its documents. A document whose
// graph holds invalid UTF-8 or fails the schema check is named in the
// outcome's error and left out; the unit's other documents are kept.
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
	var bad []error // documents a store would refuse
	for _, d := range docs {
		if field := badMetadata(d); field != "" {
			bad = append(bad, &text.InputError{Input: u.where(),
				Msg: fmt.Sprintf("document %q: its %s is not valid UTF-8, which a store cannot hold; skipped (name the file in UTF-8)", d.ID, field)})
			continue
		}
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
		g := extract(d)
		identity.StatedAcronyms(d.Text, g)
		if where := g.InvalidUTF8(); where != "" {
			// A store would refuse the whole batch for this one string.
			bad = append(bad, &text.InputError{Input: u.where(),
				Msg: fmt.Sprintf("document %s: extraction produced invalid UTF-8 in %s; skipped, please report", d.ID, where)})
			continue
		}
		if err := g.Validate(); err != nil {
			// One line naming the input and the document; the unit's
			// other documents are kept.
			bad = append(bad, &text.InputError{Input: u.where(),
				Msg: fmt.Sprintf("document %s: extraction produced a graph that fails the schema check (%s); skipped, please report", d.ID, oneLine(err))})
			continue
		}
		o.graphs = append(o.graphs, g)
	}
	if len(bad) > 0 {
		o.err = errors.Join(append([]error{o.err}, bad...)...)
	}
	return o
}

// oneLine is the message of a kg.Graph.Validate error without its
// "kg: document ID: " (the line names the document already), its faults
// separated by "; ".
func oneLine(err error) string {
	if inner := errors.Unwrap(err); inner != nil {
		err = inner
	}
	return strings.ReplaceAll(err.Error(), "\n", "; ")
}

// badMetadata names the first of d's metadata that is not valid UTF-8 (the
// id and source of a file named in Latin-1), or is "". A store refuses such
// a string, and with it the whole batch.
func badMetadata(d *text.Document) string {
	for _, f := range []struct{ name, s string }{{"id", d.ID}, {"source path", d.Source}, {"title", d.Title}, {"published date", d.Published}} {
		if !utf8.ValidString(f.s) {
			return f.name
		}
	}
	return ""
}
