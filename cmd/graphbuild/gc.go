package main

import (
	"os"
	"runtime/debug"
)

// GC settings of a run when the environment gives none: the collector runs
// when the heap has grown by 300% of what survived the last collection (Go's
// default is 100%), and whenever the heap reaches 768 MiB. Extraction allocates
// fast and keeps little (the models, a batch's graphs), so at the default the
// collector ran ~3× as often for the same live heap; at 300% extraction's CPU
// is ~5% lower (ar1k 5.43 → 5.17 s, en1k 3.20 → 3.07 s, 4 interleaved pairs)
// and peak RSS of --print nquads 167 → 289 MB. The limit keeps a large build
// under the 1.5 GB: when the heap nears it the collector runs as
// often as it must (a store build of ar1k + en1k, --jobs 2: 29.4 → 27.4 s
// CPU, peak RSS 665 → 787 MB; with a 1 GiB limit 25.5 s and 1,010 MB). GOGC and GOMEMLIMIT, when set, are Go's as ever.
const (
	gcPercent   = 300
	memoryLimit = 768 << 20
)

func setGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}
