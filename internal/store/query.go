// This file holds the graph queries: Traverse (paths over predicates) and
// Query (Gizmo, GraphQL and MQL through Cayley).

package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // Query language "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // Query language "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // Query language "mql"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"graphbuild/schema"
)

// Traverse walks from the start nodes (IRIs) along the steps, each a
// predicate's short name (worksAt) or a full IRI, prefixed with "^" to walk
// it backwards, and returns the IRIs or literals reached, each once (a
// triple several documents assert is stored once per document), sorted.
func (s *Store) Traverse(ctx context.Context, start []string, steps ...string) ([]quad.Value, error) {
	defer s.rlock()()
	if s.qs == nil {
		return nil, errClosed
	}
	nodes := make([]quad.Value, len(start))
	for i, n := range start {
		nodes[i] = quad.IRI(n)
	}
	p := path.StartPath(s.qs, nodes...)
	for _, st := range steps {
		rev := strings.HasPrefix(st, "^")
		st = strings.TrimPrefix(st, "^")
		iri := st
		if !strings.Contains(st, ":") {
			pr, ok := schema.LookupPredicate(st)
			if !ok {
				return nil, fmt.Errorf("unknown predicate %q", st)
			}
			iri = pr.GraphIRI()
		}
		if rev {
			p = p.In(quad.IRI(iri))
		} else {
			p = p.Out(quad.IRI(iri))
		}
	}
	vals, err := p.Unique().Iterate(ctx).AllValues(s.qs)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(vals, func(a, b quad.Value) int { return strings.Compare(quad.ToString(a), quad.ToString(b)) })
	return vals, nil
}

// Query runs a Gizmo, GraphQL or MQL query and returns at most limit results
// (0: no limit) in Cayley's JSON form. It stops after timeout (0: none) and
// turns a panic inside Cayley (postgres and nested GraphQL) into an error.
func (s *Store) Query(ctx context.Context, lang, q string, limit int, timeout time.Duration) (res []any, err error) {
	switch lang {
	case "gizmo", "graphql", "mql":
	default:
		return nil, fmt.Errorf("unknown query language %q; use gizmo, graphql or mql", lang)
	}
	defer s.rlock()()
	if s.qs == nil {
		return nil, errClosed
	}
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("the %s query failed inside Cayley (%v); simplify it or try another backend", lang, r)
		}
	}()
	it, err := query.Execute(ctx, s.qs, lang, q, query.Options{Limit: limit, Collation: query.JSON})
	if err != nil {
		return nil, fmt.Errorf("%s query: %w", lang, err)
	}
	defer it.Close()
	for it.Next(ctx) {
		res = append(res, it.Result())
		if limit > 0 && len(res) >= limit {
			break
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s query stopped after %v: %w", lang, timeout, err)
	}
	if err := it.Err(); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("%s query stopped after %v: %w", lang, timeout, err)
		}
		return nil, fmt.Errorf("%s query: %w", lang, err)
	}
	return res, nil
}
