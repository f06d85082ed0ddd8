package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/internal/store"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// TestTopAndTitles: /api/top opens on the most connected entity, and
// /api/expand gives people their job title (the most confident one).
func TestTopAndTitles(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, store.Options{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	org := kg.EntityIRI(schema.Organization, "acme")
	lone := kg.EntityIRI(schema.Organization, "lone")
	p1, p2 := kg.EntityIRI(schema.Person, "ann"), kg.EntityIRI(schema.Person, "bob")
	g := &kg.Graph{Doc: kg.Document{ID: "d1", Source: "d1.txt", Lang: string(text.English), SHA256: "00"},
		Entities: []kg.Entity{{IRI: org, Type: schema.Organization, Name: "Acme"}, {IRI: lone, Type: schema.Organization, Name: "Lone"},
			{IRI: p1, Type: schema.Person, Name: "Ann"}, {IRI: p2, Type: schema.Person, Name: "Bob"}},
		Facts: []kg.Fact{
			{Subject: p1, Predicate: "worksAt", Object: org, Evidence: "a", Span: text.InputSpan{Start: 0, End: 1}, Confidence: 0.9, Rule: "t"},
			{Subject: p2, Predicate: "worksAt", Object: org, Evidence: "b", Span: text.InputSpan{Start: 1, End: 2}, Confidence: 0.9, Rule: "t"},
			{Subject: p1, Predicate: "jobTitle", Value: &kg.Value{Text: "chief executive"}, Evidence: "a", Span: text.InputSpan{Start: 2, End: 3}, Confidence: 0.9, Rule: "t"},
			{Subject: p1, Predicate: "jobTitle", Value: &kg.Value{Text: "director"}, Evidence: "c", Span: text.InputSpan{Start: 3, End: 4}, Confidence: 0.5, Rule: "t"},
		}}
	if _, err := st.WriteGraphs(ctx, []*kg.Graph{g}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(st, Options{}))
	defer srv.Close()
	get := func(path string, v any) int {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if v != nil && resp.StatusCode == 200 {
			if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
				t.Fatal(err)
			}
		}
		return resp.StatusCode
	}
	var top []struct {
		ID string `json:"id"`
	}
	if code := get("/api/top?limit=2", &top); code != 200 || len(top) != 2 || top[0].ID != org {
		t.Errorf("/api/top: %d %v, want %s first", code, top, org)
	}
	if code := get("/api/top?limit=0", nil); code != 400 {
		t.Errorf("/api/top?limit=0: %d, want 400", code)
	}
	var sub struct {
		Nodes []struct {
			ID, Title string
		}
	}
	if code := get("/api/expand?id="+org, &sub); code != 200 {
		t.Fatalf("/api/expand: %d", code)
	}
	titles := map[string]string{}
	for _, n := range sub.Nodes {
		titles[n.ID] = n.Title
	}
	if titles[p1] != "chief executive" || titles[p2] != "" || len(titles) != 3 {
		t.Errorf("titles %v", titles)
	}
}
