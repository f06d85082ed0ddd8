// This file holds the query index and the identity key entries on
// PostgreSQL: the same entries as on the key-value backends (qindex.go,
// identkeys.go), in a table beside Cayley's, written in Cayley's own
// transaction.

package store

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"slices"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/lib/pq"
)

// The entries are rows of one table,
//
//	graphbuild_kv (k bytea PRIMARY KEY, v bytea)
//
// k being the bucket, ':' and the key of the key-value backends' entry, so
// a prefix of keys is a range of the primary key (bytea compares bytes as
// leveldb does). A store is given the table when it is created (its meta
// rows say which versions it keeps); one made before keeps none and is
// read from the quads, as before.
//
// The rows are written in the transaction of Cayley's ApplyDeltas, so a
// failed write leaves both as they were: graphbuild opens Cayley's SQL
// store as the flavor pgFlavor, which is Cayley's postgres with a TxRetry
// that, after Cayley's statements, runs the hook of the write in progress
// (pgHook) on the same *sql.Tx. Cayley's tables are the same as under its
// postgres flavor, so cayley and graphbuild read each other's stores.
const (
	pgFlavor  = "graphbuild-postgres"
	pgKVTable = "graphbuild_kv"
)

// pgWriteLock is the key of the advisory lock a write holds until it
// commits (an arbitrary number: "gbwrite").
const pgWriteLock = 0x6762777269746500

// pgChunk bounds the rows of one statement.
const pgChunk = 10000

var (
	// pgWriteMu serialises the writes of every postgres store of the
	// process: TxRetry is global to the flavor and cannot tell stores
	// apart, so the hook is global too, set for one write at a time.
	pgWriteMu sync.Mutex
	pgHook    func(ctx context.Context, tx *sql.Tx) error
	pgHookCtx context.Context
)

func init() {
	sql.Register(pgDriverName, pgDriver{})
	csql.Register(pgFlavor, csql.Registration{
		Driver:             pgDriverName, // lib/pq with the JIT compiler off
		HashType:           `BYTEA`,
		BytesType:          `BYTEA`,
		HorizonType:        `BIGSERIAL`,
		TimeType:           `timestamp with time zone`,
		QueryDialect:       postgres.QueryDialect,
		ConditionalIndexes: true,
		FillFactor:         true,
		Error:              postgres.ConvError,
		Estimated: func(table string) string {
			return "SELECT reltuples::BIGINT AS estimate FROM pg_class WHERE relname='" + table + "';"
		},
		RunTx: pgRunTx, // pgwrite.go
		TxRetry: func(tx *sql.Tx, stmts func() error) error {
			// One writer at a time in a database: the index's counts are
			// read, then written (qDelta.apply), which two writers at once
			// would each do from the same old count.
			if _, err := tx.Exec(`SELECT pg_advisory_xact_lock($1)`, pgWriteLock); err != nil {
				return err
			}
			if err := stmts(); err != nil {
				return err
			}
			if pgHook == nil { // read under pgWriteMu, held by the writer
				return nil
			}
			return pgHook(pgHookCtx, tx)
		},
	})
}

// pgApply runs Cayley's ApplyDeltas with hook (nil: none) inside its
// transaction.
func (s *Store) pgApply(ctx context.Context, deltas []graph.Delta, opts graph.IgnoreOpts, hook func(ctx context.Context, tx *sql.Tx) error) error {
	pgWriteMu.Lock()
	defer pgWriteMu.Unlock()
	// The context is checked after Cayley's statements, in the
	// transaction: a write cancelled while they run is rolled back.
	pgHook = func(ctx context.Context, tx *sql.Tx) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if hook == nil {
			return nil
		}
		return hook(ctx, tx)
	}
	pgHookCtx = ctx
	defer func() { pgHook, pgHookCtx = nil, nil }()
	return s.qs.ApplyDeltas(deltas, opts)
}

// pgCreateIndex creates the table of the entries in a store whose graph
// tables were just created (nothing is written in them yet), with the meta
// rows that say the store keeps the query index and the identity keys.
func pgCreateIndex(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+pgKVTable+` (k bytea PRIMARY KEY, v bytea NOT NULL)`); err != nil {
		return err
	}
	w := newPGTx(tx)
	if err := w.Put(ctx, metaQuery, []byte(qVersion)); err != nil {
		return err
	}
	if err := w.Put(ctx, metaIdentKeys, []byte("1")); err != nil {
		return err
	}
	if err := w.flush(ctx); err != nil {
		return err
	}
	return tx.Commit()
}

// pgIndexState reads which of the entries a postgres store keeps.
func pgIndexState(ctx context.Context, db *sql.DB) (query, entity, ident bool, err error) {
	var exists bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('`+pgKVTable+`') IS NOT NULL`).Scan(&exists); err != nil || !exists {
		return false, false, false, err
	}
	vals, err := pgGet(ctx, db, []hkv.Key{metaQuery, metaIdentKeys})
	if err != nil {
		return false, false, false, err
	}
	query, entity = queryIndexVersion(string(vals[0])) // qindex.go
	return query, entity, vals[1] != nil, nil
}

// pgKey is the row key of an entry.
func pgKey(k hkv.Key) []byte {
	return bytes.Join(k, []byte{':'})
}

// pgAfter is the least key after every key that starts with prefix (prefix
// starts with a bucket name, so it is not all 0xFF).
func pgAfter(prefix []byte) []byte {
	b := bytes.Clone(prefix)
	for len(b) > 0 && b[len(b)-1] == 0xFF {
		b = b[:len(b)-1]
	}
	if len(b) > 0 {
		b[len(b)-1]++
	}
	return b
}

type sqlQuerier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// pgGet reads the values of keys (nil for a missing one) in one query a
// chunk.
func pgGet(ctx context.Context, q sqlQuerier, keys []hkv.Key) ([]hkv.Value, error) {
	out := make([]hkv.Value, len(keys))
	at := make(map[string][]int, len(keys))
	ks := make([][]byte, 0, len(keys))
	for i, k := range keys {
		pk := pgKey(k)
		if _, ok := at[string(pk)]; !ok {
			ks = append(ks, pk)
		}
		at[string(pk)] = append(at[string(pk)], i)
	}
	for c := range slices.Chunk(ks, pgChunk) {
		rs, err := q.QueryContext(ctx, `SELECT k, v FROM `+pgKVTable+` WHERE k = ANY($1)`, pq.ByteaArray(c))
		if err != nil {
			return nil, err
		}
		for rs.Next() {
			var k, v []byte
			if err := rs.Scan(&k, &v); err != nil {
				rs.Close()
				return nil, err
			}
			if v == nil {
				v = []byte{}
			}
			for _, i := range at[string(k)] {
				out[i] = v
			}
		}
		if err := rs.Close(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// pgTx reads the entries in a transaction (qTx) and buffers the writes of
// one, which flush sends in a few set statements.
type pgTx struct {
	tx  *sql.Tx
	buf map[string][]byte // key → value written, nil when deleted
}

func newPGTx(tx *sql.Tx) *pgTx { return &pgTx{tx: tx, buf: map[string][]byte{}} }

func (t *pgTx) Put(_ context.Context, k hkv.Key, v hkv.Value) error {
	if v == nil {
		v = []byte{}
	}
	t.buf[string(pgKey(k))] = bytes.Clone(v)
	return nil
}

func (t *pgTx) Del(_ context.Context, k hkv.Key) error {
	t.buf[string(pgKey(k))] = nil
	return nil
}

// GetBatch reads the values of keys, as written in this transaction.
func (t *pgTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	var ask []hkv.Key
	var at []int
	out := make([]hkv.Value, len(keys))
	for i, k := range keys {
		if v, ok := t.buf[string(pgKey(k))]; ok {
			out[i] = v
			continue
		}
		ask = append(ask, k)
		at = append(at, i)
	}
	if len(ask) == 0 {
		return out, nil
	}
	vals, err := pgGet(ctx, t.tx, ask)
	if err != nil {
		return nil, err
	}
	for j, i := range at {
		out[i] = vals[j]
	}
	return out, nil
}

// flush writes the buffered changes: one delete and one upsert a chunk.
func (t *pgTx) flush(ctx context.Context) error {
	var del, put, vals [][]byte
	for k, v := range t.buf {
		if v == nil {
			del = append(del, []byte(k))
		} else {
			put = append(put, []byte(k))
			vals = append(vals, v)
		}
	}
	t.buf = map[string][]byte{}
	for c := range slices.Chunk(del, pgChunk) {
		if _, err := t.tx.ExecContext(ctx, `DELETE FROM `+pgKVTable+` WHERE k = ANY($1)`, pq.ByteaArray(c)); err != nil {
			return err
		}
	}
	for i := 0; i < len(put); i += pgChunk {
		j := min(i+pgChunk, len(put))
		if _, err := t.tx.ExecContext(ctx, `INSERT INTO `+pgKVTable+` (k, v) SELECT * FROM unnest($1::bytea[], $2::bytea[])
			ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v WHERE `+pgKVTable+`.v <> EXCLUDED.v`,
			pq.ByteaArray(put[i:j]), pq.ByteaArray(vals[i:j])); err != nil {
			return err
		}
	}
	return nil
}

// scan reads the entries under the prefixes: one prefix is read in pages
// (so a caller that stops early reads little), several in one query.
func (t *pgTx) scan(ctx context.Context, prefixes []hkv.Key, limit int, fn func(i int, k, v []byte) bool) error {
	if len(t.buf) > 0 {
		return errors.New("postgres query index: a scan after unflushed writes")
	}
	if len(prefixes) == 1 {
		return t.scanPaged(ctx, prefixes[0], limit, fn)
	}
	for c0 := 0; c0 < len(prefixes); c0 += pgChunk {
		c := prefixes[c0:min(c0+pgChunk, len(prefixes))]
		lo := make([][]byte, len(c))
		hi := make([][]byte, len(c))
		for i, p := range c {
			lo[i] = pgKey(p)
			hi[i] = pgAfter(lo[i])
		}
		lim := sql.NullInt64{Int64: int64(limit), Valid: limit > 0}
		rs, err := t.tx.QueryContext(ctx, `SELECT p.i, e.k, e.v
			FROM unnest($1::bytea[], $2::bytea[]) WITH ORDINALITY AS p(lo, hi, i)
			CROSS JOIN LATERAL (SELECT k, v FROM `+pgKVTable+` WHERE k >= p.lo AND k < p.hi ORDER BY k LIMIT $3) e
			ORDER BY p.i, e.k`, pq.ByteaArray(lo), pq.ByteaArray(hi), lim)
		if err != nil {
			return err
		}
		for rs.Next() {
			var i int
			var k, v []byte
			if err := rs.Scan(&i, &k, &v); err != nil {
				rs.Close()
				return err
			}
			i-- // ordinality counts from 1
			if !fn(c0+i, k[len(c[i][0])+1:], v) {
				return rs.Close()
			}
		}
		if err := rs.Close(); err != nil {
			return err
		}
	}
	return nil
}

func (t *pgTx) scanPaged(ctx context.Context, prefix hkv.Key, limit int, fn func(i int, k, v []byte) bool) error {
	lo, hi := pgKey(prefix), pgAfter(pgKey(prefix))
	cut := len(prefix[0]) + 1
	page, n := 64, 0
	op := ">="
	for {
		if limit > 0 {
			page = min(page, limit-n)
		}
		rs, err := t.tx.QueryContext(ctx, `SELECT k, v FROM `+pgKVTable+` WHERE k `+op+` $1 AND k < $2 ORDER BY k LIMIT $3`, lo, hi, page)
		if err != nil {
			return err
		}
		got := 0
		for rs.Next() {
			var k, v []byte
			if err := rs.Scan(&k, &v); err != nil {
				rs.Close()
				return err
			}
			got++
			n++
			lo = k
			if !fn(0, k[cut:], v) {
				return rs.Close()
			}
		}
		if err := rs.Close(); err != nil {
			return err
		}
		if got < page || limit > 0 && n >= limit {
			return nil
		}
		op = ">"
		page = min(page*4, pgChunk)
	}
}

// pgConnector opens connections with PostgreSQL's JIT compiler off: the
// planner cannot estimate a key range given as a parameter, costs the
// multi-prefix scan (one range per entity) as millions of rows and
// compiles it, which took 200-340 ms of a 450 ms query on the 1k store
// (auto_explain), and as much of the node value reads. A server that has
// no such setting (CockroachDB) is used as it is.
type pgConnector struct{ *pq.Connector }

func (c pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	if ex, ok := conn.(driver.ExecerContext); ok {
		ex.ExecContext(ctx, "SET jit = off", nil) // an error leaves the connection as it was
	}
	return conn, nil
}

func (c pgConnector) Driver() driver.Driver { return pgDriver{} }

// pgDriver is lib/pq with pgConnector's connections, registered as
// pgDriverName: the driver of the flavor's connections (Cayley's) and of
// graphbuild's own (pgOpen).
type pgDriver struct{}

const pgDriverName = "graphbuild-postgres"

func (pgDriver) Open(name string) (driver.Conn, error) {
	c, err := pgDriver{}.OpenConnector(name)
	if err != nil {
		return nil, err
	}
	return c.Connect(context.Background())
}

func (pgDriver) OpenConnector(name string) (driver.Connector, error) {
	c, err := pq.NewConnector(name)
	if err != nil {
		return nil, err
	}
	return pgConnector{c}, nil
}

// pgOpen opens a connection pool to conn with the JIT compiler off.
func pgOpen(conn string) (*sql.DB, error) { return sql.Open(pgDriverName, conn) }

// pgAnalyze updates the planner's statistics of the tables a write
// changed. Without them (a server with autovacuum off never gathers any,
// as on this machine) the planner guessed 248,007 of the 10k store's
// 1.3M quads for the subjects of 50 quotes and read the whole table (690
// ms instead of an index scan).
func pgAnalyze(db *sql.DB, index bool) error {
	tables := "quads, nodes"
	if index {
		tables += ", " + pgKVTable
	}
	_, err := db.Exec("ANALYZE " + tables)
	return err
}

// pgView runs fn in a read-only transaction that sees one state of the
// store.
func (s *Store) pgView(ctx context.Context, fn func(qTx) error) error {
	tx, err := s.sqlDB.BeginTx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(newPGTx(tx)); err != nil {
		return err
	}
	return tx.Commit()
}
