package web

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"graphbuild/internal/query"
)

// hostGuard refuses requests whose Host header does not name the address
// the server is bound to, so a page on another site that rebinds its DNS
// name to 127.0.0.1 (DNS rebinding) cannot read the graph: its requests
// carry its own name. Accepted: the bound IP, and "localhost" when the
// server is bound to a loopback or wildcard address, each with the bound
// port (or none); any IP literal when bound to a wildcard address.
func hostGuard(addr string, next http.Handler) http.Handler {
	bindHost, bindPort, err := net.SplitHostPort(addr)
	if err != nil || addr == "" {
		return next // no address to check against (tests with httptest)
	}
	bindIP := net.ParseIP(bindHost)
	wildcard := bindHost == "" || (bindIP != nil && bindIP.IsUnspecified())
	loopback := bindIP != nil && bindIP.IsLoopback() || bindHost == "localhost"
	ok := func(host string) bool {
		h, p, err := net.SplitHostPort(host)
		if err != nil {
			h, p = strings.Trim(host, "[]"), ""
		}
		if p != "" && p != bindPort {
			return false
		}
		if strings.EqualFold(h, "localhost") {
			return loopback || wildcard
		}
		ip := net.ParseIP(h)
		if ip == nil {
			return false // a DNS name: what a rebinding page sends
		}
		return wildcard || ip.Equal(bindIP) || (loopback && ip.IsLoopback())
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !ok(r.Host) {
			http.Error(w, fmt.Sprintf("host %q is not this server's address (%s); open http://%s/ instead", r.Host, addr, addr), http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Paging of the JSON API: ?limit=N (default DefaultPage, at most MaxPage)
// and ?offset=N. A reply that holds less than there is says so with the
// headers X-Total-Count (the longest list's length) and Link rel="next".
const (
	DefaultPage = 200
	MaxPage     = 1000
)

type page struct{ offset, limit int }

func pageOf(r *http.Request) (page, error) {
	p := page{0, DefaultPage}
	v := r.URL.Query()
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			return p, fmt.Errorf("%w: limit %q: give a number from 1 to %d", query.ErrUsage, s, MaxPage)
		}
		p.limit = min(n, MaxPage)
	}
	if s := v.Get("offset"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return p, fmt.Errorf("%w: offset %q: give a number from 0", query.ErrUsage, s)
		}
		p.offset = n
	}
	return p, nil
}

// cut returns the page of s, and whether s holds more after it.
func cut[T any](p page, s []T) ([]T, bool) {
	if p.offset >= len(s) {
		return s[:0], false
	}
	end := min(len(s), p.offset+p.limit)
	return s[p.offset:end], end < len(s)
}

// more sets the paging headers of a reply that was cut.
func more(w http.ResponseWriter, r *http.Request, p page, total int) {
	w.Header().Set("X-Total-Count", strconv.Itoa(total))
	u := *r.URL
	q := u.Query()
	q.Set("offset", strconv.Itoa(p.offset+p.limit))
	q.Set("limit", strconv.Itoa(p.limit))
	u.RawQuery = q.Encode()
	w.Header().Set("Link", "<"+(&url.URL{Path: u.Path, RawQuery: u.RawQuery}).String()+`>; rel="next"`)
}

func pageCard(w http.ResponseWriter, r *http.Request, p page, c *query.Card) {
	var a, b, d, e bool
	total := max(len(c.FactsOut), len(c.FactsIn), len(c.Quotes), len(c.Docs))
	c.FactsOut, a = cut(p, c.FactsOut)
	c.FactsIn, b = cut(p, c.FactsIn)
	c.Quotes, d = cut(p, c.Quotes)
	c.Docs, e = cut(p, c.Docs)
	if a || b || d || e {
		more(w, r, p, total)
	}
}

func pageSubgraph(w http.ResponseWriter, r *http.Request, p page, center string, g *query.Subgraph) {
	total := len(g.Edges)
	edges, cutEdges := cut(p, g.Edges)
	keep := map[string]bool{center: true}
	for _, e := range edges {
		keep[e.Subject], keep[e.Object] = true, true
	}
	nodes := g.Nodes[:0:0]
	for _, n := range g.Nodes {
		if keep[n.IRI] {
			nodes = append(nodes, n)
		}
	}
	g.Nodes, g.Edges = nodes, edges
	if cutEdges {
		more(w, r, p, total)
	}
}
