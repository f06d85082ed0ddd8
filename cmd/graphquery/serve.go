package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/pflag"

	"graphbuild/internal/web"
)

// serve runs the page and Cayley's query API in a worker process (the
// hidden command __serve) on a listening socket it hands down: a Gizmo query
// that panics inside Cayley kills the worker, not the server. The parent
// then starts a new worker on the same socket, so the page goes on working
// and only the crashing request fails.

const maxRestarts = 20

var serveCommand = command{name: "serve",
	summary: "Serve a page that draws the graph in the browser (cytoscape.js, embedded: nothing is\n" +
		"fetched from the network): search an entity, expand its neighbours, click an edge to\n" +
		"read the sentence that says it and its article. Cayley's HTTP query API is served\n" +
		"read-only at /api/v2/query?lang=gizmo|graphql|mql. The store is opened read-only.",
	examples: `  graphquery serve                         # http://127.0.0.1:8080/
  graphquery serve --addr 127.0.0.1:9000
  curl -s 'http://127.0.0.1:8080/api/v2/query?lang=gizmo' -d 'g.V().Has("<https://graphbuild.dev/ns#lang>", "ar").All()'`,
	flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
		addr := fs.String("addr", "127.0.0.1:8080", "the address to listen on (host:port; port 0 picks a free one)")
		limit := fs.Int("query-limit", 1000, "the most results a Cayley query returns")
		timeout := fs.Duration("query-timeout", 30*time.Second, "how long a Cayley query may run")
		return func(ctx context.Context, c *cmdContext) error {
			if _, _, err := net.SplitHostPort(*addr); err != nil {
				return usageError{fmt.Sprintf("--addr %q: %v; give host:port, e.g. 127.0.0.1:8080", *addr, err)}
			}
			// Open the store once here, to report a missing or busy store
			// before listening; the worker opens it for itself.
			if err := c.open(ctx); err != nil {
				return err
			}
			c.st.Close()
			c.st = nil
			ln, err := net.Listen("tcp", *addr)
			if err != nil {
				return fmt.Errorf("cannot listen on %s: %v", *addr, err)
			}
			defer ln.Close()
			lf, err := ln.(*net.TCPListener).File()
			if err != nil {
				return err
			}
			defer lf.Close()
			fmt.Fprintf(c.stdout, "serving http://%s/ (store %s); press Ctrl-C to stop\n", ln.Addr(), c.g.db)
			ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
			defer stop()
			exe, args, err := selfArgs(c.g, "__serve", "--query-limit", fmt.Sprint(*limit), "--query-timeout", timeout.String())
			if err != nil {
				return err
			}
			for restarts := 0; ; restarts++ {
				crashed, err := runWorker(ctx, exe, args, lf, c)
				if ctx.Err() != nil {
					return nil
				}
				if !crashed {
					return err
				}
				if restarts >= maxRestarts {
					return fmt.Errorf("the server crashed %d times; giving up", restarts+1)
				}
				fmt.Fprintf(c.stderr, "graphquery: a request crashed the server inside Cayley; restarting it\n")
			}
		}
	}}

// runWorker runs one worker until it exits or ctx ends, and reports
// whether it died of a panic.
func runWorker(ctx context.Context, exe string, args []string, lf *os.File, c *cmdContext) (crashed bool, err error) {
	cmd := exec.Command(exe, args...)
	cmd.ExtraFiles = []*os.File{lf}
	cmd.Stdout = c.stdout
	tail := &tailBuffer{max: 64 << 10}
	cmd.Stderr = multiWriter{c.stderr, tail}
	setParentDeathSignal(cmd)
	if err := cmd.Start(); err != nil {
		return false, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-ctx.Done():
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err = <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			err = <-done
		}
		return false, nil
	}
	if _, ok := panicMessage(tail.String()); ok {
		return true, nil
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return false, exitError{ee.ExitCode()}
	}
	return false, err
}

// serveWorkerCommand serves on the listener handed down as file 3.
var serveWorkerCommand = command{name: "__serve", hidden: true, summary: "internal: the worker of graphquery serve",
	flags: func(fs *pflag.FlagSet) func(context.Context, *cmdContext) error {
		limit := fs.Int("query-limit", 1000, "")
		timeout := fs.Duration("query-timeout", 30*time.Second, "")
		return func(ctx context.Context, c *cmdContext) error {
			ln, err := net.FileListener(os.NewFile(3, "listener"))
			if err != nil {
				return fmt.Errorf("no listener handed down: %v", err)
			}
			if err := c.open(ctx); err != nil {
				return err
			}
			logger := log.New(c.stderr, "graphquery serve: ", log.LstdFlags)
			srv := &http.Server{
				Handler:           web.New(c.st, web.Options{QueryLimit: *limit, QueryTimeout: *timeout, Log: logger, Addr: ln.Addr().String()}),
				ReadHeaderTimeout: 10 * time.Second,
				ErrorLog:          logger,
			}
			ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
			defer stop()
			go func() {
				<-ctx.Done()
				sctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
				defer cancel()
				srv.Shutdown(sctx)
			}()
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		}
	}}

type multiWriter []interface{ Write([]byte) (int, error) }

func (m multiWriter) Write(p []byte) (int, error) {
	for _, w := range m {
		w.Write(p)
	}
	return len(p), nil
}

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = t.b[len(t.b)-t.max:]
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return strings.Clone(string(t.b))
}
