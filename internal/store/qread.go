// This file holds the reads of the query index (qindex.go).

package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"math"
	"slices"
	"strconv"
	"strings"

	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/hidal-go/hidalgo/kv/options"
	"github.com/syndtr/goleveldb/leveldb"
)

// HasQueryIndex reports whether the store keeps the query index; without
// it (a store made before it, memstore, postgres) the query commands read
// the quads.
func (s *Store) HasQueryIndex() bool { return s.queryIndex }

// DocDate is a document of the date index.
type DocDate struct {
	IRI       string
	Published string
	Quotes    int // quotes of the document
}

// qTx is a read transaction of the query index and identity key entries:
// on the key-value backends an hkv.Tx (kvQTx), on postgres a transaction
// of PostgreSQL (pgindex.go), where each call is one or a few queries.
type qTx interface {
	GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error)
	// scan calls fn with the entries under each prefix (the last part of
	// their key, which fn must not keep), prefix by prefix, each in key
	// order and at most limit of them (0: all), until fn returns false.
	scan(ctx context.Context, prefixes []hkv.Key, limit int, fn func(i int, k, v []byte) bool) error
}

type kvQTx struct{ tx hkv.Tx }

func (t kvQTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	return t.tx.GetBatch(ctx, keys)
}

func (t kvQTx) scan(ctx context.Context, prefixes []hkv.Key, limit int, fn func(i int, k, v []byte) bool) error {
	for i, p := range prefixes {
		it := t.tx.Scan(ctx, options.WithPrefixKV(p))
		n, more := 0, true
		for more && (limit == 0 || n < limit) && it.Next(ctx) {
			k := it.Key()
			if len(k) != 2 {
				continue
			}
			n++
			more = fn(i, k[1], it.Val())
		}
		err := it.Err()
		it.Close()
		if err != nil || !more {
			return err
		}
	}
	return nil
}

// qView runs fn in a read transaction of the entries, under the read lock.
func (s *Store) qView(ctx context.Context, fn func(tx qTx) error) error {
	defer s.rlock()()
	if s.qs == nil {
		return errClosed
	}
	if s.sqlDB != nil {
		return s.pgView(ctx, fn) // pgindex.go
	}
	if l, ok := s.kvdb.(levelKV); ok && levelSeek {
		return hkv.View(ctx, s.kvdb, func(tx hkv.Tx) error { return fn(levelQTx{kvQTx{tx}, l.db}) })
	}
	return hkv.View(ctx, s.kvdb, func(tx hkv.Tx) error { return fn(kvQTx{tx}) })
}

// levelSeek says the reads of the entries on leveldb scan through
// levelQTx (tests compare it with hidalgo's scans).
var levelSeek = true

// levelQTx is kvQTx on leveldb, whose scan moves one iterator to each
// prefix in turn. hidalgo's prefix scan makes an iterator per prefix, each
// a merge of an iterator per table of level 0 and per level below, and
// cannot seek: making them and their first step were three quarters of
// the CPU of linking's lookup (identEntities, entityNames), more as the
// store grows deeper (issue 14). The iterator reads the database, not the
// transaction's snapshot: the caller holds the store's read lock, so no
// write runs meanwhile.
type levelQTx struct {
	kvQTx
	db *leveldb.DB
}

func (t levelQTx) scan(ctx context.Context, prefixes []hkv.Key, limit int, fn func(i int, k, v []byte) bool) error {
	if len(prefixes) == 0 {
		return nil
	}
	it := t.db.NewIterator(nil, nil)
	defer it.Release()
	var buf []byte
	for i, p := range prefixes {
		raw := flat.KeyEscape(p) // as hidalgo's options.WithPrefixKV
		n := 0
		for ok := it.Seek(raw); ok && (limit == 0 || n < limit) && bytes.HasPrefix(it.Key(), raw); ok = it.Next() {
			var last []byte
			if buf, last, ok = lastPart(it.Key(), buf); !ok {
				continue
			}
			n++
			if !fn(i, last, it.Value()) {
				return it.Error()
			}
		}
		if err := it.Error(); err != nil {
			return err
		}
	}
	return nil
}

// lastPart is the second part of a key of two parts as hidalgo's flat
// keys write them (flat.KeyEscape: parts joined by '/', a '/' or '\\'
// inside a part escaped by '\\'), unescaped into buf, which it returns
// for the next key; ok is false for a key of another number of parts or
// an empty second part, which flat.KeyUnescape would not give as two.
// flat.KeyUnescape builds each part a byte at a time: on 52,454 keys it
// was 40% of the CPU of link.
func lastPart(key, buf []byte) (_, last []byte, ok bool) {
	buf = buf[:0]
	split := -1
	for i := 0; i < len(key); i++ {
		switch c := key[i]; {
		case c == '\\' && i+1 < len(key):
			i++
			buf = append(buf, key[i])
		case c == '/':
			if split >= 0 {
				return buf, nil, false
			}
			split = len(buf)
		default:
			buf = append(buf, c)
		}
	}
	if split < 0 || split == len(buf) {
		return buf, nil, false
	}
	return buf, buf[split:], true
}

// scan calls fn for each query index entry whose key starts with prefix,
// until fn returns false, in a read transaction under the read lock.
func (s *Store) scan(ctx context.Context, prefix string, fn func(k string, v []byte) bool) error {
	return s.qView(ctx, func(tx qTx) error {
		return tx.scan(ctx, []hkv.Key{qKey(prefix)}, 0, func(_ int, k, v []byte) bool { return fn(string(k), v) })
	})
}

// DocsByDate returns the documents of the date index from the skip-th on,
// newest first and by IRI within a date: at least n of them (all when
// fewer are left; a page ends at a change of date), and whether more are
// left.
func (s *Store) DocsByDate(ctx context.Context, skip, n int) ([]DocDate, bool, error) {
	var out []DocDate
	more := false
	i := 0
	err := s.scan(ctx, string(qDoc), func(k string, v []byte) bool {
		if i++; i <= skip {
			return true
		}
		rest := k[1:]
		j := strings.IndexByte(rest, 0xFF)
		if j < 0 {
			return true
		}
		pub := undescString(rest[:j+1])
		if len(out) >= n && pub != out[len(out)-1].Published {
			more = true
			return false
		}
		q, _ := strconv.Atoi(string(v))
		out = append(out, DocDate{IRI: rest[j+1:], Published: pub, Quotes: q})
		return true
	})
	// Within a date, by IRI (the store's key escaping may order them
	// otherwise).
	slices.SortStableFunc(out, func(a, b DocDate) int {
		if a.Published != b.Published {
			return 0
		}
		return strings.Compare(a.IRI, b.IRI)
	})
	return out, more, err
}

// EntityCount is an entity and how many documents mention it.
type EntityCount struct {
	IRI  string
	Docs int
}

// EntitiesByDocs returns the entities at least minDocs documents mention,
// the most mentioned first: limit of them (0: all), and those mentioned as
// often as the last of them; and how many there are in all.
func (s *Store) EntitiesByDocs(ctx context.Context, minDocs, limit int) ([]EntityCount, int, error) {
	var out []EntityCount
	total := 0
	err := s.scan(ctx, string(qByCnt), func(k string, _ []byte) bool {
		if len(k) < 9 {
			return true
		}
		n := int(math.MaxUint64 - binary.BigEndian.Uint64([]byte(k[1:9])))
		if n < minDocs {
			return false
		}
		total++
		if limit == 0 || len(out) < limit || n == out[len(out)-1].Docs {
			out = append(out, EntityCount{IRI: k[9:], Docs: n})
		}
		return true
	})
	return out, total, err
}

// DocRef is a document that mentions an entity.
type DocRef struct {
	IRI, ID, Lang, Published, Title string
}

// EntitySummary is what the query index holds of an entity.
type EntitySummary struct {
	Docs  []DocRef       // the documents that mention it, by IRI
	Names map[string]int // its names (rdf.PropName), with how many documents give each
	Forms map[string]int // its other surface forms, likewise
}

// EntitySummaries reads the summaries of the entities from the query
// index, in one read transaction; with docs false, their names only.
func (s *Store) EntitySummaries(ctx context.Context, iris []string, docs bool) (map[string]*EntitySummary, error) {
	out := make(map[string]*EntitySummary, len(iris))
	err := s.qView(ctx, func(tx qTx) error {
		sums := make([]*EntitySummary, len(iris))
		names := make([]hkv.Key, len(iris))
		members := make([]hkv.Key, len(iris))
		for i, iri := range iris {
			sums[i] = &EntitySummary{Names: map[string]int{}, Forms: map[string]int{}}
			out[iri] = sums[i]
			names[i] = qKey(string(qName) + iri + "\x00")
			members[i] = qKey(string(qMember) + iri + "\x00")
		}
		if docs {
			err := tx.scan(ctx, members, 0, func(i int, k, v []byte) bool {
				f := strings.SplitN(string(v), "\x00", 4)
				for len(f) < 4 {
					f = append(f, "")
				}
				doc := string(k[len(members[i][1]):])
				sums[i].Docs = append(sums[i].Docs, DocRef{IRI: doc, Lang: f[0], ID: f[1], Published: f[2], Title: f[3]})
				return true
			})
			if err != nil {
				return err
			}
		}
		err := tx.scan(ctx, names, 0, func(i int, k, v []byte) bool {
			k = k[len(names[i][1]):]
			if len(k) == 0 {
				return true
			}
			n, _ := strconv.Atoi(string(v))
			switch k[0] {
			case 1:
				sums[i].Names[string(k[1:])] = n
			case 2:
				sums[i].Forms[string(k[1:])] = n
			}
			return true
		})
		for _, e := range sums {
			slices.SortFunc(e.Docs, func(a, b DocRef) int { return strings.Compare(a.IRI, b.IRI) })
		}
		return err
	})
	return out, err
}

// NameEntities returns the entities with a name key (index.go) equal to
// key, or, with prefix, with a word-start tail of one that starts with
// key; sorted.
func (s *Store) NameEntities(ctx context.Context, key string, prefix bool) ([]string, error) {
	p := string(qKeyOf) + key + "\x00"
	if prefix {
		p = string(qTail) + key
	}
	var out []string
	err := s.scan(ctx, p, func(k string, _ []byte) bool {
		if i := strings.LastIndexByte(k, 0); i >= 0 {
			out = append(out, k[i+1:])
		}
		return true
	})
	slices.Sort(out)
	return slices.Compact(out), err
}

// IgnoreQueryIndex makes the reads of this Store, which must not write
// again, ignore the query index, as on a store without one: for comparing
// both ways of answering.
func (s *Store) IgnoreQueryIndex() { s.queryIndex, s.entityIndex = false, false }

// HasEntityIndex reports whether the query index keeps the entity entries
// (qindex.go: sameAs links, types, article ids); without them (a store
// made before them) the readers of the query commands read the quads.
func (s *Store) HasEntityIndex() bool { return s.entityIndex }

// IgnoreEntityIndex makes the reads of this Store, which must not write
// again, ignore the entity entries, as on a store of version 2: for
// comparing both ways of answering.
func (s *Store) IgnoreEntityIndex() { s.entityIndex = false }

// scanSuffixes returns the last part of the keys of the query index
// entries under prefix (after the prefix), sorted and unique.
func (s *Store) scanSuffixes(ctx context.Context, prefix string) ([]string, error) {
	var out []string
	err := s.scan(ctx, prefix, func(k string, _ []byte) bool {
		out = append(out, k[len(prefix):])
		return true
	})
	slices.Sort(out)
	return slices.Compact(out), err
}

// SameAs returns the sameAs links (their IRIs) any document gives the
// entity, sorted, from the entity entries.
func (s *Store) SameAs(ctx context.Context, iri string) ([]string, error) {
	return s.scanSuffixes(ctx, string(qSameAs)+iri+"\x00")
}

// SameAsOf returns the entities any document links to the IRI by sameAs,
// sorted, from the entity entries.
func (s *Store) SameAsOf(ctx context.Context, iri string) ([]string, error) {
	return s.scanSuffixes(ctx, string(qSameOf)+iri+"\x00")
}

// TypeMention is an entity a document gives a type.
type TypeMention struct {
	Entity, Doc string
}

// TypeMentions returns, for each type IRI, the entities documents give it
// and those documents, from the entity entries: what the rdf:type quads
// of the type give (their subjects and labels), one read transaction.
func (s *Store) TypeMentions(ctx context.Context, types []string) ([][]TypeMention, error) {
	out := make([][]TypeMention, len(types))
	err := s.qView(ctx, func(tx qTx) error {
		prefixes := make([]hkv.Key, len(types))
		for i, t := range types {
			prefixes[i] = qKey(string(qType) + t + "\x00")
		}
		return tx.scan(ctx, prefixes, 0, func(i int, k, _ []byte) bool {
			rest := k[len(prefixes[i][1]):]
			if j := bytes.IndexByte(rest, 0); j >= 0 {
				out[i] = append(out[i], TypeMention{Entity: string(rest[:j]), Doc: string(rest[j+1:])})
			}
			return true
		})
	})
	return out, err
}

// DocID is the id and language of documents that mention an entity, and
// how many documents have them.
type DocID struct {
	ID, Lang string
	N        int
}

// EntityDocIDs returns, for each entity, the ids and languages of the
// documents that mention it, from the entity entries, in one read
// transaction: a short key a document, where EntitySummaries reads the
// document's title and date as well (link: the 50 most shared entities of
// a 30k store list 52,454 articles).
func (s *Store) EntityDocIDs(ctx context.Context, iris []string) (map[string][]DocID, error) {
	out := make(map[string][]DocID, len(iris))
	err := s.qView(ctx, func(tx qTx) error {
		prefixes := make([]hkv.Key, len(iris))
		for i, iri := range iris {
			prefixes[i] = qKey(string(qDocIDs) + iri + "\x00")
		}
		return tx.scan(ctx, prefixes, 0, func(i int, k, v []byte) bool {
			rest := k[len(prefixes[i][1]):]
			j := bytes.IndexByte(rest, 0)
			if j < 0 {
				return true
			}
			n, _ := strconv.Atoi(string(v))
			iri := iris[i]
			out[iri] = append(out[iri], DocID{ID: string(rest[:j]), Lang: string(rest[j+1:]), N: n})
			return true
		})
	})
	return out, err
}

// EntityName is an entity's name, the one most documents give it (of
// equals, the first in byte order), and how many documents mention it.
type EntityName struct {
	Name string
	Docs int
}

// entityNames reads the name and document count of each entity from the
// query index in one read transaction: a count and a scan of the entity's
// few distinct names each, however many documents name it. An entity no
// document names (any more) is left out.
func (s *Store) entityNames(ctx context.Context, iris []string) (map[string]EntityName, error) {
	out := make(map[string]EntityName, len(iris))
	err := s.qView(ctx, func(tx qTx) error {
		hk := make([]hkv.Key, len(iris))
		for i, iri := range iris {
			hk[i] = qKey(string(qCount) + iri)
		}
		vals, err := tx.GetBatch(ctx, hk)
		if err != nil {
			return err
		}
		var named []string
		var prefixes []hkv.Key
		docs := map[string]int{}
		for i, iri := range iris {
			n, _ := strconv.Atoi(string(vals[i]))
			if n <= 0 {
				continue
			}
			docs[iri] = n
			named = append(named, iri)
			prefixes = append(prefixes, qKey(string(qName)+iri+"\x00\x01"))
		}
		best := make([]string, len(named))
		most := make([]int, len(named))
		err = tx.scan(ctx, prefixes, 0, func(i int, k, v []byte) bool {
			if n, _ := strconv.Atoi(string(v)); n > most[i] {
				best[i], most[i] = string(k[len(prefixes[i][1]):]), n
			}
			return true
		})
		if err != nil {
			return err
		}
		for i, iri := range named {
			if most[i] > 0 {
				out[iri] = EntityName{Name: best[i], Docs: docs[iri]}
			}
		}
		return nil
	})
	return out, err
}
