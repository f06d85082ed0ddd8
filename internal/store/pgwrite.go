// This file holds the inserts of a write on PostgreSQL: many rows a
// statement, where Cayley's postgres flavor sends one statement a node and
// one a quad.

package store

import (
	"database/sql"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
)

// pgRowParams bounds the parameters of one statement (PostgreSQL takes
// at most 65,535).
const pgRowParams = 30000

// pgRunTx is the flavor's RunTx (pgindex.go): it inserts the nodes, then
// the quads, of a write with the rows and the outcome of Cayley's
// postgres RunTx, a node's reference count added to when it is held, a
// quad held already skipped, but many rows to a statement: building 1,000
// Arabic articles sent ~260,000 single-row INSERTs. Without IgnoreDup
// (a quad held already is an error) it is Cayley's RunTx.
func pgRunTx(tx *sql.Tx, nodes []graphlog.NodeUpdate, quads []graphlog.QuadUpdate, opts graph.IgnoreOpts) error {
	if !opts.IgnoreDup {
		return postgres.RunTxPostgres(tx, nodes, quads, opts)
	}
	// Nodes by kind of value: each kind fills its own columns.
	type group struct {
		cols []string
		rows [][]any
	}
	groups := map[csql.ValueType]*group{}
	var kinds []csql.ValueType
	for _, n := range nodes {
		if n.RefInc < 0 {
			return postgres.RunTxPostgres(tx, nodes, quads, opts) // which reports it
		}
		kind, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return err
		}
		g := groups[kind]
		if g == nil {
			g = &group{cols: append([]string{"refs", "hash"}, kind.Columns()...)}
			groups[kind] = g
			kinds = append(kinds, kind)
		}
		g.rows = append(g.rows, append([]any{n.RefInc}, vals...))
	}
	for _, k := range kinds {
		g := groups[k]
		err := pgInsertRows(tx, `INSERT INTO nodes(`+strings.Join(g.cols, ", ")+`) VALUES `, len(g.cols), "",
			` ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`, g.rows)
		if err != nil {
			return err
		}
	}
	rows := make([][]any, 0, len(quads))
	for _, d := range quads {
		if d.Del {
			return postgres.RunTxPostgres(tx, nil, quads, opts) // which reports it
		}
		row := make([]any, 0, 4)
		for _, h := range d.Quad.Dirs() {
			row = append(row, csql.NodeHash{ValueHash: h}.SQLValue())
		}
		rows = append(rows, row)
	}
	return pgInsertRows(tx, `INSERT INTO quads(subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES `, 4, ", now()",
		` ON CONFLICT DO NOTHING`, rows)
}

// pgInsertRows runs head, the rows as VALUES (each of n parameters and
// then extra), and tail, in statements of at most pgRowParams parameters.
func pgInsertRows(tx *sql.Tx, head string, n int, extra, tail string, rows [][]any) error {
	per := max(1, pgRowParams/n)
	for i := 0; i < len(rows); i += per {
		chunk := rows[i:min(i+per, len(rows))]
		var b strings.Builder
		b.WriteString(head)
		args := make([]any, 0, len(chunk)*n)
		for j, r := range chunk {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('(')
			for c := range n {
				if c > 0 {
					b.WriteByte(',')
				}
				b.WriteByte('$')
				b.WriteString(strconv.Itoa(len(args) + c + 1))
			}
			b.WriteString(extra)
			b.WriteByte(')')
			args = append(args, r...)
		}
		b.WriteString(tail)
		if _, err := tx.Exec(b.String(), args...); err != nil {
			return postgres.ConvError(err)
		}
	}
	return nil
}
