//go:build unix

package build

import (
	"syscall"
	"time"
)

// PeakRSS returns the most memory the process has held resident so far,
// in bytes (0 where the system does not say).
func PeakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024 // Linux reports kilobytes
}

// CPUTime returns the CPU time (user and system) the process has used so
// far (0 where the system does not say).
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
