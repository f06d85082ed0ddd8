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
	"context"
	"errors"
	"io"
	"time"

	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
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
