package identity

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/schema"
)

// The identity test set (testdata/set*/): entities of real articles
// (records.tsv: names, types, the IRI extraction gave them, the acronyms
// their article states, their title words and the organisations their
// article names) and pairs of them from different articles labelled by
// reading the articles, "s" one real thing or "d" two (pairs.tsv).
// cmd/identity-pairs drew them with the extraction of main at a9b66c2 (its
// comment has the commands; a later extraction draws other pairs); the
// labels were written by hand, by reading the sentences around both names
// in the articles, never by what the linker does.

type testRecord struct {
	id, doc, iri, name string
	typ                schema.Type
	aliases, acronyms  []string
	titles, orgs       []string
	own, with          []string // ctx sets: organisations it works at, leads or speaks for; people its article names
}

type testPair struct {
	a, b, label, category string
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func readTSV(t *testing.T, path string, fields int, fn func([]string)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") || sc.Text() == "" {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < fields {
			t.Fatalf("%s: %d fields in %q", path, len(cols), sc.Text())
		}
		fn(cols)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// loadSet reads one set and builds a graph per article of its records.
func loadSet(t *testing.T, dir string) (map[string]*testRecord, []testPair, []*kg.Graph) {
	recs := map[string]*testRecord{}
	var order []*testRecord
	readTSV(t, filepath.Join(dir, "records.tsv"), 9, func(c []string) {
		r := &testRecord{id: c[0], doc: c[1], typ: schema.Type(c[2]), iri: schema.NSEntity + c[3], name: c[4],
			aliases: splitList(c[5]), acronyms: splitList(c[6]), titles: splitList(c[7]), orgs: splitList(c[8])}
		if len(c) >= 11 {
			r.own, r.with = splitList(c[9]), splitList(c[10])
		}
		recs[r.id] = r
		order = append(order, r)
	})
	var pairs []testPair
	readTSV(t, filepath.Join(dir, "pairs.tsv"), 4, func(c []string) {
		if c[2] != "s" && c[2] != "d" && c[2] != "?" {
			t.Fatalf("pair %s / %s: label %q is neither s nor d", c[0], c[1], c[2])
		}
		if recs[c[0]] == nil || recs[c[1]] == nil {
			t.Fatalf("pair %s / %s: no such record", c[0], c[1])
		}
		pairs = append(pairs, testPair{c[0], c[1], c[2], c[3]})
	})
	// An organisation an article names goes by the name a record of the
	// same IRI has (the records keep its IRI only), else by its slug.
	nameOf := map[string]string{}
	for _, r := range order {
		if _, ok := nameOf[r.iri]; !ok {
			nameOf[r.iri] = r.name
		}
	}
	byDoc := map[string]*kg.Graph{}
	at := map[*kg.Graph]map[string]int{} // an entity's index in its article, where known
	var graphs []*kg.Graph
	for _, r := range order {
		g := byDoc[r.doc]
		if g == nil {
			g = &kg.Graph{Doc: kg.Document{ID: r.doc}}
			byDoc[r.doc] = g
			graphs = append(graphs, g)
			at[g] = map[string]int{}
		}
		addEntity(g, kg.Entity{IRI: r.iri, Type: r.typ, Name: r.name, Aliases: r.aliases}, true)
		for _, o := range append(append([]string(nil), r.orgs...), r.own...) {
			name, ok := nameOf[schema.NSEntity+o]
			if !ok {
				name = o[strings.LastIndex(o, "/")+1:]
			}
			addEntity(g, kg.Entity{IRI: schema.NSEntity + o, Type: schema.Organization, Name: name}, false)
		}
		for _, o := range r.own {
			g.Facts = append(g.Facts, kg.Fact{Subject: r.iri, Predicate: "worksAt", Object: schema.NSEntity + o})
		}
		// The people its article names near it, each "index:IRI:name".
		at[g][r.iri] = entityIndex(r.id)
		for _, w := range r.with {
			parts := strings.SplitN(w, ":", 3)
			if len(parts) != 3 {
				t.Fatalf("record %s: with item %q is not index:IRI:name", r.id, w)
			}
			iri := schema.NSEntity + parts[1]
			if _, ok := at[g][iri]; !ok {
				at[g][iri], _ = strconv.Atoi(parts[0])
			}
			addEntity(g, kg.Entity{IRI: iri, Type: schema.Person, Name: parts[2]}, false)
		}
		for _, ti := range r.titles {
			g.Facts = append(g.Facts, kg.Fact{Subject: r.iri, Predicate: "jobTitle", Value: &kg.Value{Text: ti, Kind: "Text"}})
		}
		for _, a := range r.acronyms {
			g.Facts = append(g.Facts, kg.Fact{Subject: r.iri, Predicate: "alias", Value: &kg.Value{Text: a, Kind: "Text"}, Rule: ruleStated})
		}
	}
	// The entities in their article's order, as extraction gives them (the
	// people nearest a person are its co-mentions).
	for _, g := range graphs {
		sort.SliceStable(g.Entities, func(i, j int) bool {
			a, oka := at[g][g.Entities[i].IRI]
			b, okb := at[g][g.Entities[j].IRI]
			return oka && (!okb || a < b)
		})
	}
	return recs, pairs, graphs
}

// entityIndex is the index in its article of the entity of record id
// ("doc#7", "doc#7-latin").
func entityIndex(id string) int {
	s := id[strings.LastIndex(id, "#")+1:]
	s, _, _ = strings.Cut(s, "-")
	n, _ := strconv.Atoi(s)
	return n
}

// addEntity adds e to g once; a record's entity replaces the stand-in of
// an organisation another record of its article named, and a second
// record of one IRI in one article (extraction gave "رضا" and "الرضا" one
// key) adds its name to the first's aliases.
func addEntity(g *kg.Graph, e kg.Entity, record bool) {
	for i, x := range g.Entities {
		if x.IRI != e.IRI {
			continue
		}
		switch {
		case record && x.Type == e.Type && (x.Name == e.Name || contains(x.Aliases, e.Name)):
		case record && recorded[g][x.IRI]:
			g.Entities[i].Aliases = append(g.Entities[i].Aliases, e.Name)
		case record:
			g.Entities[i] = e
		}
		if record {
			markRecorded(g, e.IRI)
		}
		return
	}
	g.Entities = append(g.Entities, e)
	if record {
		markRecorded(g, e.IRI)
	}
}

// recorded holds, per graph, the IRIs a record (not a stand-in) gave.
var recorded = map[*kg.Graph]map[string]bool{}

func markRecorded(g *kg.Graph, iri string) {
	if recorded[g] == nil {
		recorded[g] = map[string]bool{}
	}
	recorded[g][iri] = true
}

// iriOf finds the IRI a record's entity has in its article's graph.
func iriOf(gs map[string]*kg.Graph, r *testRecord) string {
	for _, e := range gs[r.doc].Entities {
		if e.Name == r.name || contains(e.Aliases, r.name) {
			return e.IRI
		}
	}
	return ""
}

type counts struct{ tp, fp, fn, tn int }

func (c *counts) add(same, joined bool) {
	switch {
	case same && joined:
		c.tp++
	case same:
		c.fn++
	case joined:
		c.fp++
	default:
		c.tn++
	}
}

func (c counts) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c counts) recall() float64    { return ratio(c.tp, c.tp+c.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestIdentityPairs links every article of the identity test set as one
// build does and prints the pairwise precision and recall of the linker:
// a pair is joined when its two records end with one IRI. Keys alone (the
// IRIs extraction gave) are printed beside it. The targets are precision
// 0.98 and recall 0.90.
func TestIdentityPairs(t *testing.T) {
	p, r := measurePairs(t, "testdata/set*")
	// The targets are not met yet (see the log); these floors keep what
	// the linker reaches on this set from falling.
	if p < 0.93 || r < 0.78 {
		t.Errorf("pairwise precision %.3f recall %.3f, below the floors 0.93 / 0.78", p, r)
	}
}

// TestIdentityContextPairs is TestIdentityPairs on the sets whose records
// carry their article's context (testdata/ctx*, README.md): there the
// store holds every person of a surname pair's surname, so the rules that
// join a lone surname across articles by context are measured.
func TestIdentityContextPairs(t *testing.T) {
	p, r := measurePairs(t, "testdata/ctx*")
	if p < 0.95 || r < 0.60 {
		t.Errorf("pairwise precision %.3f recall %.3f, below the floors 0.95 / 0.60", p, r)
	}
}

// measurePairs links the sets of glob and logs, by category, how many
// pairs keys alone and the linker get right; it returns the linker's
// pairwise precision and recall.
func measurePairs(t *testing.T, glob string) (float64, float64) {
	sets, _ := filepath.Glob(glob)
	if len(sets) == 0 {
		t.Fatal("no identity test set under " + glob)
	}
	var keys, linked counts
	byCat := map[string]*[2]counts{}
	var wrong []string
	for _, dir := range sets {
		recs, pairs, graphs := loadSet(t, dir)
		if _, err := Link(context.Background(), graphs, nil); err != nil {
			t.Fatal(err)
		}
		gs := map[string]*kg.Graph{}
		for _, g := range graphs {
			gs[g.Doc.ID] = g
		}
		for _, p := range pairs {
			if p.label == "?" {
				continue // drawn, not labelled yet
			}
			a, b := recs[p.a], recs[p.b]
			same := p.label == "s"
			before := a.iri == b.iri
			ia, ib := iriOf(gs, a), iriOf(gs, b)
			if ia == "" || ib == "" {
				t.Fatalf("pair %s / %s: a record's entity is gone from its graph", p.a, p.b)
			}
			after := ia == ib
			keys.add(same, before)
			linked.add(same, after)
			if byCat[p.category] == nil {
				byCat[p.category] = &[2]counts{}
			}
			byCat[p.category][0].add(same, before)
			byCat[p.category][1].add(same, after)
			if same != after {
				wrong = append(wrong, fmt.Sprintf("  %-15s %s: %s (%s, %s) / %s (%s, %s) joined=%v", p.category, p.label, a.name, a.typ, a.doc, b.name, b.typ, b.doc, after))
			}
		}
	}
	var cats []string
	for k := range byCat {
		cats = append(cats, k)
	}
	sort.Strings(cats)
	t.Logf("%-16s %5s %5s %9s %9s", "category", "same", "diff", "keys P/R", "linked P/R")
	for _, k := range cats {
		c := byCat[k]
		t.Logf("%-16s %5d %5d %4.2f/%4.2f %4.2f/%4.2f", k, c[1].tp+c[1].fn, c[1].fp+c[1].tn,
			c[0].precision(), c[0].recall(), c[1].precision(), c[1].recall())
	}
	t.Logf("%-16s %5d %5d %4.2f/%4.2f %4.2f/%4.2f", "all", linked.tp+linked.fn, linked.fp+linked.tn,
		keys.precision(), keys.recall(), linked.precision(), linked.recall())
	t.Logf("pairs the linker gets wrong:\n%s", strings.Join(wrong, "\n"))
	fmt.Printf("identity pairs %s: precision %.3f recall %.3f (keys alone %.3f / %.3f; targets 0.98 / 0.90)\n",
		glob, linked.precision(), linked.recall(), keys.precision(), keys.recall())
	return linked.precision(), linked.recall()
}
