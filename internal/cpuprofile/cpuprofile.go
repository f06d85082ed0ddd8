// Package cpuprofile starts a CPU profile of a whole command run into the
// file an environment variable names (for go tool pprof).
package cpuprofile

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// FromEnv starts a CPU profile into the file named by the environment
// variable env, if it is set, and returns the function that stops it (a
// no-op when nothing was started). The error names the variable.
func FromEnv(env string) (stop func(), err error) {
	path := os.Getenv(env)
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return func() {}, fmt.Errorf("%s: %w", env, err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return func() {}, fmt.Errorf("%s: %w", env, err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
