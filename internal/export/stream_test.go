package export_test

import (
	"bytes"
	"reflect"
	"testing"

	"graphbuild/internal/export"
	"graphbuild/internal/kg"
	"graphbuild/internal/store/storetest"
)

// streamed writes the export of gs, added in the order given, through a Stream.
func streamed(t *testing.T, gs []*kg.Graph) (string, *export.Stream) {
	t.Helper()
	st, err := export.NewStream()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, g := range gs {
		if err := st.Add(g); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := st.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String(), st
}

// A Stream writes the bytes WriteJSON(Merge) writes, whatever the order the
// documents come in: documents whose ids are prefixes of others ("x-1",
// "x-10"), which the store's walk gives in another order than their IRIs;
// alias facts that echo the display name (left out); text with <, > and &.
func TestStreamWritesMergesBytes(t *testing.T) {
	doc := func(id string, names ...string) *kg.Graph { return clintonDoc(id, "<Bill> & Clinton", names...) }
	for _, tc := range []struct {
		name string
		gs   []*kg.Graph
	}{
		{"none", nil},
		{"one", []*kg.Graph{storetest.Sample("ar-1")}},
		{"echoes", []*kg.Graph{doc("x-10", "Clinton", "CLINTON"), doc("x-1", "Clinton", "Bill"), doc("x-100", "Bill Clinton"), doc("y", "Bill Clinton")}},
		{"no facts", []*kg.Graph{{Doc: kg.Document{ID: "empty-1", Lang: "en"}}, {Doc: kg.Document{ID: "empty-2", Lang: "ar"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var want bytes.Buffer
			if err := export.WriteJSON(&want, export.Merge(tc.gs)); err != nil {
				t.Fatal(err)
			}
			got, st := streamed(t, tc.gs)
			if got != want.String() {
				t.Errorf("stream:\n%s\nmerge:\n%s", got, want.String())
			}
			var facts []export.ExportFact
			if err := st.EachFact(func(f export.ExportFact) error { facts = append(facts, f); return nil }); err != nil {
				t.Fatal(err)
			}
			ex := export.Merge(tc.gs)
			if len(facts) != len(ex.Facts) || (len(facts) > 0 && !reflect.DeepEqual(facts, ex.Facts)) {
				t.Errorf("EachFact gave %d facts, Merge %d", len(facts), len(ex.Facts))
			}
			if ents := st.Entities(); len(ents) != len(ex.Entities) || (len(ents) > 0 && !reflect.DeepEqual(ents, ex.Entities)) {
				t.Errorf("Entities gave %d, Merge %d", len(ents), len(ex.Entities))
			}
		})
	}
}
