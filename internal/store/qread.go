// This file holds the reads of the query index (qindex.go).

package store

import (
	"context"
	"encoding/binary"
	"math"
	"slices"
	"strconv"
	"strings"

	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"
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

// scan calls fn for each query index entry whose key starts with prefix,
// until fn returns false, in a read transaction under the read lock.
func (s *Store) scan(ctx context.Context, prefix string, fn func(k string, v []byte) bool) error {
	defer s.rlock()()
	if s.qs == nil {
		return errClosed
	}
	return hkv.View(ctx, s.kvdb, func(tx hkv.Tx) error {
		it := tx.Scan(ctx, options.WithPrefixKV(qKey(prefix)))
		defer it.Close()
		for it.Next(ctx) {
			k := it.Key()
			if len(k) != 2 {
				continue
			}
			if !fn(string(k[1]), it.Val()) {
				break
			}
		}
		return it.Err()
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
	defer s.rlock()()
	if s.qs == nil {
		return nil, errClosed
	}
	out := make(map[string]*EntitySummary, len(iris))
	err := hkv.View(ctx, s.kvdb, func(tx hkv.Tx) error {
		each := func(prefix string, fn func(k string, v []byte)) error {
			it := tx.Scan(ctx, options.WithPrefixKV(qKey(prefix)))
			defer it.Close()
			for it.Next(ctx) {
				if k := it.Key(); len(k) == 2 {
					fn(string(k[1][len(prefix):]), it.Val())
				}
			}
			return it.Err()
		}
		for _, iri := range iris {
			e := &EntitySummary{Names: map[string]int{}, Forms: map[string]int{}}
			out[iri] = e
			if docs {
				err := each(string(qMember)+iri+"\x00", func(doc string, v []byte) {
					f := strings.SplitN(string(v), "\x00", 4)
					for len(f) < 4 {
						f = append(f, "")
					}
					e.Docs = append(e.Docs, DocRef{IRI: doc, Lang: f[0], ID: f[1], Published: f[2], Title: f[3]})
				})
				if err != nil {
					return err
				}
			}
			err := each(string(qName)+iri+"\x00", func(k string, v []byte) {
				if k == "" {
					return
				}
				n, _ := strconv.Atoi(string(v))
				switch k[0] {
				case 1:
					e.Names[k[1:]] = n
				case 2:
					e.Forms[k[1:]] = n
				}
			})
			if err != nil {
				return err
			}
			slices.SortFunc(e.Docs, func(a, b DocRef) int { return strings.Compare(a.IRI, b.IRI) })
		}
		return nil
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
func (s *Store) IgnoreQueryIndex() { s.queryIndex = false }

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
	defer s.rlock()()
	if s.qs == nil {
		return nil, errClosed
	}
	out := make(map[string]EntityName, len(iris))
	err := hkv.View(ctx, s.kvdb, func(tx hkv.Tx) error {
		hk := make([]hkv.Key, len(iris))
		for i, iri := range iris {
			hk[i] = qKey(string(qCount) + iri)
		}
		vals, err := tx.GetBatch(ctx, hk)
		if err != nil {
			return err
		}
		for i, iri := range iris {
			docs, _ := strconv.Atoi(string(vals[i]))
			if docs <= 0 {
				continue
			}
			prefix := string(qName) + iri + "\x00\x01"
			best, most := "", 0
			it := tx.Scan(ctx, options.WithPrefixKV(qKey(prefix)))
			for it.Next(ctx) {
				k := it.Key()
				if len(k) != 2 {
					continue
				}
				if n, _ := strconv.Atoi(string(it.Val())); n > most {
					best, most = string(k[1][len(prefix):]), n
				}
			}
			err := it.Err()
			it.Close()
			if err != nil {
				return err
			}
			if most > 0 {
				out[iri] = EntityName{Name: best, Docs: docs}
			}
		}
		return nil
	})
	return out, err
}
