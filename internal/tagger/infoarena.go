package tagger

import "sync"

// infoArena holds the token infos of one document being tagged, and the
// scratch newTokInfos builds them with, reused from document to document:
// a tokInfo is ~190 bytes, and the infos made per sentence were the
// largest allocation of extraction (18% of its bytes on Arabic news). The
// infos live until the document's tags are returned (TagDocument,
// TagDocumentForms), nothing keeps them after, and release clears them so
// that the pool holds no strings of an old document.
type infoArena struct {
	infos []tokInfo
	used  int
	buf   []byte
	spans []infoSpan
}

// infoSpan locates a token's shape, short shape and cluster paths in the
// sentence's buffer.
type infoSpan struct{ shape, short, clu, cstr [2]int }

var infoArenas = sync.Pool{New: func() any { return new(infoArena) }}

// getInfoArena returns an arena with room for the infos of sents.
func getInfoArena(sents [][]string) *infoArena {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	a := infoArenas.Get().(*infoArena)
	if cap(a.infos) < n {
		a.infos = make([]tokInfo, n)
	}
	a.infos = a.infos[:n]
	a.used = 0
	return a
}

// take returns the infos of a sentence of n tokens (zeroed), and the
// buffer and spans to build them with.
func (a *infoArena) take(n int) ([]tokInfo, []byte, []infoSpan) {
	var in []tokInfo
	if a.used+n <= len(a.infos) {
		in = a.infos[a.used : a.used+n : a.used+n]
		a.used += n
	} else {
		in = make([]tokInfo, n) // more tokens than the document counted
	}
	if cap(a.spans) < n {
		a.spans = make([]infoSpan, n)
	}
	if cap(a.buf) < 48*n {
		a.buf = make([]byte, 0, 48*n)
	}
	return in, a.buf[:0], a.spans[:n]
}

func (a *infoArena) release() {
	clear(a.infos[:a.used])
	a.used = 0
	if cap(a.infos) > 1<<16 { // a huge document: do not keep its arena
		return
	}
	infoArenas.Put(a)
}

// emScratch holds the emission scores of a sentence being decoded and the
// word rows they are summed from, reused from sentence to sentence (the
// scores do not outlive decode).
type emScratch struct {
	em    [][numTags]float64
	rows  []*wordRows
	grows []*gazRows
	key   []byte // the key of a gazetteer label set (gazRowsOf)
}

var emScratchPool = sync.Pool{New: func() any { return new(emScratch) }}

// scores returns n rows of zero scores.
func (es *emScratch) scores(n int) [][numTags]float64 {
	if cap(es.em) < n {
		es.em = make([][numTags]float64, n)
	}
	es.em = es.em[:n]
	clear(es.em)
	return es.em
}

func (es *emScratch) wordRows(n int) []*wordRows {
	if cap(es.rows) < n {
		es.rows = make([]*wordRows, n)
	}
	es.rows = es.rows[:n]
	return es.rows
}

// gazRows returns n nil gazetteer rows.
func (es *emScratch) gazRows(n int) []*gazRows {
	if cap(es.grows) < n {
		es.grows = make([]*gazRows, n)
	}
	es.grows = es.grows[:n]
	clear(es.grows)
	return es.grows
}

func (es *emScratch) release() {
	clear(es.rows) // no word rows kept alive by the pool
	clear(es.grows)
	if cap(es.em) > 1<<14 {
		return
	}
	emScratchPool.Put(es)
}
