package store

import (
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store/storetest"
	"graphbuild/schema"
)

func TestNameKey(t *testing.T) {
	for in, want := range map[string]string{
		"Justin Lin":       "justin lin",
		"عمر الشمري":       "عمر شمري",
		"لَيْلَى المنصوري": "ليلي منصوري",
		"إيلين مورو":       "ايلين مورو",
		"Z.ai":             "z ai",
		"الدار البيضاء":    "دار بيضاء",
	} {
		if got := NameKey(in); got != want {
			t.Errorf("NameKey(%q) = %q, want %q", in, got, want)
		}
	}
	if got := KeyPrefixes("omar al shammari"); len(got) != 3 || got[0] != "al" || got[2] != "sha" {
		t.Errorf("KeyPrefixes = %v", got)
	}
}

// The name index is found through the object index on every backend
// without the query index (through the query index's name entries on the
// others), is replaced with its document and is left out of Quads; Read
// finds a node's quads by predicate in both directions.
func TestNameIndexAndRead(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s := openTest(t, testOptions(t, backend))
		a := storetest.Sample("a")
		must(s.WriteGraphs(ctx, []*kg.Graph{a, storetest.SampleEN("b")}))
		if ok, err := s.HasNameIndex(ctx); !ok || err != nil {
			t.Fatalf("HasNameIndex = %v, %v", ok, err)
		}
		lin := kg.EntityIRI(schema.Person, "justin-lin")
		// named returns the entities the name key (or key prefix) finds,
		// and the labels of the index quads that found them.
		named := func(key string, prefix bool) (ents, labels []string) {
			if s.HasQueryIndex() {
				return must(s.NameEntities(ctx, key, prefix)), nil
			}
			p := IndexKey
			if prefix {
				p = IndexPrefix
			}
			for _, q := range must(s.ReadOne(ctx, In(quad.String(key), p))) {
				ents = append(ents, rdf.Text(q.Subject))
				labels = append(labels, rdf.Text(q.Label))
			}
			return ents, labels
		}
		if ents, labels := named("جاستن لين", false); len(ents) != 1 || ents[0] != lin || len(labels) > 0 && labels[0] != kg.DocIRI("a") {
			t.Errorf("Arabic key: %v %v", ents, labels)
		}
		if ents, labels := named("jus", true); !slices.Contains(ents, lin) || len(labels) > 0 && len(labels) != 2 { // one quad per document
			t.Errorf("prefix: %v %v", ents, labels)
		}
		if s.HasQueryIndex() {
			if res := must(s.Read(ctx, In(quad.String("جاستن لين"), IndexKey), In(quad.String("jus"), IndexPrefix))); len(res[0])+len(res[1]) > 0 {
				t.Errorf("name index quads in a store with the query index: %v", res)
			}
		}
		res := must(s.Read(ctx,
			Out(lin, rdf.PropName),
			In(quad.IRI(lin), rdf.PropSubject),
			Out(lin)))
		if len(res[0]) != 2 {
			t.Errorf("names: %v", res[0])
		}
		if len(res[1]) != 3 { // worksAt and jobTitle in a, worksAt in b
			t.Errorf("facts about Lin: %v", res[1])
		}
		for _, q := range res[2] {
			if q.Subject != quad.IRI(lin) {
				t.Errorf("Out(lin) gave %v", q)
			}
		}
		qs := must(s.Quads(ctx))
		for _, q := range qs {
			if isIndexQuad(q) {
				t.Fatalf("Quads returned an index quad: %v", q)
			}
		}
		// Document a changes Lin's Arabic name: the old key goes with it.
		a2 := storetest.Sample("a")
		a2.Entities[0].Aliases = []string{"جستن لين"}
		must(s.WriteGraphs(ctx, []*kg.Graph{a2}))
		if got, _ := named("جاستن لين", false); len(got) != 0 {
			t.Errorf("the old name is still indexed: %v", got)
		}
		if got, _ := named("جستن لين", false); len(got) != 1 {
			t.Errorf("the new name is not indexed: %v", got)
		}
		if st := must(s.WriteGraphs(ctx, []*kg.Graph{a2})); st.Added != 0 || st.Deleted != 0 {
			t.Errorf("rewrite: %+v", st)
		}
	})
}

// A Distinct lookup gives each (subject, predicate, object) once, without
// its label, where a plain one gives one quad per document (an entity's
// sameAs link, repeated by every article that names it).
func TestReadDistinct(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s := openTest(t, testOptions(t, backend))
		must(s.WriteGraphs(ctx, []*kg.Graph{storetest.Sample("a"), storetest.Sample("b")}))
		lin := kg.EntityIRI(schema.Person, "justin-lin")
		distinct := Out(lin, rdf.PropName)
		distinct.Distinct = true
		res := must(s.Read(ctx, Out(lin, rdf.PropName), distinct, In(quad.IRI(lin), rdf.PropSubject)))
		if len(res[0]) != 2 || res[0][0].Label == nil {
			t.Errorf("plain: %v", res[0])
		}
		if len(res[1]) != 1 || res[1][0].Label != nil || res[1][0].Object != res[0][0].Object {
			t.Errorf("distinct: %v", res[1])
		}
		if len(res[2]) != 4 { // the lookup after it is not cut: worksAt and jobTitle in a and b
			t.Errorf("after the distinct lookup: %v", res[2])
		}
	})
}
