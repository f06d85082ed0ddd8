//go:build race

package store

func boltUsable() bool { return false }
