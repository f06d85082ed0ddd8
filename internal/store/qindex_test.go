package store

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store/storetest"
	"graphbuild/schema"
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
		e := queryEntries(g.Doc.IRI(), append(qs, indexQuads(g)...), s.entityIndex)
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

// The entity entries (S, R, Y, L) follow every write: each kind read
// back after documents are added, replaced (a sameAs link dropped and
// another added, an entity given another type, another language,
// an entity dropped) and replaced again without an entity, gives what the
// stored graphs give; and each kind's read agrees with the quads it
// replaces (what a store without the entries reads).
func TestEntityEntries(t *testing.T) {
	for _, backend := range []string{"leveldb", "bbolt", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			s := openTest(t, testOptions(t, backend))
			if !s.HasEntityIndex() {
				t.Fatal("a new store keeps no entity entries")
			}
			gs := []*kg.Graph{storetest.Sample("a"), storetest.Sample("b"), storetest.Synthetic(0), storetest.Synthetic(1)}
			write := func(g ...*kg.Graph) {
				t.Helper()
				if _, err := s.WriteGraphs(ctx, g); err != nil {
					t.Fatal(err)
				}
			}
			write(gs...)
			checkEntityEntries(t, s, gs)
			checkQueryIndex(t, s, gs...)

			// b: Alibaba's link replaced, Zhipu a person, Li Wei gone, another
			// language.
			const ali = "https://graphbuild.dev/id/organization/alibaba"
			const zhipu = "https://graphbuild.dev/id/organization/zhipu"
			b := storetest.Sample("b")
			b.Doc.Lang = "en"
			for i := range b.Entities {
				switch b.Entities[i].IRI {
				case ali:
					b.Entities[i].SameAs = []string{"http://www.wikidata.org/entity/Q999"}
				case zhipu:
					b.Entities[i].Type = "Person"
				}
			}
			b.Facts = slices.DeleteFunc(b.Facts, func(f kg.Fact) bool { return f.Subject == zhipu }) // an organization's
			dropEntity(b, "https://graphbuild.dev/id/person/li-wei")
			gs[1] = b
			write(b)
			checkEntityEntries(t, s, gs)
			checkQueryIndex(t, s, gs...)

			// a without Alibaba: its first link is given by no document.
			a := storetest.Sample("a")
			dropEntity(a, ali)
			gs[0] = a
			write(a)
			checkEntityEntries(t, s, gs)
			checkQueryIndex(t, s, gs...)
			if got := must(s.SameAsOf(ctx, "http://www.wikidata.org/entity/Q1359568")); len(got) != 0 {
				t.Errorf("a link no document gives still names %v", got)
			}
		})
	}
}

func dropEntity(g *kg.Graph, iri string) {
	g.Entities = slices.DeleteFunc(g.Entities, func(e kg.Entity) bool { return e.IRI == iri })
	g.Facts = slices.DeleteFunc(g.Facts, func(f kg.Fact) bool { return f.Subject == iri || f.Object == iri })
	g.Quotes = slices.DeleteFunc(g.Quotes, func(q kg.Quote) bool { return q.Speaker == iri || q.Org == iri })
}

// checkEntityEntries compares each kind of entity entry, as read, with
// what the graphs give and with what the quads give.
func checkEntityEntries(t *testing.T, s *Store, gs []*kg.Graph) {
	t.Helper()
	sameAs, sameOf := map[string][]string{}, map[string][]string{}
	types := map[string][]string{}
	docIDs := map[string]map[string]int{}
	var ents, links []string
	for _, g := range gs {
		for _, e := range g.Entities {
			ents = append(ents, e.IRI)
			for _, x := range e.SameAs {
				sameAs[e.IRI] = append(sameAs[e.IRI], x)
				sameOf[x] = append(sameOf[x], e.IRI)
				links = append(links, x)
			}
			ti, _ := e.Type.Info()
			types[ti.IRI] = append(types[ti.IRI], e.IRI+" "+g.Doc.IRI())
			if docIDs[e.IRI] == nil {
				docIDs[e.IRI] = map[string]int{}
			}
			docIDs[e.IRI][g.Doc.ID+" "+g.Doc.Lang]++
		}
	}
	sorted := func(v []string) []string {
		v = slices.Clone(v)
		slices.Sort(v)
		return slices.Compact(v)
	}
	ents, links = sorted(ents), sorted(links)
	quadObjects := func(qs []quad.Quad, subj bool) []string {
		var out []string
		for _, q := range qs {
			if subj {
				out = append(out, rdf.Text(q.Subject))
			} else {
				out = append(out, rdf.Text(q.Object))
			}
		}
		return sorted(out)
	}
	// S: an entity's links; R: a link's entities.
	for _, e := range ents {
		got := must(s.SameAs(ctx, e))
		if want := sorted(sameAs[e]); !slices.Equal(got, want) {
			t.Errorf("SameAs(%s) = %v, want %v", e, got, want)
		}
		if old := quadObjects(must(s.ReadOne(ctx, Out(e, rdf.OWLSameAs))), false); !slices.Equal(got, old) {
			t.Errorf("SameAs(%s) = %v, the quads give %v", e, got, old)
		}
	}
	for _, x := range links {
		got := must(s.SameAsOf(ctx, x))
		if want := sorted(sameOf[x]); !slices.Equal(got, want) {
			t.Errorf("SameAsOf(%s) = %v, want %v", x, got, want)
		}
		if old := quadObjects(must(s.ReadOne(ctx, In(quad.IRI(x), rdf.OWLSameAs))), true); !slices.Equal(got, old) {
			t.Errorf("SameAsOf(%s) = %v, the quads give %v", x, got, old)
		}
	}
	// Y: a type's entities and the documents that give it.
	var typeIRIs []string
	for _, ti := range schema.Types() {
		if ti.IsEntity() {
			typeIRIs = append(typeIRIs, ti.IRI)
		}
	}
	ms := must(s.TypeMentions(ctx, typeIRIs))
	for i, ti := range typeIRIs {
		var got, old []string
		for _, m := range ms[i] {
			got = append(got, m.Entity+" "+m.Doc)
		}
		for _, q := range must(s.ReadOne(ctx, In(quad.IRI(ti), schema.RDFType))) {
			old = append(old, rdf.Text(q.Subject)+" "+rdf.Text(q.Label))
		}
		if got, want := sorted(got), sorted(types[ti]); !slices.Equal(got, want) {
			t.Errorf("TypeMentions(%s) = %v, want %v", ti, got, want)
		}
		if got, old := sorted(got), sorted(old); !slices.Equal(got, old) {
			t.Errorf("TypeMentions(%s) = %v, the quads give %v", ti, got, old)
		}
	}
	// L: an entity's documents' ids and languages.
	ids := must(s.EntityDocIDs(ctx, ents))
	for _, e := range ents {
		got := map[string]int{}
		for _, d := range ids[e] {
			got[d.ID+" "+d.Lang] += d.N
		}
		if !maps.Equal(got, docIDs[e]) {
			t.Errorf("EntityDocIDs(%s) = %v, want %v", e, got, docIDs[e])
		}
	}
}

// A store of version 2 (made before the entity entries) keeps the rest of
// the query index, writes no entity entries, and says so.
func TestQueryIndexVersion2(t *testing.T) {
	if has, entity := queryIndexVersion("2"); !has || entity {
		t.Errorf("version 2: query index %v, entity entries %v; want true, false", has, entity)
	}
	if has, entity := queryIndexVersion(qVersion); !has || !entity {
		t.Errorf("version %s: query index %v, entity entries %v; want true, true", qVersion, has, entity)
	}
	s := openTest(t, testOptions(t, "leveldb"))
	s.entityIndex = false // as a store of version 2 opens
	if _, err := s.WriteGraphs(ctx, []*kg.Graph{storetest.Sample("a")}); err != nil {
		t.Fatal(err)
	}
	for k := range entries(t, s, qBucket) {
		if strings.ContainsRune("SRYL", rune(k[0])) {
			t.Errorf("a store of version 2 was given the entity entry %q", k)
		}
	}
	checkQueryIndex(t, s, storetest.Sample("a"))
}

// lastPart reads a key's second part as flat.KeyUnescape does.
func TestLastPart(t *testing.T) {
	var buf []byte
	for _, k := range []hkv.Key{
		{[]byte("gbq"), []byte("Mhttps://graphbuild.dev/id/place/riyadh\x00https://graphbuild.dev/doc/sn-1")},
		{[]byte("gbq"), []byte(`a\b/c\\d`)},
		{[]byte("gbi"), []byte("x")},
		{[]byte(""), []byte("x")},
		{[]byte("gbq"), []byte("")},
		{[]byte("a"), []byte("b"), []byte("c")},
		{[]byte("gbq")},
	} {
		raw := flat.KeyEscape(k)
		want := flat.KeyUnescape(raw)
		var got []byte
		var ok bool
		buf, got, ok = lastPart(raw, buf)
		if ok != (len(want) == 2) || (ok && string(got) != string(want[1])) {
			t.Errorf("lastPart(%q) = %q, %v; flat.KeyUnescape gives %q", raw, got, ok, want)
		}
	}
}
