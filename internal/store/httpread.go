package store

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// serveRead answers /api/v2/read as Cayley does (the quads matching sub,
// pred, obj and label; format=nquads|json|…), but a page at a time:
// ?limit=N (default and at most max) and ?offset=N. A reply that holds
// less than there is ends with the headers X-Next-Offset and Link
// rel="next" naming the next page, so no request reads the whole store.
// The caller holds the read lock.
func (s *Store) serveRead(w http.ResponseWriter, r *http.Request, max int) {
	fail := func(code int, msg string) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		fmt.Fprintf(w, "{\"error\": %q}\n", msg)
	}
	name := r.FormValue("format")
	if name == "" {
		name = "nquads"
	}
	format := quad.FormatByName(name)
	if format == nil || format.Writer == nil {
		fail(http.StatusBadRequest, fmt.Sprintf("format %q is not supported for reading; use nquads or json", name))
		return
	}
	limit, offset := max, 0
	if v := r.FormValue("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			fail(http.StatusBadRequest, fmt.Sprintf("limit %q: give a number from 1 to %d", v, max))
			return
		}
		limit = min(n, max)
	}
	if v := r.FormValue("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			fail(http.StatusBadRequest, fmt.Sprintf("offset %q: give a number from 0", v))
			return
		}
		offset = n
	}
	values := func(s string) []quad.Value {
		if s == "" {
			return nil
		}
		var out []quad.Value
		for _, x := range strings.Split(s, ",") {
			out = append(out, quad.StringToValue(x))
		}
		return out
	}
	it := shape.FilterQuads(values(r.FormValue("sub")), values(r.FormValue("pred")),
		values(r.FormValue("obj")), values(r.FormValue("label"))).BuildIterator(s.qs).Iterate()
	qr := graph.NewResultReader(s.qs, it)
	defer qr.Close()
	var page []quad.Quad
	next := false
	for i := 0; ; i++ {
		if err := r.Context().Err(); err != nil {
			return
		}
		q, err := qr.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			fail(http.StatusInternalServerError, err.Error())
			return
		}
		if i < offset {
			continue
		}
		if len(page) == limit {
			next = true
			break
		}
		page = append(page, q)
	}
	if len(format.Mime) > 0 {
		w.Header().Set("Content-Type", format.Mime[0])
	}
	if next {
		u := url.URL{Path: r.URL.Path}
		q := r.URL.Query()
		q.Set("offset", strconv.Itoa(offset+limit))
		q.Set("limit", strconv.Itoa(limit))
		u.RawQuery = q.Encode()
		w.Header().Set("X-Next-Offset", strconv.Itoa(offset+limit))
		w.Header().Set("Link", "<"+u.String()+`>; rel="next"`)
	}
	qw := format.Writer(w)
	quad.Copy(qw, quad.NewReader(page))
	qw.Close()
}
