package store

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"testing"

	hkv "github.com/hidal-go/hidalgo/kv"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store/storetest"
)

// checkQueryIndex compares the whole query index with the one the stored
// graphs give, built afresh: after any sequence of writes, replacements and
// failed writes it must be what a new store of the same graphs holds.
func checkQueryIndex(t *testing.T, s *Store, want ...*kg.Graph) {
	t.Helper()
	if !s.HasQueryIndex() {
		return
	}
	exp := map[string]string{}
	counts := map[string]int{}
	for _, g := range want {
		qs, err := rdf.Quads(g)
		if err != nil {
			t.Fatal(err)
		}
		e := queryEntries(g.Doc.IRI(), append(qs, indexQuads(g)...))
		maps.Copy(exp, e.keys)
		for k := range e.counts {
			counts[k]++
		}
	}
	for k, n := range counts {
		exp[k] = strconv.Itoa(n)
		if ent, ok := cutPrefix(k, qCount); ok {
			exp[string(qByCnt)+descCount(int64(n))+ent] = "1"
		}
	}
	got := entries(t, s, qBucket)
	for k, v := range exp {
		if got[k] != v {
			t.Errorf("query index %q = %q, want %q", k, got[k], v)
		}
	}
	for k, v := range got {
		if _, ok := exp[k]; !ok {
			t.Errorf("query index holds %q = %q, which the graphs do not give", k, v)
		}
	}
}

// entries reads every entry of a bucket of the key-value store, or of the
// table of them on postgres.
func entries(t *testing.T, s *Store, bucket []byte) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := s.qView(ctx, func(tx qTx) error {
		return tx.scan(ctx, []hkv.Key{{bucket}}, 0, func(_ int, k, v []byte) bool {
			got[string(k)] = string(v)
			return true
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func cutPrefix(k string, kind byte) (string, bool) {
	if k != "" && k[0] == kind {
		return k[1:], true
	}
	return "", false
}

// The query index follows every write: documents added, replaced with
// other entities, names and dates, and rewritten unchanged; a failed write
// leaves it as it was. Its reads give the documents newest first, the
// entities most mentioned first, and each entity's documents and names.
func TestQueryIndex(t *testing.T) {
	for _, backend := range []string{"leveldb", "bbolt", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			s := openTest(t, testOptions(t, backend))
			if !s.HasQueryIndex() {
				t.Fatal("a new store has no query index")
			}
			var gs []*kg.Graph
			for i := range 6 {
				g := storetest.Synthetic(i)
				g.Doc.Published = fmt.Sprintf("2024-01-%02d", 1+i%3) // two documents a day
				gs = append(gs, g)
			}
			gs = append(gs, storetest.Sample("a"), storetest.Sample("b"))
			if _, err := s.WriteGraphs(ctx, gs); err != nil {
				t.Fatal(err)
			}
			checkQueryIndex(t, s, gs...)

			// Replace one: another date, an entity dropped, a name changed.
			g := storetest.Synthetic(1)
			g.Doc.Published = "2099-05-05"
			g.Doc.SHA256 = "changed"
			g.Entities[0].Name = g.Entities[0].Name + " Jr"
			drop := g.Entities[len(g.Entities)-1].IRI
			g.Entities = g.Entities[:len(g.Entities)-1]
			g.Facts = slices.DeleteFunc(g.Facts, func(f kg.Fact) bool { return f.Subject == drop || f.Object == drop })
			g.Quotes = slices.DeleteFunc(g.Quotes, func(q kg.Quote) bool { return q.Speaker == drop || q.Org == drop })
			if _, err := s.WriteGraphs(ctx, []*kg.Graph{g}); err != nil {
				t.Fatal(err)
			}
			gs[1] = g
			checkQueryIndex(t, s, gs...)
			if _, err := s.WriteGraphs(ctx, []*kg.Graph{storetest.Sample("a")}); err != nil {
				t.Fatal(err)
			}
			checkQueryIndex(t, s, gs...)

			docs, more, err := s.DocsByDate(ctx, 0, 1)
			if err != nil || len(docs) != 1 || docs[0].IRI != g.Doc.IRI() || docs[0].Published != "2099-05-05" || !more {
				t.Fatalf("newest document: %+v more %v err %v", docs, more, err)
			}
			var all []DocDate
			for {
				page, more, err := s.DocsByDate(ctx, len(all), 2)
				if err != nil {
					t.Fatal(err)
				}
				all = append(all, page...)
				if !more {
					break
				}
			}
			if len(all) != len(gs) {
				t.Fatalf("%d documents by date, want %d", len(all), len(gs))
			}
			for i := 1; i < len(all); i++ {
				a, b := all[i-1], all[i]
				if a.Published < b.Published || (a.Published == b.Published && a.IRI >= b.IRI) {
					t.Errorf("documents out of order: %+v before %+v", a, b)
				}
			}

			const lin = "https://graphbuild.dev/id/person/justin-lin"
			for _, c := range []struct {
				key    string
				prefix bool
				want   bool
			}{{"justin lin", false, true}, {"justin", false, false}, {"justin", true, true}, {"lin", true, true}, {"ustin", true, false}} {
				got, err := s.NameEntities(ctx, c.key, c.prefix)
				if err != nil || slices.Contains(got, lin) != c.want {
					t.Errorf("NameEntities(%q, %v) = %v, %v; want Justin Lin: %v", c.key, c.prefix, got, err, c.want)
				}
			}

			ents, total, err := s.EntitiesByDocs(ctx, 2, 1)
			if err != nil || len(ents) == 0 || total < len(ents) {
				t.Fatalf("entities by documents: %+v %d %v", ents, total, err)
			}
			sum, err := s.EntitySummaries(ctx, []string{ents[0].IRI}, true)
			if err != nil {
				t.Fatal(err)
			}
			if e := sum[ents[0].IRI]; len(e.Docs) != ents[0].Docs || len(e.Names) == 0 || e.Docs[0].Published == "" || e.Docs[0].ID == "" {
				t.Errorf("summary of %s (%d documents): %+v", ents[0].IRI, ents[0].Docs, e)
			}
		})
	}
}
