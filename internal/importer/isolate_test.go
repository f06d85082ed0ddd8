package importer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/internal/query"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/internal/store/storetest"
	"graphbuild/schema"
)

func nq(s, p, o, label string) string {
	return "<" + s + "> <" + p + "> " + o + " <" + label + "> .\n"
}

// TestReliabilityImportIsolation: an import cannot delete or rewrite a
// built document, nor rename or retype an entity the store's articles name
// (issue 15, finding 3).
func TestReliabilityImportIsolation(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "g.db")
	opts := store.Options{Backend: "leveldb", Path: db}
	st, err := store.Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.WriteGraphs(ctx, []*kg.Graph{storetest.Sample("ar-1")}); err != nil {
		t.Fatal(err)
	}
	before, err := st.Quads(ctx, kg.DocIRI("ar-1"))
	if err != nil {
		t.Fatal(err)
	}
	st.Close()

	doc := kg.DocIRI("ar-1")
	lin := kg.EntityIRI(schema.Person, "justin-lin")
	orgType, _ := schema.Organization.Info()
	dir := t.TempDir()
	wipe := filepath.Join(dir, "wipe.nq") // three quads labelled with the built document
	os.WriteFile(wipe, []byte(nq(doc, schema.RDFType, "<"+rdf.ClassDocument+">", doc)+
		nq(doc, rdf.PropDocID, `"ar-1"`, doc)+nq(doc, rdf.PropLang, `"ar"`, doc)), 0o644)
	rename := filepath.Join(dir, "rename.nq") // a person renamed and retyped
	os.WriteFile(rename, []byte(nq(doc, schema.RDFType, "<"+rdf.ClassDocument+">", doc)+
		nq(doc, rdf.PropDocID, `"ar-1"`, doc)+nq(doc, rdf.PropLang, `"en"`, doc)+
		nq(doc, rdf.PropMentions, "<"+lin+">", doc)+
		nq(lin, schema.RDFType, "<"+orgType.IRI+">", doc)+nq(lin, rdf.PropName, `"HACKED NAME"`, doc)), 0o644)

	var preview bytes.Buffer
	if err := Preview(ctx, opts, []string{wipe, rename}, &preview); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"would import " + wipe + ": 1 documents (1 new", "document " + kg.DocIRI("import:wipe:ar-1"),
		lin + `: type Organization set aside; the store's articles say Person`, `name "HACKED NAME" kept as another name`, "dry run: nothing was written"} {
		if !strings.Contains(preview.String(), want) {
			t.Errorf("preview lacks %q:\n%s", want, preview.String())
		}
	}
	var out bytes.Buffer
	if err := Run(ctx, opts, []string{wipe, rename}, &out); err != nil {
		t.Fatal(err)
	}
	t.Log(out.String())

	st, err = store.Open(ctx, store.Options{Backend: "leveldb", Path: db, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	after, err := st.Quads(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before) {
		t.Errorf("the built document has %d quads after the imports, %d before", len(after), len(before))
	}
	card, err := query.EntityCard(ctx, st, lin)
	if err != nil {
		t.Fatal(err)
	}
	if card.Name != "Justin Lin" || card.Type != string(schema.Person) {
		t.Errorf("after the import the person is %q, a %s", card.Name, card.Type)
	}
	docs, _ := st.Documents(ctx)
	if len(docs) != 3 {
		t.Errorf("%d documents, want the built one and two imported", len(docs))
	}
}
