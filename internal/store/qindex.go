// This file holds the query index: what the query commands read at scale
// that no quad index gives in one read, kept in a key-value store beside
// Cayley's own indexes and written in the same transaction.

package store

import (
	"context"
	"encoding/binary"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/schema"
)

// The query index. Every entry is derived from one document's quads, so
// WriteGraphs keeps it exact by comparing the entries of a document's old
// quads with those of its new ones, in the transaction that replaces them:
//
//	D <published, newest first> <doc>      → quotes of the document (who-said newest first)
//	M <entity> 0 <doc>                     → lang, id, published, title of the document, NUL between (the entity's articles)
//	N <entity>                             → how many documents mention it
//	C <count, most first> <entity>         → "" (link: the most shared entities)
//	A <entity> 0 <1: name, 2: surface form> <name> → how many documents give it
//	K <name key> 0 <entity>                → how many documents give the key (NameKey of a name or surface form)
//	T <a word-start tail of a name key> 0 <entity> → likewise (names found by a prefix)
//
// and, from version 3 on, the entity entries (HasEntityIndex):
//
//	S <entity> 0 <sameAs IRI>              → how many documents give the link (entity's card)
//	R <sameAs IRI> 0 <entity>              → likewise (an entity found by its Wikidata id)
//	Y <type IRI> 0 <entity> 0 <doc>        → "1": the document gives the entity the type (entities --type)
//	L <entity> 0 <doc id> 0 <lang>         → how many documents have that id and language (link's articles)
//
// M, D and Y are one key per document; the others are counts summed
// over documents. A store is given the index when it is created
// (initKVIndexes); one made before keeps none and is read the old way
// (HasQueryIndex false). A store of version 2 keeps all but the entity
// entries, and writes none of them (they would be missing for the
// documents it holds already): what they answer it reads the old way.
// On postgres the same entries are rows of a table (pgindex.go); memstore
// keeps none.
var (
	qBucket   = []byte("gbq")
	metaQuery = hkv.Key{[]byte("meta"), []byte("gbqindex")}
)

// qVersion is the version of the query index this code writes, kept under
// metaQuery; a store with another version is read the old way.
const qVersion = "3"

// qVersion2 is the version before the entity entries.
const qVersion2 = "2"

const (
	qDoc    = 'D'
	qMember = 'M'
	qCount  = 'N'
	qByCnt  = 'C'
	qName   = 'A'
	qKeyOf  = 'K'
	qTail   = 'T'
	qSameAs = 'S'
	qSameOf = 'R'
	qType   = 'Y'
	qDocIDs = 'L'
)

// entityTypes are the IRIs of the entity types, which Y entries keep.
var entityTypes = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, t := range schema.Types() {
		if t.IsEntity() {
			out[t.IRI] = true
		}
	}
	return out
})

func qKey(k string) hkv.Key { return hkv.Key{qBucket, []byte(k)} }

// descString encodes s so that a greater s sorts first: each byte
// inverted, then 0xFF, which also ends the field (s holds no 0x00).
func descString(s string) string {
	b := make([]byte, len(s)+1)
	for i := 0; i < len(s); i++ {
		b[i] = 0xFF - s[i]
	}
	b[len(s)] = 0xFF
	return string(b)
}

func undescString(s string) string {
	b := []byte(s[:len(s)-1])
	for i := range b {
		b[i] = 0xFF - b[i]
	}
	return string(b)
}

// descCount is n as 8 bytes that sort the greatest first.
func descCount(n int64) string {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], math.MaxUint64-uint64(n))
	return string(b[:])
}

// qEntries are the query index entries of one document's quads.
type qEntries struct {
	keys   map[string]string // one-document entries: key → value
	counts map[string]bool   // counted keys the document adds one to
}

// queryEntries derives the entries of the quads of document doc; the
// entity entries (S, R, Y, L) only with entity.
func queryEntries(doc string, qs []quad.Quad, entity bool) qEntries {
	e := qEntries{keys: map[string]string{}, counts: map[string]bool{}}
	label := quad.IRI(doc)
	var isDoc bool
	var pub, lang, id, title string
	quotes := 0
	var ents []string
	type name struct {
		ent  string
		kind byte
		text string
	}
	var names []name
	for _, q := range qs {
		if q.Label != label {
			continue
		}
		p, _ := q.Predicate.(quad.IRI)
		if q.Subject == label {
			switch string(p) {
			case schema.RDFType:
				isDoc = isDoc || q.Object == quad.IRI(rdf.ClassDocument)
			case rdf.PropPublished:
				pub = rdf.Text(q.Object)
			case rdf.PropLang:
				lang = rdf.Text(q.Object)
			case rdf.PropDocID:
				id = rdf.Text(q.Object)
			case rdf.PropTitle:
				title = rdf.Text(q.Object)
			case rdf.PropHasQuote:
				quotes++
			case rdf.PropMentions:
				ents = append(ents, rdf.Text(q.Object))
			}
			continue
		}
		switch string(p) {
		case rdf.OWLSameAs:
			if entity {
				s, o := rdf.Text(q.Subject), rdf.Text(q.Object)
				e.counts[string(qSameAs)+s+"\x00"+o] = true
				e.counts[string(qSameOf)+o+"\x00"+s] = true
			}
		case schema.RDFType:
			if o, ok := q.Object.(quad.IRI); ok && entity && entityTypes()[string(o)] {
				e.keys[string(qType)+string(o)+"\x00"+rdf.Text(q.Subject)+"\x00"+doc] = "1"
			}
		case IndexKey: // a document written with the name index quads
			e.nameKey(rdf.Text(q.Object), rdf.Text(q.Subject))
		case rdf.PropName:
			names = append(names, name{rdf.Text(q.Subject), 1, rdf.Text(q.Object)})
			e.nameKey(NameKey(names[len(names)-1].text), names[len(names)-1].ent)
		case rdf.PropSurfaceForm:
			names = append(names, name{rdf.Text(q.Subject), 2, rdf.Text(q.Object)})
			e.nameKey(NameKey(names[len(names)-1].text), names[len(names)-1].ent)
		}
	}
	if !isDoc {
		return e
	}
	e.keys[string(qDoc)+descString(pub)+doc] = strconv.Itoa(quotes)
	mentioned := map[string]bool{}
	shortID := id // as the readers of M name a document without an id
	if shortID == "" {
		shortID = kg.DocIDFromIRI(doc)
	}
	for _, ent := range ents {
		mentioned[ent] = true
		e.keys[string(qMember)+ent+"\x00"+doc] = strings.Join([]string{lang, id, pub, title}, "\x00")
		e.counts[string(qCount)+ent] = true
		if entity {
			e.counts[string(qDocIDs)+ent+"\x00"+shortID+"\x00"+lang] = true
		}
	}
	for _, n := range names {
		if mentioned[n.ent] {
			e.counts[string(qName)+n.ent+"\x00"+string(n.kind)+n.text] = true
		}
	}
	return e
}

// nameKey counts the name key k of entity ent, and each of its tails
// from a word start. The keys are those of the name index (index.go):
// NameKey of each name and surface form of the entity, which the entity's
// name and surfaceForm quads hold; a document written with the name index
// quads gives them twice, which counts once.
func (e qEntries) nameKey(k, ent string) {
	if k == "" {
		return
	}
	e.counts[string(qKeyOf)+k+"\x00"+ent] = true
	for t := k; ; {
		e.counts[string(qTail)+t+"\x00"+ent] = true
		i := strings.IndexByte(t, ' ')
		if i < 0 {
			break
		}
		t = t[i+1:]
	}
}

// qDelta is the change of the query index a write makes.
type qDelta struct {
	put    map[string]string // one-document entries written
	del    map[string]bool   // one-document entries removed
	counts map[string]int    // counted keys: change
	ident  []quad.Quad       // identity quads added (identkeys.go)
}

func newQDelta() *qDelta {
	return &qDelta{put: map[string]string{}, del: map[string]bool{}, counts: map[string]int{}}
}

// add records the change from a document's old entries to its new ones.
func (d *qDelta) add(old, cur qEntries) {
	for k := range old.keys {
		if _, ok := cur.keys[k]; !ok {
			d.del[k] = true
		}
	}
	for k, v := range cur.keys {
		if ov, ok := old.keys[k]; !ok || ov != v {
			d.put[k] = v
		}
	}
	for k := range old.counts {
		if !cur.counts[k] {
			d.counts[k]--
		}
	}
	for k := range cur.counts {
		if !old.counts[k] {
			d.counts[k]++
		}
	}
}

// qWriter is the transaction of a write: an hkv.Tx, or a buffer of one
// on PostgreSQL (pgindex.go).
type qWriter interface {
	GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error)
	Put(ctx context.Context, k hkv.Key, v hkv.Value) error
	Del(ctx context.Context, k hkv.Key) error
}

// apply writes the change in tx, the transaction of the quads' write.
func (d *qDelta) apply(ctx context.Context, tx qWriter) error {
	for _, q := range d.ident {
		if err := tx.Put(ctx, identKey(q), nil); err != nil {
			return err
		}
	}
	for k := range d.del {
		if err := tx.Del(ctx, qKey(k)); err != nil {
			return err
		}
	}
	for k, v := range d.put {
		if err := tx.Put(ctx, qKey(k), []byte(v)); err != nil {
			return err
		}
	}
	var keys []string
	for k, n := range d.counts {
		if n != 0 {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	hk := make([]hkv.Key, len(keys))
	for i, k := range keys {
		hk[i] = qKey(k)
	}
	vals, err := tx.GetBatch(ctx, hk)
	if err != nil {
		return err
	}
	for i, k := range keys {
		was, _ := strconv.ParseInt(string(vals[i]), 10, 64)
		now := was + int64(d.counts[k])
		if now > 0 {
			err = tx.Put(ctx, hk[i], []byte(strconv.FormatInt(now, 10)))
		} else {
			err = tx.Del(ctx, hk[i])
		}
		if err != nil {
			return err
		}
		if ent, ok := strings.CutPrefix(k, string(qCount)); ok {
			if was > 0 {
				if err := tx.Del(ctx, qKey(string(qByCnt)+descCount(was)+ent)); err != nil {
					return err
				}
			}
			if now > 0 {
				if err := tx.Put(ctx, qKey(string(qByCnt)+descCount(now)+ent), []byte("1")); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// hasQueryIndex says whether a key-value store keeps the query index,
// and whether with the entity entries.
func hasQueryIndex(ctx context.Context, db hkv.KV) (has, entity bool, err error) {
	err = hkv.View(ctx, db, func(tx hkv.Tx) error {
		v, err := tx.Get(ctx, metaQuery)
		if err == hkv.ErrNotFound {
			return nil
		}
		if err == nil {
			has, entity = queryIndexVersion(string(v))
		}
		return err
	})
	return has, entity, err
}

// queryIndexVersion says what a store whose query index has version v
// keeps.
func queryIndexVersion(v string) (has, entity bool) {
	return v == qVersion || v == qVersion2, v == qVersion
}
