package query

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/internal/store"
	"graphbuild/internal/store/storetest"
	"graphbuild/schema"
)

// The query commands answer the same from the query index as from the
// quads (a store made before the index), and as from the query index
// without its entity entries (a store of version 2): who-said, link,
// entities, entity cards, names resolved whole or by prefix or by
// Wikidata id, neighbours and paths.
func TestQueryIndexSameAnswers(t *testing.T) {
	for _, c := range []struct {
		backend string
		path    func(t *testing.T) string
	}{
		{"leveldb", func(t *testing.T) string { return t.TempDir() + "/graph.db" }},
		{"postgres", func(t *testing.T) string { return storetest.PostgresConn(t) }}, // pgindex.go
	} {
		t.Run(c.backend, func(t *testing.T) { sameAnswers(t, store.Options{Backend: c.backend, Path: c.path(t)}) })
	}
}

func sameAnswers(t *testing.T, opts store.Options) {
	ctx := context.Background()
	s, err := store.Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	gs := []*kg.Graph{storetest.Sample("ar-1"), storetest.SampleEN("en-1")}
	for i := range 60 {
		gs = append(gs, storetest.Synthetic(i))
	}
	// One entity typed Person in one article and Organization in others
	// (the tagger and the lexicon disagree): entities --type person lists
	// only the first article.
	mixed := storetest.Synthetic(60)
	mixed.Facts, mixed.Quotes = nil, nil
	for i := range mixed.Entities {
		if mixed.Entities[i].Type == schema.Organization {
			mixed.Entities[i].Type = schema.Person
			break
		}
	}
	gs = append(gs, mixed)
	if _, err := s.WriteGraphs(ctx, gs); err != nil {
		t.Fatal(err)
	}
	// Replace some, so that the index has followed changes.
	for i := range 10 {
		g := storetest.Synthetic(i)
		g.Doc.SHA256 = "changed"
		g.Doc.Published = fmt.Sprintf("2030-01-%02d", i+1)
		g.Entities = g.Entities[:len(g.Entities)/2]
		keep := map[string]bool{}
		for _, e := range g.Entities {
			keep[e.IRI] = true
		}
		var fs []kg.Fact
		for _, f := range g.Facts {
			if keep[f.Subject] && (f.Object == "" || keep[f.Object]) {
				fs = append(fs, f)
			}
		}
		g.Facts = fs
		var qs []kg.Quote
		for _, q := range g.Quotes {
			if keep[q.Speaker] && (q.Org == "" || keep[q.Org]) {
				qs = append(qs, q)
			}
		}
		g.Quotes = qs
		if _, err := s.WriteGraphs(ctx, []*kg.Graph{g}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	const (
		all = iota
		noEntityEntries
		noQueryIndex
	)
	answers := func(mode int) []string {
		ro := opts
		ro.ReadOnly = true
		s, err := store.Open(ctx, ro)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if !s.HasQueryIndex() || !s.HasEntityIndex() {
			t.Fatalf("query index %v, entity entries %v", s.HasQueryIndex(), s.HasEntityIndex())
		}
		switch mode {
		case noEntityEntries:
			s.IgnoreEntityIndex()
		case noQueryIndex:
			s.IgnoreQueryIndex()
		}
		var out []string
		add := func(what string, v any, err error) {
			b, _ := json.Marshal(v)
			out = append(out, fmt.Sprintf("%s: %s %v", what, b, err))
		}
		for _, o := range []WhoSaidOptions{{}, {Limit: 5}, {Limit: 1}, {About: "said"}} {
			qs, err := WhoSaid(ctx, s, o)
			add(fmt.Sprintf("who-said %+v", o), qs, err)
		}
		for _, n := range []int{1, 2, 5} {
			for _, limit := range []int{0, 3} {
				rows, total, err := Link(ctx, s, n, limit)
				add(fmt.Sprintf("link %d %d (%d)", n, limit, total), rows, err)
			}
		}
		for _, o := range []EntitiesOptions{{}, {Type: "person"}, {Type: "Organization", MinDocs: 2}, {MinDocs: 3}, {Docs: []string{kg.DocIRI("syn-00003")}},
			{Limit: 4}, {Type: "person", Limit: 2}, {MinDocs: 2, Limit: 1000}} {
			rows, total, err := Entities(ctx, s, o)
			add(fmt.Sprintf("entities %+v (%d)", o, total), rows, err)
		}
		for _, name := range []string{"Person 7", "Org 3", "person 1", "Pers", "Justin Lin", "لين", "Alibaba", "Q1359568", "nobody"} {
			c, err := EntityCard(ctx, s, name)
			add("entity "+name, c, err)
			ns, err := Neighbors(ctx, s, name, 2)
			add("neighbors "+name, ns, err)
			m, err := Search(ctx, s, name, 0)
			add("search "+name, m, err)
		}
		p, err := Path(ctx, s, "Person 7", "Org 3", 4)
		add("path", p, err)
		return out
	}
	with := answers(all)
	for _, mode := range []int{noEntityEntries, noQueryIndex} {
		without := answers(mode)
		for i := range with {
			if with[i] != without[i] {
				t.Errorf("with the query index:\n%s\nwithout (%d):\n%s", with[i], mode, without[i])
			}
		}
	}
}
