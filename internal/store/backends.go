package store

// The embedded default backend was chosen by measurement: leveldb.
//
//	go test -run '^$' -bench BenchmarkBackends -benchtime 10x -count 6 ./internal/store > bench.txt
//	benchstat -col /backend bench.txt
//
// 2 cores (AMD EPYC, shared with other work: note the ± spreads), Go 1.26.8;
// 200 synthetic articles, 21,400 quads. load = write all 200 in one
// transaction into a new store; replace = rewrite one article that changed;
// 2hop = In(worksAt).Out(worksAt).Unique() from an organization; readdoc =
// read one article's graph back. Medians of 6:
//
//	             leveldb          bbolt                  bolt                   memstore
//	load         490.5ms ±4%      718.5ms ±6%  (+46%)    655.2ms ±8%  (+34%)    289.0ms ±11%
//	  quads/s    43.6k            29.8k        (-32%)    32.7k        (-25%)    74.1k
//	replace      21.5ms ±20%      9.1ms ±31%   (-58%)    10.1ms ±24%  (-53%)    0.96ms
//	2hop         3.22ms ±30%      2.80ms ±34%  (~, p=0.09)  3.49ms ±18% (~)     0.08ms
//	readdoc      8.19ms ±48%      10.2ms ±29%  (~)       6.89ms ±21%  (-16%)    0.82ms
//
// On disk, 2,000 articles (214,000 quads) written 200 per transaction:
// leveldb 12.2 MB, bbolt 78.4 MB.
//
// leveldb loads about 1.5x faster than bbolt and bolt (building is what
// graphbuild does most), reads are the same within the noise, it takes a
// sixth of the disk, and it is clean under the race detector. Replacing one
// article is slower (21 ms against 9 ms), which is still far below the cost
// of extracting it. bolt is offered for stores made by Cayley's own tools
// but can be no default: it dies under -race (pitfall 4).

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"graphbuild/internal/rdf"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"syscall"
	"time"

	boltdb "github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/graph/refs"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers the "postgres" quad store
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	"go.etcd.io/bbolt"
)

// DefaultBackend is the embedded backend used when none is named.
const DefaultBackend = "leveldb"

type backend struct {
	name      string
	needsPath bool
	exclusive bool   // every access takes the write lock (memstore)
	kv        bool   // a Cayley graph/kv store (see padNodeRefs)
	marker    string // a file every store of this backend has in its directory
	open      func(ctx context.Context, s *Store) error
}

var backends = map[string]*backend{}

func init() {
	for _, b := range []*backend{
		{name: "leveldb", needsPath: true, marker: "CURRENT", kv: true, open: openKV(openLevelDB)},
		{name: "bbolt", needsPath: true, marker: boltFile, kv: true, open: openKV(openBBolt)},
		{name: "bolt", needsPath: true, marker: boltFile, kv: true, open: openKV(openBolt)},
		{name: "memstore", exclusive: true, open: openMemstore},
		{name: "postgres", needsPath: true, exclusive: true, open: openPostgres}, // Cayley's SQL optimizer is not safe for concurrent readers
	} {
		backends[b.name] = b
	}
}

// Backends returns the names of the backends: the embedded default first,
// then the other embedded ones, memstore and postgres.
func Backends() []string {
	return []string{"leveldb", "bbolt", "bolt", "memstore", "postgres"}
}

const boltFile = "indexes.bolt" // the file name Cayley's own bolt backends use

var kvOptions = graph.Options{kv.OptNoBloom: true} // pitfall 10

// openKV opens (creating when allowed) a key-value store directory through
// hidalgo and wraps it as a Cayley quad store, without Cayley's registry
// (pitfall 1) and with a lock timeout (pitfall 5).
func openKV(openDB func(dir string, create, readOnly bool, timeout time.Duration) (hkv.KV, error)) func(context.Context, *Store) error {
	return func(ctx context.Context, s *Store) error {
		dir := s.opts.Path
		create, err := checkDir(s.be, dir, s.opts.ReadOnly)
		if err != nil {
			return err
		}
		db, err := openDB(dir, create, s.opts.ReadOnly, s.opts.Timeout)
		if err != nil {
			if isBusy(err) {
				return busyError(dir) // names the holder (holder.go)
			}
			return fmt.Errorf("cannot open store %s (%s): %v", dir, s.be.name, err)
		}
		if !create && !s.opts.ReadOnly {
			// A build killed between creating the directory and writing
			// the store's metadata leaves a store that was never
			// initialised; a writer finishes creating it (it holds no
			// quads: nothing is written before the metadata).
			create = kvUninitialised(db)
		}
		if create {
			err := kv.Init(db, kvOptions)
			if err == nil {
				err = initKVIndexes(ctx, db) // docindex.go
			}
			if err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
				db.Close()
				return fmt.Errorf("cannot create store %s (%s): %v", dir, s.be.name, err)
			}
		}
		if s.labelIndex, err = hasKVLabelIndex(ctx, db); err != nil {
			db.Close()
			return fmt.Errorf("cannot open store %s (%s): %v", dir, s.be.name, err)
		}
		if s.queryIndex, s.entityIndex, err = hasQueryIndex(ctx, db); err != nil { // qindex.go
			db.Close()
			return fmt.Errorf("cannot open store %s (%s): %v", dir, s.be.name, err)
		}
		if s.identKeys, err = hasIdentKeys(ctx, db); err != nil { // identkeys.go
			db.Close()
			return fmt.Errorf("cannot open store %s (%s): %v", dir, s.be.name, err)
		}
		s.cancelDB = cancelKV{KV: db, ctx: &s.writeCtx, hook: &s.hook}
		qs, err := kv.New(s.cancelDB, kvOptions)
		if err != nil {
			db.Close()
			if errors.Is(err, graph.ErrNotInitialized) {
				return kindError(ErrNotExist, "store %s is empty; build it first with graphbuild --db %s", dir, dir)
			}
			return fmt.Errorf("cannot open store %s (%s): %v", dir, s.be.name, err)
		}
		s.qs, s.kvdb = qs, db
		s.closeFns = append(s.closeFns, markHolder(dir))
		return nil
	}
}

// checkDir checks an embedded store's directory before opening it and
// reports whether the store must be created.
func checkDir(be *backend, dir string, readOnly bool) (create bool, err error) {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if readOnly {
			return false, kindError(ErrNotExist, "store %s does not exist; build it first with graphbuild --db %s, or pass --db", dir, dir)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return false, fmt.Errorf("cannot create store %s: %v", dir, err)
		}
		return true, nil
	case err != nil:
		return false, fmt.Errorf("cannot open store %s: %v", dir, err)
	case !fi.IsDir():
		return false, fmt.Errorf("store %s is a file, not a store directory; pass --db a directory (it is created when missing)", dir)
	}
	if _, err := os.Stat(filepath.Join(dir, be.marker)); err == nil {
		return false, nil
	}
	for _, other := range Backends() {
		o := backends[other]
		if o.marker == "" || o.marker == be.marker {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, o.marker)); err == nil {
			return false, fmt.Errorf("store %s was built with backend %s, not %s; pass --backend %s", dir, o.name, be.name, o.name)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false, fmt.Errorf("cannot open store %s: %v", dir, err)
	}
	if len(entries) > 0 {
		return false, fmt.Errorf("%s is a directory that holds no %s store; pass --db a new or empty directory", dir, be.name)
	}
	if readOnly {
		return false, kindError(ErrNotExist, "store %s is empty; build it first with graphbuild --db %s", dir, dir)
	}
	return true, nil
}

func isBusy(err error) bool {
	return errors.Is(err, bbolt.ErrTimeout) || errors.Is(err, boltdb.ErrTimeout) ||
		errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EAGAIN)
}

func openBBolt(dir string, create, readOnly bool, timeout time.Duration) (hkv.KV, error) {
	db, err := hbbolt.Open(filepath.Join(dir, boltFile), &bbolt.Options{Timeout: timeout, ReadOnly: readOnly, NoSync: false})
	if err != nil {
		return nil, err
	}
	return db, nil
}

func openBolt(dir string, create, readOnly bool, timeout time.Duration) (hkv.KV, error) {
	db, err := hbolt.Open(filepath.Join(dir, boltFile), &boltdb.Options{Timeout: timeout, ReadOnly: readOnly})
	if err != nil {
		return nil, err
	}
	return db, nil
}

// openMemstore makes an in-memory store. With a path it is a snapshot
// file: N-Quads loaded at open (when the file exists) and written back at
// Close when something was written, through a temporary file renamed over
// the old one, so a reader sees the old snapshot or the new one, never half.
// This is how graphbuild --backend memstore --db F hands a graph to a later
// graphquery --backend memstore --db F.
func openMemstore(ctx context.Context, s *Store) error {
	qs := memstore.New()
	s.labelIndex = true // memstore indexes every direction
	path := s.opts.Path
	if path == "" {
		s.qs = qs
		return nil
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if s.opts.ReadOnly {
			return kindError(ErrNotExist, "snapshot %s does not exist; build it first with graphbuild --backend memstore --db %s", path, path)
		}
	case err != nil:
		return fmt.Errorf("cannot open snapshot %s: %v", path, err)
	case fi.IsDir():
		return fmt.Errorf("%s is a directory; backend memstore keeps its graph in an N-Quads snapshot file: pass --db a file", path)
	default:
		if err := loadSnapshot(qs, path); err != nil {
			return err
		}
	}
	s.qs = qs
	if !s.opts.ReadOnly {
		s.saveFn = func() error { return saveSnapshot(qs, path) }
	}
	return nil
}

func loadSnapshot(qs graph.QuadStore, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cannot open snapshot %s: %v", path, err)
	}
	defer f.Close()
	r := nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false)
	var deltas []graph.Delta
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("snapshot %s is not N-Quads: %v", path, err)
		}
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
	}
	if err := qs.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return fmt.Errorf("loading snapshot %s: %v", path, err)
	}
	return nil
}

func saveSnapshot(qs graph.QuadStore, path string) error {
	var all []quad.Quad
	it := qs.QuadsAllIterator()
	err := iterator.Iterate(context.Background(), it).Each(func(r refs.Ref) error {
		q, err := qs.Quad(r)
		if err == nil {
			all = append(all, q)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("writing snapshot %s: %v", path, err)
	}
	rdf.SortQuads(all)
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("writing snapshot %s: %v", path, err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := nquads.NewWriter(bw)
	_, werr := w.WriteQuads(all)
	werr = errors.Join(werr, w.Close(), bw.Flush(), f.Chmod(0o644), f.Sync(), f.Close())
	if werr == nil {
		werr = os.Rename(f.Name(), path)
	}
	if werr != nil {
		os.Remove(f.Name())
		return fmt.Errorf("writing snapshot %s: %v", path, werr)
	}
	return nil
}

// openPostgres connects to PostgreSQL (Path is a connection string),
// creating Cayley's tables when they are missing and writes are allowed.
// The quad count comes from counting rows: Cayley's Stats may estimate.
func openPostgres(ctx context.Context, s *Store) error {
	conn := s.opts.Path
	where := "postgres " + redact(conn)
	db, err := pgOpen(conn) // pgindex.go
	if err != nil {
		return fmt.Errorf("%s: bad connection string: %v", where, err)
	}
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	var exists bool
	err = db.QueryRowContext(pctx, `SELECT to_regclass('quads') IS NOT NULL`).Scan(&exists)
	if err != nil {
		db.Close()
		return fmt.Errorf("cannot reach %s: %v; check that the server runs and the connection string (--db)", where, err)
	}
	if !exists {
		if s.opts.ReadOnly {
			db.Close()
			return kindError(ErrNotExist, "%s holds no graph; build it first with graphbuild --backend postgres", where)
		}
		if err := graph.InitQuadStore(pgFlavor, conn, nil); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			db.Close()
			return fmt.Errorf("cannot create the graph tables in %s: %v", where, err)
		}
	}
	if !s.opts.ReadOnly {
		// A new store is given the query index (pgindex.go), and so is
		// one whose tables were made but never written (a build killed
		// at its start); one that holds quads written without it is read
		// the old way.
		create := !exists
		if exists {
			var noIndex, empty bool
			err := db.QueryRowContext(ctx, `SELECT to_regclass('`+pgKVTable+`') IS NULL, NOT EXISTS (SELECT 1 FROM quads)`).Scan(&noIndex, &empty)
			if err != nil {
				db.Close()
				return fmt.Errorf("cannot read %s: %v", where, err)
			}
			create = noIndex && empty
		}
		if create {
			if err := pgCreateIndex(ctx, db); err != nil {
				db.Close()
				return fmt.Errorf("cannot create the query index in %s: %v", where, err)
			}
		}
	}
	if s.queryIndex, s.entityIndex, s.identKeys, err = pgIndexState(ctx, db); err != nil {
		db.Close()
		return fmt.Errorf("cannot read %s: %v", where, err)
	}
	qs, err := graph.NewQuadStore(pgFlavor, conn, nil) // Cayley's postgres, writing the query index in its transactions (pgindex.go)
	if err != nil {
		db.Close()
		return fmt.Errorf("cannot open %s: %v", where, err)
	}
	s.qs = qs
	// Cayley indexes subject, predicate and object, not the label: a
	// document's quads (docindex.go) need an index of their own.
	if !s.opts.ReadOnly {
		if _, err := db.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS quads_label_index ON quads (label_hash)`); err != nil {
			db.Close()
			return fmt.Errorf("cannot index the graph tables in %s: %v", where, err)
		}
	}
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('quads_label_index') IS NOT NULL`).Scan(&s.labelIndex); err != nil {
		db.Close()
		return fmt.Errorf("cannot read %s: %v", where, err)
	}
	s.countFn = func(ctx context.Context) (int64, error) {
		var n int64
		err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM quads`).Scan(&n)
		return n, err
	}
	s.sqlDB = db
	s.closeFns = append(s.closeFns, db.Close)
	return nil
}

var passwordRE = regexp.MustCompile(`(?i)(password=)\S+`)

// redact hides the password of a connection string in messages.
func redact(conn string) string {
	if u, err := url.Parse(conn); err == nil && u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
			return u.String()
		}
		return conn
	}
	return passwordRE.ReplaceAllString(conn, "${1}xxxxx")
}

// kindErr is a one-line message that errors.Is matches against its kind.
type kindErr struct {
	msg  string
	kind error
}

func (e *kindErr) Error() string { return e.msg }
func (e *kindErr) Unwrap() error { return e.kind }

func kindError(kind error, format string, args ...any) error {
	return &kindErr{msg: fmt.Sprintf(format, args...), kind: kind}
}

// kvUninitialised reports whether a key-value store's directory exists
// but Cayley's metadata was never written in it.
// Any other error of kv.New is reported by the open that follows.
func kvUninitialised(db hkv.KV) bool {
	_, err := kv.New(db, kvOptions)
	return errors.Is(err, graph.ErrNotInitialized)
}
