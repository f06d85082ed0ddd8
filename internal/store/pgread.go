// This file holds Read on PostgreSQL: every lookup of a call in a few set
// queries instead of Cayley's round trips (one query a lookup, then one a
// node value not in its cache: linking a batch's entities to the store
// made ~730k single-row queries for 1,000 articles, issue 14).

package store

import (
	"context"
	"database/sql"
	"fmt"
	"graphbuild/internal/rdf"
	"slices"
	"strings"

	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"
)

// pgBatch bounds the node hashes of one query.
const pgBatch = 5000

func pgHash(v quad.Value) []byte {
	h, _ := csql.HashOf(v).SQLValue().([]byte)
	return h
}

// pgRead runs the lookups with one query per direction (quads whose
// subject, or object, is any of the lookups' nodes) and one for the values
// of the nodes they name. The caller holds the lock.
func (s *Store) pgRead(ctx context.Context, lookups []Lookup) ([][]quad.Quad, error) {
	out := make([][]quad.Quad, len(lookups))
	type key struct {
		dir quad.Direction
		h   string
	}
	want := map[key][]int{}
	hashes := map[quad.Direction][][]byte{}
	for i, l := range lookups {
		h := pgHash(l.Node)
		if h == nil {
			continue
		}
		k := key{l.Dir, string(h)}
		if _, ok := want[k]; !ok {
			hashes[l.Dir] = append(hashes[l.Dir], h)
		}
		want[k] = append(want[k], i)
	}
	type row struct {
		dir        quad.Direction
		s, p, o, l []byte
	}
	var rows []row
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		col := map[quad.Direction]string{quad.Subject: "subject_hash", quad.Object: "object_hash"}[dir]
		for hs := range slices.Chunk(hashes[dir], pgBatch) {
			rs, err := s.sqlDB.QueryContext(ctx, `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads WHERE `+col+` = ANY($1)`, pq.ByteaArray(hs))
			if err != nil {
				return nil, err
			}
			for rs.Next() {
				r := row{dir: dir}
				if err := rs.Scan(&r.s, &r.p, &r.o, &r.l); err != nil {
					rs.Close()
					return nil, err
				}
				rows = append(rows, r)
			}
			if err := rs.Close(); err != nil {
				return nil, err
			}
		}
	}
	need := map[string]bool{}
	var nodes [][]byte
	for _, r := range rows {
		for _, h := range [][]byte{r.s, r.p, r.o, r.l} {
			if h != nil && !need[string(h)] {
				need[string(h)] = true
				nodes = append(nodes, h)
			}
		}
	}
	vals, err := s.pgValues(ctx, nodes)
	if err != nil {
		return nil, err
	}
	val := func(h []byte) (quad.Value, error) {
		if h == nil {
			return nil, nil
		}
		v, ok := vals[string(h)]
		if !ok {
			return nil, fmt.Errorf("node %x of a quad has no value", h)
		}
		return v, nil
	}
	type perPred struct {
		i int
		p string
	}
	n := map[perPred]int{} // quads kept per lookup and predicate, for Lookup.Limit
	for _, r := range rows {
		var q quad.Quad
		var err error
		if q.Subject, err = val(r.s); err == nil {
			if q.Predicate, err = val(r.p); err == nil {
				if q.Object, err = val(r.o); err == nil {
					q.Label, err = val(r.l)
				}
			}
		}
		if err != nil {
			return nil, err
		}
		h := r.s
		if r.dir == quad.Object {
			h = r.o
		}
		for _, i := range want[key{r.dir, string(h)}] {
			l, p := lookups[i], rdf.Text(q.Predicate)
			if len(l.Preds) > 0 && !slices.Contains(l.Preds, p) {
				continue
			}
			if l.Limit > 0 {
				if len(l.Preds) == 0 {
					p = "" // no predicates: the limit is on all the quads
				}
				if n[perPred{i, p}] >= l.Limit {
					continue
				}
				n[perPred{i, p}]++
			}
			out[i] = append(out[i], q)
		}
	}
	return out, nil
}

// pgValues reads the values of the nodes, decoded as Cayley's NameOf
// decodes them.
func (s *Store) pgValues(ctx context.Context, hashes [][]byte) (map[string]quad.Value, error) {
	out := make(map[string]quad.Value, len(hashes))
	for hs := range slices.Chunk(hashes, pgBatch) {
		rs, err := s.sqlDB.QueryContext(ctx, `SELECT hash, value, value_string, datatype, language, iri, bnode,
			value_int, value_bool, value_float, value_time FROM nodes WHERE hash = ANY($1)`, pq.ByteaArray(hs))
		if err != nil {
			return nil, err
		}
		for rs.Next() {
			var (
				hash, data      []byte
				str, typ, lang  sql.NullString
				iri, bnode, vb  sql.NullBool
				vint            sql.NullInt64
				vfloat          sql.NullFloat64
				vtime           sql.NullTime
				val             quad.Value
				unescapeNullStr = func(s string) string { return strings.ReplaceAll(s, `\x00`, "\u0000") }
			)
			if err := rs.Scan(&hash, &data, &str, &typ, &lang, &iri, &bnode, &vint, &vb, &vfloat, &vtime); err != nil {
				rs.Close()
				return nil, err
			}
			switch {
			case str.Valid && iri.Bool:
				val = quad.IRI(str.String)
			case str.Valid && bnode.Bool:
				val = quad.BNode(str.String)
			case str.Valid && lang.Valid:
				val = quad.LangString{Value: quad.String(unescapeNullStr(str.String)), Lang: lang.String}
			case str.Valid && typ.Valid:
				val = quad.TypedString{Value: quad.String(unescapeNullStr(str.String)), Type: quad.IRI(typ.String)}
			case str.Valid:
				val = quad.String(unescapeNullStr(str.String))
			case vint.Valid:
				val = quad.Int(vint.Int64)
			case vb.Valid:
				val = quad.Bool(vb.Bool)
			case vfloat.Valid:
				val = quad.Float(vfloat.Float64)
			case vtime.Valid:
				val = quad.Time(vtime.Time.UTC())
			default:
				if val, err = pquads.UnmarshalValue(data); err != nil {
					rs.Close()
					return nil, fmt.Errorf("unmarshal value: %w", err)
				}
			}
			out[string(hash)] = val
		}
		if err := rs.Close(); err != nil {
			return nil, err
		}
	}
	return out, nil
}
