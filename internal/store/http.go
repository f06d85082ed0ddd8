package store

import (
	"net/http"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
)

// QueryAPI returns Cayley's HTTP API (v2) over the store, read-only: the
// query endpoint (/api/v2/query?lang=gizmo|graphql|mql, the query in the
// body or in qu=), /api/v2/read (a page at a time, httpread.go) and /api/v2/formats. Writes are refused
// with 405 whatever the store was opened for. Each request holds the
// store's read lock, stops after timeout and returns at most limit results.
func (s *Store) QueryAPI(limit int, timeout time.Duration) http.Handler {
	api := cayleyhttp.NewAPIv2(&graph.Handle{QuadStore: s.qs})
	api.SetReadOnly(true)
	api.SetQueryLimit(limit)
	api.SetQueryTimeout(timeout)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch strings.TrimPrefix(r.URL.Path, "/api/v2/") {
		case "query", "read", "formats":
		default:
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusMethodNotAllowed)
			w.Write([]byte(`{"error": "this server is read-only: it answers /api/v2/query, /api/v2/read and /api/v2/formats"}` + "\n"))
			return
		}
		defer s.rlock()()
		if s.qs == nil {
			http.Error(w, errClosed.Error(), http.StatusServiceUnavailable)
			return
		}
		if strings.TrimPrefix(r.URL.Path, "/api/v2/") == "read" {
			s.serveRead(w, r, limit) // a page at a time (httpread.go)
			return
		}
		api.ServeHTTP(w, r)
	})
}
