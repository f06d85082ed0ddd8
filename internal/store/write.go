// This file holds the write path: WriteGraphs, which replaces each
// document's quads in one transaction, and padNodeRefs, its workaround
// for a bug of Cayley's key-value backends.

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
)

// WriteStats tells what a WriteGraphs call changed.
type WriteStats struct {
	Documents int // documents written
	Quads     int // quads the documents have now
	Added     int // quads that were not there before
	Deleted   int // quads of the old versions that are gone
}

// WriteGraphs writes the graphs, each replacing every quad its document
// had before, all in one transaction: either every document is written or
// the store is left as it was. Quads the new version shares with the old
// one are left alone, so rewriting an unchanged document changes nothing.
func (s *Store) WriteGraphs(ctx context.Context, graphs []*kg.Graph) (WriteStats, error) {
	var st WriteStats
	if s.opts.ReadOnly {
		return st, fmt.Errorf("store %s was opened read-only", s.name())
	}
	type doc struct {
		iri   string
		qs    []quad.Quad
		ident []quad.Quad // the identity key index, one per entity (identindex.go)
	}
	var docs []doc
	seen := map[string]int{}
	for _, g := range graphs {
		qs, err := rdf.Quads(g)
		if err != nil {
			return st, err
		}
		if !s.queryIndex {
			// A store with the query index finds names through it, whose
			// name entries derive from the names themselves (qindex.go):
			// the name index quads would be a quarter of the quads, each a
			// growing index list read and written again with every
			// document that names the entity (issue 14).
			qs = append(qs, indexQuads(g)...)
		}
		d := doc{iri: g.Doc.IRI(), qs: qs, ident: identityQuads(g)}
		if i, dup := seen[d.iri]; dup { // the later version wins
			docs[i] = d
			continue
		}
		seen[d.iri] = len(docs)
		docs = append(docs, d)
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if s.qs == nil {
		return st, errClosed
	}
	var deltas []graph.Delta
	var qd *qDelta
	if s.queryIndex {
		qd = newQDelta()
	}
	identSeen := map[quad.Quad]bool{}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return WriteStats{}, err
		}
		changed := st.Added + st.Deleted
		old, err := s.docQuads(ctx, d.iri)
		if err != nil {
			return st, fmt.Errorf("reading the old quads of %s: %w", d.iri, err)
		}
		oldSet := make(map[string]bool, len(old))
		for _, q := range old {
			oldSet[q.NQuad()] = true
		}
		newSet := make(map[string]bool, len(d.qs))
		for _, q := range d.qs {
			k := q.NQuad()
			newSet[k] = true
			if !oldSet[k] {
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
				st.Added++
			}
		}
		for _, q := range old {
			if !newSet[q.NQuad()] {
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
				st.Deleted++
			}
		}
		if qd != nil {
			qd.add(queryEntries(d.iri, old, s.entityIndex), queryEntries(d.iri, d.qs, s.entityIndex))
		}
		// A changed document (re)adds its entities' identity keys, which
		// belong to no document: the store holds each once, whatever
		// number of documents name the entity, and keeps it when they are
		// replaced (identindex.go). They are not counted as the document's.
		if st.Added+st.Deleted > changed {
			for _, q := range d.ident {
				if identSeen[q] {
					continue
				}
				identSeen[q] = true
				if qd != nil && s.identKeys {
					// A store that keeps the identity key entries is read
					// through them alone (identkeys.go): the key is written
					// as an entry, not as a quad, with no read before (an
					// entry written again is the same entry).
					qd.ident = append(qd.ident, q)
					continue
				}
				if s.be.kv {
					// Held already, under any label: Cayley would skip it,
					// after a check that, in a store made before, reads every
					// identity quad (identexists.go).
					if held, err := s.storedTriple(ctx, q); err != nil {
						return st, fmt.Errorf("reading the identity index: %w", err)
					} else if held {
						continue
					}
				}
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
			}
		}
		st.Documents++
		st.Quads += len(d.qs)
	}
	opts := graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	if s.applyHook != nil {
		deltas, opts = s.applyHook(deltas, opts)
	}
	if len(deltas) == 0 {
		return st, nil
	}
	if s.be.kv {
		deltas = padNodeRefs(deltas)
	}
	var err error
	if s.sqlDB != nil {
		var hook func(context.Context, *sql.Tx) error
		if qd != nil {
			hook = func(ctx context.Context, tx *sql.Tx) error {
				w := newPGTx(tx)
				if err := qd.apply(ctx, w); err != nil {
					return err
				}
				return w.flush(ctx)
			}
		}
		err = s.pgApply(ctx, deltas, opts, hook) // pgindex.go
	} else {
		s.writeCtx.Store(&ctx)
		if qd != nil {
			h := commitHook(func(ctx context.Context, tx hkv.Tx) error { return qd.apply(ctx, tx) })
			s.hook.Store(&h)
		}
		err = s.qs.ApplyDeltas(deltas, opts)
		s.writeCtx.Store(nil)
		s.hook.Store(nil)
	}
	if err != nil {
		if s.be.kv {
			// The transaction was rolled back, but Cayley's in-memory
			// IRI→id cache may keep ids of nodes it never committed:
			// start over with a fresh quad store on the same database.
			if qs, rerr := kv.New(s.cancelDB, kvOptions); rerr == nil {
				s.qs = qs
			} else {
				err = errors.Join(err, rerr)
			}
		}
		return WriteStats{}, fmt.Errorf("writing %d documents to %s: %w", len(docs), s.name(), err)
	}
	s.written = true
	return st, nil
}

// padNodeRefs works around a bug of Cayley's key-value backends (graph/kv,
// graph/log.SplitDeltas): in one ApplyDeltas batch a node whose reference
// count goes down overall (deleted by more quads than added) is not resolved
// for the added quads, which are then written without that direction and
// are lost to every lookup. Replacing a document that shrank hits this for
// the document's own IRI, the label of every quad. Repeating an added delta
// raises the node's count in the batch to zero or more; the backend writes a
// repeated quad once (it dedups the batch's links), so the only cost is a
// reference count left too high, which keeps the node after its last quad
// is gone (they stay behind on these backends anyway).
// TestKVMixedBatch shows the bug and the fix.
func padNodeRefs(deltas []graph.Delta) []graph.Delta {
	// Only a node that a deleted quad names can go down: the counts are
	// kept for those nodes alone, so a batch that deletes nothing (every
	// document new, as in a first build) costs one pass over the deltas.
	// Nodes are keyed by their N-Quads term, which is what Cayley hashes
	// to tell nodes apart.
	net := map[string]int{}
	for _, d := range deltas {
		if d.Action != graph.Delete {
			continue
		}
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				net[quad.ToString(v)]--
			}
		}
	}
	if len(net) == 0 {
		return deltas
	}
	// The nodes of each added delta that a deleted quad names.
	var keys [][]string
	for _, d := range deltas {
		if d.Action != graph.Add {
			keys = append(keys, nil)
			continue
		}
		var ks []string
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				k := quad.ToString(v)
				if _, ok := net[k]; ok {
					net[k]++
					ks = append(ks, k)
				}
			}
		}
		keys = append(keys, ks)
	}
	n := len(deltas)
	for i := 0; i < n; i++ {
		d := deltas[i]
		if d.Action != graph.Add || len(keys[i]) == 0 {
			continue
		}
		need := 0
		for _, k := range keys[i] {
			need = max(need, -net[k])
		}
		for range need {
			deltas = append(deltas, d)
		}
		for _, k := range keys[i] {
			net[k] += need
		}
	}
	return deltas
}
