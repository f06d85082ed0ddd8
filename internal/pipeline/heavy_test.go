package pipeline

import "os"

// heavy reports whether the long reliability trials run
// (GRAPHBUILD_RELIABILITY_HEAVY=1).
func heavy() bool { return os.Getenv("GRAPHBUILD_RELIABILITY_HEAVY") != "" }
