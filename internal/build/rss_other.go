//go:build !unix

package build

import "time"

// PeakRSS returns 0: this system does not say.
func PeakRSS() int64 { return 0 }

// CPUTime returns 0: this system does not say.
func CPUTime() time.Duration { return 0 }
