package main

import (
	"fmt"
	"io"

	"graphbuild/internal/cpuprofile"
)

// startProfile writes a CPU profile of the whole run to the file named by
// $GRAPHQUERY_CPUPROFILE, if set (for go tool pprof; see the README's
// performance section). The returned function stops it.
func startProfile(stderr io.Writer) func() {
	stop, err := cpuprofile.FromEnv("GRAPHQUERY_CPUPROFILE")
	if err != nil {
		fmt.Fprintf(stderr, "graphquery: %v\n", err)
	}
	return stop
}
