package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"graphbuild/internal/kg"
	"graphbuild/internal/store/storetest"
)

// TestHelperOpenStore is not a test: TestBusyStoreSecondProcess runs the
// test binary again with it, as a second process opening the store.
func TestHelperOpenStore(t *testing.T) {
	path := os.Getenv("GRAPHBUILD_HELPER_STORE")
	if path == "" {
		t.Skip("helper process for TestBusyStoreSecondProcess")
	}
	s, err := Open(context.Background(), Options{Backend: os.Getenv("GRAPHBUILD_HELPER_BACKEND"), Path: path, ReadOnly: true, Timeout: time.Second})
	if err != nil {
		fmt.Printf("ERROR %v busy=%v\n", err, errors.Is(err, ErrBusy))
		return
	}
	docs, err := s.Documents(context.Background())
	fmt.Printf("OK %d documents %v\n", len(docs), err)
	s.Close()
}

// Pitfall 5: a second process opening an embedded store a build holds gets
// a clear one-line message within seconds, never a hang; once the build
// is done it reads the store.
func TestBusyStoreSecondProcess(t *testing.T) {
	for _, backend := range testedBackends {
		if !backends[backend].needsPath || backend == "postgres" {
			continue
		}
		t.Run(backend, func(t *testing.T) {
			opts := testOptions(t, backend)
			s, err := Open(ctx, opts)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.WriteGraphs(ctx, []*kg.Graph{storetest.Sample("a")}); err != nil {
				t.Fatal(err)
			}
			second := func() (string, time.Duration) {
				c, cancel := context.WithTimeout(ctx, 30*time.Second)
				defer cancel()
				cmd := exec.CommandContext(c, os.Args[0], "-test.run=^TestHelperOpenStore$", "-test.v")
				cmd.Env = append(os.Environ(), "GRAPHBUILD_HELPER_STORE="+opts.Path, "GRAPHBUILD_HELPER_BACKEND="+backend)
				start := time.Now()
				out, err := cmd.CombinedOutput()
				if c.Err() != nil {
					t.Fatalf("the second process hung: %v\n%s", c.Err(), out)
				}
				if err != nil {
					t.Fatalf("second process: %v\n%s", err, out)
				}
				return string(out), time.Since(start)
			}
			out, took := second()
			// The message names the holder (this test binary) and its pid.
			want := fmt.Sprintf("store %s is in use by %s (pid %d, since ", opts.Path, filepath.Base(os.Args[0]), os.Getpid())
			if !strings.Contains(out, "ERROR "+want) || !strings.Contains(out, "busy=true") {
				t.Errorf("while the store is held: %s", out)
			}
			if took > 10*time.Second {
				t.Errorf("the second process took %v", took)
			}
			s.Close()
			if out, _ := second(); !strings.Contains(out, "OK 1 documents <nil>") {
				t.Errorf("after the build: %s", out)
			}
		})
	}
}
