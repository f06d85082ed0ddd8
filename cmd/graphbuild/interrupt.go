package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// interruptGrace is how long a build may take to stop by itself after
// Ctrl-C before it is stopped: extraction stops between articles at once,
// but a store transaction (Cayley's ApplyDeltas) cannot be interrupted and
// may take a minute for a large batch.
const interruptGrace = 300 * time.Millisecond

// exitOnInterrupt ends the process with status 130 when ctx is cancelled
// (Ctrl-C) and the build has not returned within interruptGrace, saying
// what the store kept (kept()). It is safe because no backend makes a
// transaction visible before its commit: leveldb adds a transaction's
// tables to its manifest only at commit, bbolt and PostgreSQL roll back an
// uncommitted transaction, and a memstore snapshot is written at close. The
// returned function, called when the build returns, stops the watch.
func exitOnInterrupt(ctx context.Context, stderr io.Writer, prog *progress, kept func() string) (stop func()) {
	done := make(chan struct{})
	var once sync.Once
	go func() {
		select {
		case <-done:
			return
		case <-ctx.Done():
		}
		select {
		case <-done:
			return
		case <-time.After(interruptGrace):
		}
		prog.finish()
		fmt.Fprintf(stderr, "graphbuild: interrupted; %s\n", kept())
		os.Exit(130)
	}()
	return func() { once.Do(func() { close(done) }) }
}
