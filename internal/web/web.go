// Package web is the page graphquery serve shows: a graph drawn with
// cytoscape.js (vendored in static/, embedded, so nothing is fetched at run
// time) over a small JSON API, next to Cayley's own HTTP query API.
//
// The API (all GET, JSON):
//
//	/api/top?limit=N          the entities to open on: the most connected (query.Top)
//	/api/search?q=NAME        the entities NAME may mean (query.Search)
//	/api/entity?id=IRI        an entity's card (query.EntityCard)
//	/api/expand?id=IRI        the entity, its neighbours and the edges between them;
//	                          nodes carry their job title (query.Titles)
//	/api/edge?s=IRI&p=P&o=IRI the facts behind an edge, with evidence and article
//	/api/v2/query?lang=L      Cayley's query API, read-only (store.QueryAPI)
//
// static/cytoscape.min.js is cytoscape 3.34.4 from npm (MIT, static/cytoscape.LICENSE).
// To update it:
//
//	mkdir -p /tmp/cyto && cd /tmp/cyto && npm install cytoscape@VERSION
//	cp node_modules/cytoscape/dist/cytoscape.min.js node_modules/cytoscape/LICENSE (this dir)/static/
//	(rename LICENSE to cytoscape.LICENSE) and change the version here and in CytoscapeVersion.
package web

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"net/http"
	"strconv"
	"time"

	"graphbuild/internal/query"
	"graphbuild/internal/store"
)

// CytoscapeVersion is the version of the vendored cytoscape.min.js.
const CytoscapeVersion = "3.34.4"

//go:embed static
var static embed.FS

// Options configure the handler.
type Options struct {
	QueryLimit   int           // results of a Cayley query at most (default 1000)
	QueryTimeout time.Duration // a Cayley query stops after this (default 30s)
	Log          *log.Logger   // request errors; nil for none
	// Addr is the address the server is bound to (host:port); requests
	// whose Host header names another are refused (guard.go). "" checks
	// nothing.
	Addr string
}

// New returns the page, its API and Cayley's read-only query API over st.
func New(st *store.Store, opt Options) http.Handler {
	if opt.QueryLimit <= 0 {
		opt.QueryLimit = 1000
	}
	if opt.QueryTimeout <= 0 {
		opt.QueryTimeout = 30 * time.Second
	}
	sub, _ := fs.Sub(static, "static")
	mux := http.NewServeMux()
	files := http.FileServer(http.FS(sub))
	mux.Handle("GET /static/", http.StripPrefix("/static/", files))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		b, _ := fs.ReadFile(sub, "index.html")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
	})
	h := &handler{st: st, log: opt.Log}
	mux.HandleFunc("GET /api/top", h.top)
	mux.HandleFunc("GET /api/search", h.search)
	mux.HandleFunc("GET /api/entity", h.entity)
	mux.HandleFunc("GET /api/expand", h.expand)
	mux.HandleFunc("GET /api/edge", h.edge)
	mux.Handle("/api/v2/", st.QueryAPI(opt.QueryLimit, opt.QueryTimeout))
	return hostGuard(opt.Addr, mux)
}

type handler struct {
	st  *store.Store
	log *log.Logger
}

func (h *handler) reply(w http.ResponseWriter, v any, err error) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err != nil {
		code := http.StatusInternalServerError
		switch {
		case errors.Is(err, query.ErrNoMatch):
			code = http.StatusNotFound
		case errors.Is(err, query.ErrUsage):
			code = http.StatusBadRequest
		default:
			if h.log != nil {
				h.log.Printf("error: %v", err)
			}
		}
		w.WriteHeader(code)
		enc.Encode(map[string]string{"error": err.Error()})
		return
	}
	enc.Encode(v)
}

func (h *handler) search(w http.ResponseWriter, r *http.Request) {
	ms, err := query.Search(r.Context(), h.st, r.URL.Query().Get("q"), 20)
	h.reply(w, ms, err)
}

// node is an entity as the page draws it: with its job title, if any.
type node struct {
	query.EntityInfo
	Title string `json:"title,omitempty"`
}

// subgraph is query.Subgraph with titled nodes.
type subgraph struct {
	Nodes []node       `json:"nodes"`
	Edges []query.Edge `json:"edges"`
}

func (h *handler) top(w http.ResponseWriter, r *http.Request) {
	limit := 8
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 50 {
			h.reply(w, nil, fmt.Errorf("?limit=%q: use 1 to 50: %w", v, query.ErrUsage))
			return
		}
		limit = n
	}
	ms, err := query.Top(r.Context(), h.st, limit)
	h.reply(w, ms, err)
}

func (h *handler) entity(w http.ResponseWriter, r *http.Request) {
	p, err := pageOf(r)
	var c *query.Card
	if err == nil {
		c, err = query.EntityCard(r.Context(), h.st, r.URL.Query().Get("id"))
	}
	if err == nil {
		pageCard(w, r, p, c)
	}
	h.reply(w, c, err)
}

func (h *handler) expand(w http.ResponseWriter, r *http.Request) {
	p, err := pageOf(r)
	var g *query.Subgraph
	if err == nil {
		g, err = query.Expand(r.Context(), h.st, r.URL.Query().Get("id"))
	}
	if err == nil {
		pageSubgraph(w, r, p, r.URL.Query().Get("id"), g)
	}
	var out *subgraph
	if err == nil {
		out, err = h.titled(r, g)
	}
	h.reply(w, out, err)
}

// titled adds the people's job titles to g's nodes.
func (h *handler) titled(r *http.Request, g *query.Subgraph) (*subgraph, error) {
	var people []string
	for _, n := range g.Nodes {
		if n.Type == "Person" {
			people = append(people, n.IRI)
		}
	}
	titles, err := query.Titles(r.Context(), h.st, people)
	if err != nil {
		return nil, err
	}
	out := &subgraph{Edges: g.Edges, Nodes: make([]node, len(g.Nodes))}
	for i, n := range g.Nodes {
		out.Nodes[i] = node{EntityInfo: n, Title: titles[n.IRI]}
	}
	return out, nil
}

func (h *handler) edge(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	p, err := pageOf(r)
	var fs []query.Fact
	if err == nil {
		fs, err = query.EdgeFacts(r.Context(), h.st, v.Get("s"), v.Get("p"), v.Get("o"))
	}
	if err == nil && len(fs) == 0 {
		err = query.ErrNoMatch
	}
	if err == nil {
		total := len(fs)
		var cutFacts bool
		if fs, cutFacts = cut(p, fs); cutFacts {
			more(w, r, p, total)
		}
	}
	h.reply(w, fs, err)
}
