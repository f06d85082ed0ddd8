package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/quad/nquads"

	"graphbuild/internal/build"
	"graphbuild/internal/export"
	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// buildGraph streams the inputs through extraction (build.Run) into the
// store, --batch documents per transaction (1,000 by default; 0: all in one), or to
// standard output with --print.
func buildGraph(ctx context.Context, cfg config, paths []string, stdin io.Reader, stdout, stderr io.Writer) int {
	start := time.Now()
	if files, bad := text.ExpandInputs(paths); len(files) == 0 {
		// Nothing to read: say why, and leave the store alone.
		for _, b := range bad {
			fmt.Fprintf(stderr, "graphbuild: not built: %v\n", b)
		}
		return 1
	}
	opts := build.Options{Lang: text.Lang(cfg.lang), Jobs: cfg.jobs, Stdin: stdin, Batch: cfg.batch, MaxDocBytes: cfg.maxDoc}

	var prog *progress
	if !cfg.quiet && isTerminal(stderr) {
		prog = newProgress(stderr, cfg.db)
		opts.Progress = prog.update
	}
	finishBar := prog.finish
	opts.Failed = func(f build.Failure) {
		prog.clear()
		fmt.Fprintf(stderr, "graphbuild: not built: %v\n", f)
	}

	if cfg.print != "" {
		var all []*kg.Graph
		var qw *nquads.Writer
		if cfg.print == "nquads" {
			qw = nquads.NewWriter(stdout)
		}
		sum, err := build.Run(ctx, paths, opts, func(_ context.Context, gs []*kg.Graph) error {
			if qw == nil {
				all = append(all, gs...)
				return nil
			}
			return printNQuads(qw, gs)
		})
		finishBar()
		if err == nil && qw != nil {
			err = qw.Close()
		} else if err == nil {
			err = export.WriteJSON(stdout, export.Merge(all))
		}
		if err != nil {
			if errors.Is(err, context.Canceled) {
				fmt.Fprintln(stderr, "graphbuild: interrupted")
				return 130
			}
			fmt.Fprintf(stderr, "graphbuild: writing output: %v\n", err)
			return 1
		}
		if len(sum.Failures) > 0 {
			return 1
		}
		return 0
	}

	// The store is opened, and its lock taken, before anything is
	// extracted: a store another process holds fails the build at once,
	// naming the holder; and the build streams into it.
	st, err := store.Open(ctx, store.Options{Backend: cfg.backend, Path: cfg.db})
	if err != nil {
		finishBar()
		fmt.Fprintf(stderr, "graphbuild: %v\n", err)
		return 1
	}
	if !cfg.force {
		opts.Unchanged = build.UnchangedIn(st)
	}
	lookups := &timedIndex{ix: st.Identity()}
	opts.Identity = lookups // each batch links to the stored entities too
	var total store.WriteStats
	batches := 0
	var mu sync.Mutex // guards total and batches, read by exitOnInterrupt
	kept := func() string {
		mu.Lock()
		defer mu.Unlock()
		if batches > 0 {
			return fmt.Sprintf("the %d batches written before it (%d documents) are kept", batches, total.Documents)
		}
		return "the store is as it was"
	}
	stopWatch := exitOnInterrupt(ctx, stderr, prog, kept)
	defer stopWatch()
	merged := map[string]schema.Type{} // the build's entities by IRI, as the store merges them
	sum, err := build.Run(ctx, paths, opts, func(ctx context.Context, gs []*kg.Graph) error {
		t0 := time.Now()
		ws, err := st.WriteGraphs(ctx, gs)
		if err != nil {
			return fmt.Errorf("writing to %s: %w", cfg.db, err)
		}
		logBatch(len(gs), ws.Quads, time.Since(t0), lookups.take())
		for _, g := range gs {
			for _, e := range g.Entities {
				merged[e.IRI] = e.Type
			}
		}
		mu.Lock()
		defer mu.Unlock()
		batches++
		total.Documents += ws.Documents
		total.Quads += ws.Quads
		total.Added += ws.Added
		total.Deleted += ws.Deleted
		return nil
	})
	stopWatch() // the build returned: whatever it committed stays, so no exit from here on
	finishBar()
	cerr := st.Close()
	if err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintf(stderr, "graphbuild: interrupted; %s\n", kept())
			return 130
		}
		fmt.Fprintf(stderr, "graphbuild: %v; nothing of this batch was written, %s\n", err, kept())
		return 1
	}
	if cerr != nil {
		fmt.Fprintf(stderr, "graphbuild: closing %s: %v\n", cfg.db, cerr)
		return 1
	}
	if !cfg.quiet {
		printSummary(stdout, cfg, sum, merged, total, time.Since(start))
	}
	if len(sum.Failures) > 0 {
		return 1
	}
	return 0
}

// printSummary says what the build wrote. Its entities are counted as the
// store holds them, merged across articles (one Lumora however many
// articles name it), with the count per article after it.
func printSummary(w io.Writer, cfg config, sum build.Summary, merged map[string]schema.Type, ws store.WriteStats, took time.Duration) {
	secs := took.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(ws.Quads) / secs
	}
	byType := map[schema.Type]int{}
	for _, t := range merged {
		byType[t]++
	}
	var types []string
	for _, t := range []schema.Type{schema.Person, schema.Organization, schema.Product, schema.Place, schema.Event} {
		if n := byType[t]; n > 0 {
			types = append(types, fmt.Sprintf("%d %s", n, strings.ToLower(string(t))))
		}
	}
	if sum.Entities != len(merged) {
		types = append(types, fmt.Sprintf("%d counted article by article", sum.Entities))
	}
	detail := ""
	if len(types) > 0 {
		detail = " (" + strings.Join(types, ", ") + ")"
	}
	fmt.Fprintf(w, "built %d documents into %s (%s): %d entities%s, %d facts, %d quotes; %d quads (%d added, %d removed) in %.2fs (%.0f quads/s), peak RSS %d MB\n",
		ws.Documents, cfg.db, cfg.backend, len(merged), detail, sum.Facts, sum.Quotes, ws.Quads, ws.Added, ws.Deleted, secs, rate, build.PeakRSS()>>20)
	if sum.Skipped > 0 {
		fmt.Fprintf(w, "%d documents were unchanged and skipped (--force rebuilds them)\n", sum.Skipped)
	}
	if len(sum.Failures) > 0 {
		fmt.Fprintf(w, "%d inputs were not built (see above)\n", len(sum.Failures))
	}
}

func printNQuads(qw *nquads.Writer, graphs []*kg.Graph) error {
	for _, g := range graphs {
		qs, err := rdf.Quads(g)
		if err != nil {
			return err
		}
		// Written directly: quad.Copy allocates (and zeroes) a buffer of
		// 10,000 quads per call, per document here.
		if _, err := qw.WriteQuads(qs); err != nil {
			return err
		}
	}
	return nil
}

// processStart is when the process started, near enough (package init).
var processStart = time.Now()

// timedIndex is the store's identity index, timing its lookups (the
// reads of linking a batch to the store) for the batch log.
type timedIndex struct {
	ix   identity.Index
	took time.Duration // since the last take
}

func (t *timedIndex) Lookup(ctx context.Context, keys []string) (map[string][]identity.Candidate, error) {
	t0 := time.Now()
	defer func() { t.took += time.Since(t0) }()
	return t.ix.Lookup(ctx, keys)
}

// take returns the time spent in lookups since the last call. Lookups
// and writes run in turn (a batch is linked, then written), never at once.
func (t *timedIndex) take() time.Duration {
	d := t.took
	t.took = 0
	return d
}

// logBatch appends one line per store transaction (documents, quads,
// seconds of the write, wall and CPU seconds since the start, seconds of
// the reads that linked the batch to the store) to the file
// $GRAPHBUILD_BATCH_LOG names, when set: the scale script
// (scripts/scale.sh) compares the write cost per quad and the linking
// reads of a build's first and last tenth with it.
func logBatch(docs, quads int, took, linking time.Duration) {
	path := os.Getenv("GRAPHBUILD_BATCH_LOG")
	if path == "" {
		return
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return
	}
	// documents, quads, seconds in the store's write; then, for the cost of
	// the whole build batch by batch, wall and CPU seconds since the start
	// of the process.
	fmt.Fprintf(f, "%d\t%d\t%.6f\t%.3f\t%.3f\t%.6f\n", docs, quads, took.Seconds(), time.Since(processStart).Seconds(), build.CPUTime().Seconds(), linking.Seconds())
	f.Close()
}
