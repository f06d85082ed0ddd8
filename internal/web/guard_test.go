package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/internal/store"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// manyFacts is a store with one organisation that employs n people.
func manyFacts(t *testing.T, n int) *store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, store.Options{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	org := kg.EntityIRI(schema.Organization, "acme")
	g := &kg.Graph{Doc: kg.Document{ID: "big", Source: "big.txt", Lang: string(text.English), SHA256: "00"}}
	g.Entities = append(g.Entities, kg.Entity{IRI: org, Type: schema.Organization, Name: "Acme"})
	for i := 0; i < n; i++ {
		p := kg.EntityIRI(schema.Person, fmt.Sprintf("p%d", i))
		g.Entities = append(g.Entities, kg.Entity{IRI: p, Type: schema.Person, Name: fmt.Sprintf("Person %d", i)})
		g.Facts = append(g.Facts, kg.Fact{Subject: p, Predicate: "worksAt", Object: org, Evidence: "x", Span: text.InputSpan{Start: i, End: i + 1}, Confidence: 0.9, Rule: "test"})
	}
	if _, err := st.WriteGraphs(ctx, []*kg.Graph{g}); err != nil {
		t.Fatal(err)
	}
	return st
}

func get(t *testing.T, h http.Handler, host, path string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest("GET", "http://"+host+path, nil)
	r.Host = host
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// TestReliabilityServeHostHeader: a request whose Host header is not the
// bound address (a DNS-rebinding page) is refused (issue 15, finding 9).
func TestReliabilityServeHostHeader(t *testing.T) {
	st := manyFacts(t, 1)
	for _, tt := range []struct {
		addr, host string
		ok         bool
	}{
		{"127.0.0.1:8080", "127.0.0.1:8080", true},
		{"127.0.0.1:8080", "localhost:8080", true},
		{"127.0.0.1:8080", "localhost", true},
		{"127.0.0.1:8080", "evil.example:8080", false},
		{"127.0.0.1:8080", "127.0.0.1:9999", false},
		{"127.0.0.1:8080", "10.0.0.5:8080", false},
		{"[::1]:8080", "[::1]:8080", true},
		{"[::1]:8080", "rebind.attacker.test", false},
		{"0.0.0.0:8080", "192.168.1.9:8080", true},
		{"0.0.0.0:8080", "attacker.test:8080", false},
		{"192.168.1.9:8080", "localhost:8080", false},
	} {
		h := New(st, Options{Addr: tt.addr})
		w := get(t, h, tt.host, "/api/search?q=Acme")
		if got := w.Code != http.StatusMisdirectedRequest; got != tt.ok {
			t.Errorf("bound %s, Host %s: status %d, want ok=%v", tt.addr, tt.host, w.Code, tt.ok)
		}
	}
}

// TestReliabilityServePaging: every API reply is capped, with a link to the
// next page, /api/v2/read included (issue 15, finding 9: it dumped the store).
func TestReliabilityServePaging(t *testing.T) {
	st := manyFacts(t, 300)
	h := New(st, Options{Addr: "127.0.0.1:8080", QueryLimit: 100})
	host := "127.0.0.1:8080"
	org := kg.EntityIRI(schema.Organization, "acme")

	w := get(t, h, host, "/api/v2/read")
	lines := strings.Count(w.Body.String(), "\n")
	if w.Code != 200 || lines != 100 || !strings.Contains(w.Header().Get("Link"), "offset=100") {
		t.Errorf("/api/v2/read: %d, %d lines, Link %q", w.Code, lines, w.Header().Get("Link"))
	}
	seen := map[string]bool{}
	total := 0
	for off := 0; ; off += 100 {
		w := get(t, h, host, fmt.Sprintf("/api/v2/read?offset=%d", off))
		for _, l := range strings.Split(strings.TrimSpace(w.Body.String()), "\n") {
			if l != "" {
				seen[l] = true
				total++
			}
		}
		if w.Header().Get("Link") == "" {
			break
		}
	}
	if all, _ := st.QuadCount(context.Background()); int64(len(seen)) != all || total != len(seen) {
		t.Errorf("paging read %d quads (%d distinct), the store holds %d", total, len(seen), all)
	}

	w = get(t, h, host, "/api/entity?id="+org)
	if w.Code != 200 || w.Header().Get("X-Total-Count") != "300" || !strings.Contains(w.Header().Get("Link"), "offset=200") {
		t.Errorf("/api/entity: %d, total %q, Link %q", w.Code, w.Header().Get("X-Total-Count"), w.Header().Get("Link"))
	}
	w = get(t, h, host, "/api/expand?limit=50&id="+org)
	if body, _ := io.ReadAll(w.Body); w.Code != 200 || strings.Count(string(body), `"predicate"`) != 50 {
		t.Errorf("/api/expand?limit=50: %d, %d edges", w.Code, strings.Count(string(body), `"predicate"`))
	}
	if w := get(t, h, host, "/api/expand?limit=x&id="+org); w.Code != http.StatusBadRequest {
		t.Errorf("limit=x: %d", w.Code)
	}
}
