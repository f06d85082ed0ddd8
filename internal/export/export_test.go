package export_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"graphbuild/internal/export"
	"graphbuild/internal/kg"
	"graphbuild/internal/store/storetest"
	"graphbuild/schema"
)

func TestMerge(t *testing.T) {
	a := storetest.Sample("a")
	b := storetest.Sample("b")
	// In b, Alibaba is only known by its Arabic name, and has another Wikidata id.
	for i := range b.Entities {
		if b.Entities[i].Name == "Alibaba" {
			b.Entities[i].Name = "علي بابا"
			b.Entities[i].Aliases = []string{"مجموعة علي بابا"}
			b.Entities[i].SameAs = []string{schema.NSWikidata + "Q2"}
		}
	}
	for _, order := range [][]*kg.Graph{{a, b}, {b, a}} {
		ex := export.Merge(order)
		if len(ex.Documents) != 2 || ex.Documents[0].ID != a.Doc.IRI() {
			t.Fatalf("documents: %+v", ex.Documents)
		}
		var ali *export.ExportEntity
		for i := range ex.Entities {
			if ex.Entities[i].ID == kg.EntityIRI(schema.Organization, "alibaba") {
				ali = &ex.Entities[i]
			}
		}
		if ali == nil {
			t.Fatal("no alibaba")
		}
		if ali.Name != "Alibaba" || strings.Join(ali.Aliases, "|") != "علي بابا|مجموعة علي بابا" ||
			len(ali.SameAs) != 2 || len(ali.Documents) != 2 || ali.Type != "Organization" {
			t.Errorf("merged entity: %+v", *ali)
		}
		if len(ex.Entities) != 5 || len(ex.Facts) != 8 || len(ex.Quotes) != 4 {
			t.Errorf("%d entities, %d facts, %d quotes", len(ex.Entities), len(ex.Facts), len(ex.Quotes))
		}
	}
	var x, y bytes.Buffer
	if err := export.WriteJSON(&x, export.Merge([]*kg.Graph{a, b})); err != nil {
		t.Fatal(err)
	}
	export.WriteJSON(&y, export.Merge([]*kg.Graph{b, a}))
	if x.String() != y.String() {
		t.Error("export depends on the order of the graphs")
	}
}

func TestChooseNameLatinFirst(t *testing.T) {
	g1 := storetest.Sample("a")
	g2 := storetest.Sample("b")
	g3 := storetest.Sample("c")
	g1.Entities[1].Name = "لي وي"
	g2.Entities[1].Name = "لي وي"
	g3.Entities[1].Name = "Li Wei"
	ex := export.Merge([]*kg.Graph{g1, g2, g3})
	for _, e := range ex.Entities {
		if e.ID == g1.Entities[1].IRI && (e.Name != "Li Wei" || strings.Join(e.Aliases, "|") != "لي وي") {
			t.Errorf("got %q %q, want the Latin name", e.Name, e.Aliases)
		}
	}
}

// The JSON keys and their order are those of export-json.md.
func TestWriteJSONShape(t *testing.T) {
	var buf bytes.Buffer
	if err := export.WriteJSON(&buf, export.Merge([]*kg.Graph{storetest.Sample("ar-1")})); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		`"documents": [`, `"id": "https://graphbuild.dev/doc/ar-1"`, `"title": "علي بابا تطلق نموذج Qwen الجديد"`,
		`"aliases": [`, `"sameAs": [`, `"span": [`, `"currency": "USD"`, `"amount": 560000000,`,
		`"value": {
        "text": "القائد التقني"
      },`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("export lacks %s", want)
		}
	}
	order := []string{`"subject"`, `"predicate"`, `"object"`, `"doc"`, `"evidence"`, `"span"`, `"confidence"`}
	fact := out[strings.Index(out, `"facts"`):]
	last := -1
	for _, k := range order {
		i := strings.Index(fact, k)
		if i < last {
			t.Errorf("key %s out of order", k)
		}
		last = i
	}
	var generic map[string][]map[string]any
	if err := json.Unmarshal(buf.Bytes(), &generic); err != nil {
		t.Fatal(err)
	}
	for _, f := range generic["facts"] {
		_, o := f["object"]
		_, v := f["value"]
		if o == v {
			t.Errorf("fact with object=%v value=%v: %v", o, v, f)
		}
	}
	if q := generic["quotes"][0]; len(q) != 8 || q["rule"] != "qala-colon" {
		t.Errorf("quote keys (7 and the rule that found it): %v", q)
	}
	if f := generic["facts"][0]; f["rule"] == "" || f["rule"] == nil {
		t.Errorf("fact without the rule that made it: %v", f)
	}
	if strings.Contains(out, `\u`) {
		t.Error("escaped characters in the export")
	}
}

func TestMergeEmpty(t *testing.T) {
	var buf bytes.Buffer
	export.WriteJSON(&buf, export.Merge(nil))
	if got := buf.String(); got != "{\n  \"documents\": [],\n  \"entities\": [],\n  \"facts\": [],\n  \"quotes\": []\n}\n" {
		t.Errorf("empty export:\n%s", got)
	}
}

// clintonDoc is a sample document naming Bill Clinton by names[0], with an
// alias fact for each other name (evidence "NAME ≈ evidence").
func clintonDoc(id, evidence string, names ...string) *kg.Graph {
	clinton := kg.EntityIRI(schema.Person, "bill-clinton")
	g := storetest.Sample(id)
	g.Entities = append(g.Entities, kg.Entity{IRI: clinton, Type: schema.Person, Name: names[0]})
	for _, n := range names[1:] {
		g.Facts = append(g.Facts, kg.Fact{Subject: clinton, Predicate: "alias", Value: &kg.Value{Text: n, Kind: "Text"},
			Evidence: n + " ≈ " + evidence, Confidence: 0.8, Rule: "surname-unique-in-context"})
	}
	return g
}

// An alias fact that only repeats the display name the export chooses is
// left out ("Clinton alias Clinton"); one that names another form stays.
func TestMergeDropsAliasEchoingName(t *testing.T) {
	clinton := kg.EntityIRI(schema.Person, "bill-clinton")
	doc := func(id string, names ...string) *kg.Graph { return clintonDoc(id, "Bill Clinton", names...) }
	// Two documents say "Clinton", one "Bill Clinton": the display name is
	// Clinton, so "alias Clinton" (any case) echoes it and "alias Bill" does not.
	ex := export.Merge([]*kg.Graph{doc("a", "Clinton", "CLINTON"), doc("b", "Clinton", "Bill"), doc("c", "Bill Clinton")})
	var got []string
	for _, f := range ex.Facts {
		if f.Subject == clinton && f.Predicate == "alias" {
			got = append(got, f.Value.Text)
		}
	}
	if strings.Join(got, "|") != "Bill" {
		t.Errorf("alias facts of Clinton = %q, want only [Bill]", got)
	}
}

// Documents that disagree on an entity's type give it the type most of them
// say, and on a tie the type its IRI names: the same answer whatever the
// order of the graphs (it was the type of the document read first, a map
// order, so one build printed Usher as a Person and the next as an
// Organization).
func TestMergeTypeVote(t *testing.T) {
	usher := kg.EntityIRI(schema.Person, "usher")
	doc := func(id string, typ schema.Type) *kg.Graph {
		g := storetest.Sample(id)
		g.Entities = append(g.Entities, kg.Entity{IRI: usher, Type: typ, Name: "Usher"})
		return g
	}
	typeOf := func(ex export.Export) string {
		for _, e := range ex.Entities {
			if e.ID == usher {
				return e.Type
			}
		}
		return ""
	}
	for _, tc := range []struct {
		name  string
		types []schema.Type
		want  string
	}{
		{"majority", []schema.Type{schema.Organization, schema.Person, schema.Organization}, "Organization"},
		{"tie goes to the IRI's type", []schema.Type{schema.Organization, schema.Person}, "Person"},
		{"one document", []schema.Type{schema.Organization}, "Organization"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var gs []*kg.Graph
			for i, typ := range tc.types {
				gs = append(gs, doc(string(rune('a'+i)), typ))
			}
			for range 20 { // map order varies from run to run
				if got := typeOf(export.Merge(gs)); got != tc.want {
					t.Fatalf("type %q, want %q", got, tc.want)
				}
				slices.Reverse(gs)
			}
		})
	}
}
