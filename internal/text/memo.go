package text

import (
	"strings"
	"sync"
)

// memo caches a pure function of a word. It holds a few maps, each taken
// with TryLock, the first free one used: a call never waits for another
// goroutine (when every map is taken it calls f), and one goroutine keeps
// finding its words in the same map. A full map is emptied.
type memo[V any] struct {
	f      func(string) V
	shards [memoShards]memoShard[V]
}

type memoShard[V any] struct {
	mu sync.Mutex
	m  map[string]V
}

const (
	memoShards = 8
	memoWords  = 1 << 15
)

func newMemo[V any](f func(string) V) *memo[V] { return &memo[V]{f: f} }

func (m *memo[V]) get(w string) V {
	for k := range m.shards {
		s := &m.shards[k]
		if !s.mu.TryLock() {
			continue
		}
		v, ok := s.m[w]
		if !ok {
			v = m.f(w)
			if s.m == nil || len(s.m) >= memoWords {
				s.m = make(map[string]V, 256)
			}
			s.m[strings.Clone(w)] = v // w is often a slice of a whole document
		}
		s.mu.Unlock()
		return v
	}
	return m.f(w)
}
