package importer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cayleygraph/quad/nquads"

	"graphbuild/internal/kg"
	"graphbuild/internal/query"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/internal/store/storetest"
)

// An imported entity with another IRI but a shared sameAs (Wikidata) link
// becomes the stored entity, keeping its own IRI as a sameAs link; facts
// and quotes follow it.
func TestImportLinksBySameAs(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, store.Options{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.WriteGraphs(ctx, []*kg.Graph{storetest.Sample("ar-1")}); err != nil {
		t.Fatal(err)
	}
	// Elsewhere, Alibaba got another IRI.
	other := "https://news.example.org/entity/alibaba-group"
	g := storetest.SampleEN("elsewhere-1")
	ali := kg.EntityIRI("Organization", "alibaba")
	for i := range g.Entities {
		if g.Entities[i].IRI == ali {
			g.Entities[i].IRI = other
			g.Entities[i].SameAs = []string{"http://www.wikidata.org/entity/Q1359568"}
		}
	}
	for i := range g.Facts {
		if g.Facts[i].Object == ali {
			g.Facts[i].Object = other
		}
	}
	qs, err := rdf.Quads(g)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := nquads.NewWriter(&b)
	w.WriteQuads(rdf.StandardRDF(qs))
	w.Close()
	path := filepath.Join(t.TempDir(), "elsewhere.nq")
	os.WriteFile(path, b.Bytes(), 0o644)

	gs, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Import(ctx, st, gs)
	if err != nil {
		t.Fatal(err)
	}
	if s.Documents != 1 || s.BySameAs != 1 || s.ByIRI != 1 { // Justin Lin by IRI, Alibaba by sameAs
		t.Errorf("stats %+v", s)
	}
	card, err := query.EntityCard(ctx, st, "Alibaba")
	if err != nil {
		t.Fatal(err)
	}
	if len(card.Docs) != 2 || !slices.Contains(card.SameAs, other) {
		t.Errorf("card: docs %v sameAs %v", card.Docs, card.SameAs)
	}
	in := 0
	for _, f := range card.FactsIn {
		if f.Predicate == "worksAt" && f.Subject == "Justin Lin" {
			in++
		}
	}
	if in != 2 {
		t.Errorf("worksAt Alibaba from Justin Lin in %d documents, want 2: %+v", in, card.FactsIn)
	}
	if _, err := query.Resolve(ctx, st, other); err == nil {
		t.Errorf("the foreign IRI still names an entity of its own")
	}
}
