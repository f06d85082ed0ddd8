//go:build !linux

package tagger

// adviseHuge is a no-op where madvise(MADV_HUGEPAGE) does not exist.
func adviseHuge[T any](s []T) {}
