package tagger

import (
	"syscall"
	"unsafe"
)

// adviseHuge asks the kernel to back the whole 2 MiB pages inside s with
// huge pages (madvise MADV_HUGEPAGE; this machine's transparent huge pages
// are "madvise"). The feature index and the weights (8 + 5 MB for Arabic)
// are read at random, once per feature of every new word; in 4 KiB pages
// nearly every such read also missed the TLB. Call it on a fresh slice,
// before writing to it: pages already touched stay small. Errors are
// ignored (the memory works the same, only slower).
func adviseHuge[T any](s []T) {
	if cap(s) == 0 {
		return
	}
	const huge = 2 << 20
	p := unsafe.Pointer(unsafe.SliceData(s))
	size := uintptr(cap(s)) * unsafe.Sizeof(s[:1][0])
	start := (uintptr(p) + huge - 1) &^ (huge - 1)
	end := (uintptr(p) + size) &^ (huge - 1)
	if end <= start {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Add(p, start-uintptr(p))), end-start)
	_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
}
