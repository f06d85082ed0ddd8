//go:build !race

package store

// boltdb/bolt fails checkptr under the race detector (cayley-notes.md
// pitfall 4), so it is tested only without -race.
func init() { testedBackends = append(testedBackends, "bolt") }

func boltUsable() bool { return true }
